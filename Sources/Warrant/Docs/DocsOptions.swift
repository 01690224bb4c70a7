/// Where the interactive documentation pages (`/docs`, `/redoc`) load Swagger UI and ReDoc from.
///
/// By default the pages load the pinned versions from jsDelivr with subresource integrity. A locked-down
/// or offline deployment serves the files itself from ``assetsDirectory`` (a copy of `swagger-ui-dist`'s
/// `swagger-ui-bundle.js`, `swagger-ui.css` and `oauth2-redirect.js`, and ReDoc's `redoc.standalone.js`).
public struct DocsOptions: Sendable {
    /// Whether `/docs`, `/redoc`, `/openapi.json` and `/openapi.yaml` are served at all.
    public var enabled: Bool
    /// A directory holding the asset files, served under `/docs/assets/`; overrides ``assetsURL``.
    public var assetsDirectory: String?
    /// A base URL hosting the pinned asset versions (a mirror of the CDN layout).
    public var assetsURL: String?
    /// The OAuth2 client id the Authorize dialog fills in for an OpenID Connect provider's flows (a public
    /// client registered for the docs, with PKCE).
    public var oauthClientID: String?
    /// Origins the docs page may call besides its own (an identity provider's token endpoint on another host
    /// than its discovery document, as Cognito's hosted UI domain is).
    public var connectSources: [String]
    /// Whether Swagger UI keeps the Authorize dialog's credentials in the browser's `localStorage` across
    /// reloads: convenient on a developer's machine, a token (and the password flow's state) left behind on
    /// a shared one. Off in production.
    public var persistAuthorization: Bool

    /// Documentation on, assets from the pinned CDN.
    public init(
        enabled: Bool = true, assetsDirectory: String? = nil, assetsURL: String? = nil,
        oauthClientID: String? = nil, connectSources: [String] = [], persistAuthorization: Bool = false
    ) {
        self.persistAuthorization = persistAuthorization
        self.enabled = enabled
        self.assetsDirectory = assetsDirectory
        self.assetsURL = assetsURL
        self.oauthClientID = oauthClientID
        self.connectSources = connectSources
    }
}
