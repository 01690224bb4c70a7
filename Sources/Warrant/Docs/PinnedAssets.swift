/// The documentation assets Warrant is tested with, and their subresource-integrity hashes.
///
/// Swagger UI renders OpenAPI 3.1 from version 5; ReDoc 2.x renders 3.1. The hashes are SHA-384 (for the
/// pages' integrity attributes) and SHA-512 (to check self-hosted copies at start-up, with libsodium) of the
/// published files (`swagger-ui-dist@5.33.1`, `redoc@2.5.4`).
enum PinnedAssets {
    static let swaggerUIVersion = "5.33.1"
    static let redocVersion = "2.5.4"

    static let swaggerBundle = PinnedAsset(
        fileName: "swagger-ui-bundle.js",
        cdnURL: "https://cdn.jsdelivr.net/npm/swagger-ui-dist@\(swaggerUIVersion)/swagger-ui-bundle.js",
        integrity: "sha384-ZPehFMQommnnuaZ4rpxgkgTT2DKFVp4hZC/7pLit+9Lek9T1YGSo23eHFbvNkXkw",
        sha512: "BHS/Xx3B6yZtb5POEKtrimbPNYfhCmPJMlmREe6A3HJybE1dLySQvyClTGAWZufa/UtB5KK8JaJ0cToW2d7dGA=="
    )
    static let swaggerCSS = PinnedAsset(
        fileName: "swagger-ui.css",
        cdnURL: "https://cdn.jsdelivr.net/npm/swagger-ui-dist@\(swaggerUIVersion)/swagger-ui.css",
        integrity: "sha384-Ov4/wv3j2bmct8cDc5X4ngJZohVPzEmc6uDPH8WeljUxO5vtoykvMEfbu9Vh6RaW",
        sha512: "uFkYCMBf5eBLki4Bv0d8LWEN8+JsyUYo/w0fleGWuItE+65RNsdQdJtPS5wPniIwCR+ayBHTUpe1tQfBFPh+Pw=="
    )
    static let redocBundle = PinnedAsset(
        fileName: "redoc.standalone.js",
        cdnURL: "https://cdn.jsdelivr.net/npm/redoc@\(redocVersion)/bundles/redoc.standalone.js",
        integrity: "sha384-w447zOpYfw/1Tv/5AK9NfHTlQIqE3RVR6KY62jCyy9zNDgO64cMwGGP1Fj0zJVf5",
        sha512: "Z00aADcPGQvnFhTYEiE/mxUqXe5/jsomUy0kmoASPCt5JBIA1Ik1tpFk1V7sX1LZY5YGZ1EhpZyLU0ijUaooYg=="
    )

    /// The script of Swagger UI's OAuth2 redirect page (the authorization-code flow's return address).
    static let oauthRedirect = PinnedAsset(
        fileName: "oauth2-redirect.js",
        cdnURL: "https://cdn.jsdelivr.net/npm/swagger-ui-dist@\(swaggerUIVersion)/oauth2-redirect.js",
        integrity: "sha384-XuY48ztmqRBrZqX+bDrPUqkTumNohu9Bl+yztOEp/hDTS5qXIApmbiD04MrTFpjk",
        sha512: "etKZvQYmf7Pd75OGdnQ4zA9oG/9aWITLk3yN3pfDPRngc+CAfYN1WcKEBPlhgXD/uVxVvRn8ThTdfPCRxcBZJA=="
    )

    static let all = [swaggerBundle, swaggerCSS, redocBundle, oauthRedirect]
}

/// One pinned asset file.
struct PinnedAsset: Sendable {
    /// The file's name, as served under `/docs/assets/` when self-hosted.
    let fileName: String
    /// Where the pinned version lives on the CDN.
    let cdnURL: String
    /// Its subresource-integrity value.
    let integrity: String
    /// The base64 SHA-512 of the published file: a self-hosted copy must have it.
    let sha512: String
}
