/// The HTML of `/docs` (Swagger UI) and `/redoc`, and the script that starts Swagger UI.
///
/// No inline script: the pages run under a strict Content-Security-Policy.
enum DocsPages {
    static func swaggerUI(title: String, assets: DocsAssets) -> String {
        """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(title)) — API docs</title>
        <link rel="stylesheet" href="\(escape(assets.swaggerCSS.url))" integrity="\(assets.swaggerCSS.integrity)" crossorigin="anonymous">
        </head>
        <body>
        <div id="swagger-ui"></div>
        <script src="\(escape(assets.swaggerBundle.url))" integrity="\(assets.swaggerBundle.integrity)" crossorigin="anonymous"></script>
        <script src="/docs/swagger-init.js"></script>
        </body>
        </html>

        """
    }

    static let swaggerInitScript = """
        window.addEventListener("load", function () {
          window.ui = SwaggerUIBundle({
            url: "/openapi.json",
            dom_id: "#swagger-ui",
            deepLinking: true,
            persistAuthorization: true,
            tryItOutEnabled: false,
            displayRequestDuration: true,
            layout: "BaseLayout"
          });
        });

        """

    static func redoc(title: String, assets: DocsAssets) -> String {
        """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(title)) — API reference</title>
        </head>
        <body>
        <redoc spec-url="/openapi.json"></redoc>
        <script src="\(escape(assets.redocBundle.url))" integrity="\(assets.redocBundle.integrity)" crossorigin="anonymous"></script>
        </body>
        </html>

        """
    }

    /// The Content-Security-Policy of the docs pages: scripts and styles only from here and the asset origin.
    static func contentSecurityPolicy(assets: DocsAssets) -> String {
        let origin = assets.origin == "'self'" ? "" : " " + assets.origin
        return [
            "default-src 'none'",
            "script-src 'self'\(origin)",
            "style-src 'self' 'unsafe-inline'\(origin)",
            "img-src 'self' data:\(origin)",
            "font-src 'self' data:\(origin)",
            "connect-src 'self'",
            "worker-src blob:",
            "base-uri 'none'",
            "form-action 'none'",
            "frame-ancestors 'none'",
        ].joined(separator: "; ")
    }

    private static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(character)
            }
        }
        return out
    }
}
