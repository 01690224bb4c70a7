import WarrantJSON

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
        <p style="margin: .5rem 1.25rem; font: 14px system-ui, sans-serif"><a href="/docs/access">What may my token call? →</a></p>
        <div id="swagger-ui"></div>
        <script src="\(escape(assets.swaggerBundle.url))" integrity="\(assets.swaggerBundle.integrity)" crossorigin="anonymous"></script>
        <script src="/docs/swagger-init.js"></script>
        </body>
        </html>

        """
    }

    /// The script that starts Swagger UI: the authorization-code flow returns to `/docs/oauth2-redirect.html`
    /// with PKCE, and the client id of an OpenID Connect provider's flows is filled in when configured.
    static func swaggerInitScript(oauthClientID: String?, persistAuthorization: Bool) -> String {
        let initOAuth = oauthClientID.map { id in
            "\n  window.ui.initOAuth({ clientId: \(javaScriptString(id)), scopes: \"openid\", usePkceWithAuthorizationCodeGrant: true });"
        } ?? ""
        return """
            window.addEventListener("load", function () {
              window.ui = SwaggerUIBundle({
                url: "/openapi.json",
                dom_id: "#swagger-ui",
                deepLinking: true,
                persistAuthorization: \(persistAuthorization),
                tryItOutEnabled: false,
                displayRequestDuration: true,
                oauth2RedirectUrl: window.location.origin + "/docs/oauth2-redirect.html",
                layout: "BaseLayout"
              });\(initOAuth)
            });

            """
    }

    /// The page an OAuth2 authorization-code flow returns to: Swagger UI's redirect script hands the code to
    /// the docs page that opened it.
    static func oauthRedirect(assets: DocsAssets) -> String {
        """
        <!doctype html>
        <html lang="en">
        <head><meta charset="utf-8"><title>Signing in…</title></head>
        <body>
        <script src="\(escape(assets.oauthRedirect.url))" integrity="\(assets.oauthRedirect.integrity)" crossorigin="anonymous"></script>
        </body>
        </html>

        """
    }

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

    /// The Content-Security-Policy of the docs pages: scripts and styles only from here and the exact pinned
    /// asset files (not the whole CDN host); requests only to here and to `connectSources` (an identity
    /// provider's discovery and token endpoints).
    static func contentSecurityPolicy(assets: DocsAssets, connectSources: [String] = []) -> String {
        let remote = assets.origin != "'self'"
        let scripts = remote ? [assets.swaggerBundle, assets.redocBundle, assets.oauthRedirect].map { " " + $0.url }.joined() : ""
        let styles = remote ? " " + assets.swaggerCSS.url : ""
        let connect = connectSources.map { " " + $0 }.joined()
        return [
            "default-src 'none'",
            "script-src 'self'\(scripts)",
            "style-src 'self' 'unsafe-inline'\(styles)",
            "img-src 'self' data:",
            "font-src 'self' data:",
            "connect-src 'self'\(connect)",
            "worker-src blob:",
            "base-uri 'none'",
            "form-action 'none'",
            "frame-ancestors 'none'",
        ].joined(separator: "; ")
    }

    /// `text` as a JSON string literal, which is also a JavaScript one (`<` escaped, so it cannot close a tag).
    private static func javaScriptString(_ text: String) -> String {
        var writer = JSONWriter()
        writer.string(text)
        return String(decoding: writer.bytes, as: UTF8.self).replacingOccurrences(of: "<", with: "\\u003c")
    }

    static func escape(_ text: String) -> String {
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
