import Warrant

/// Signing in.
@Routes(tag: "auth")
struct AuthRoutes {
    let login: LoginService

    /// Sign-in requests per client address, whatever the account: stops one address spraying passwords
    /// across many accounts, which the per-account limits alone would let through.
    static let perClientAddress = RateLimit(30, per: .seconds(60), by: .client, name: "login")

    /// Sign in and get an access token.
    ///
    /// The OAuth2 password grant (RFC 6749 §4.3): send `grant_type=password`, `username` and `password` as
    /// a form, as the docs' Authorize dialog does, or the same fields as JSON. Failures answer the same
    /// way, and take the same time, whether the account exists or not; repeated failures are slowed, per
    /// account and client and per account, and each client address may try 30 times a minute
    /// (docs/security.md states the limits).
    /// - Parameter credentials: The account's email address and password.
    /// - Returns: A bearer access token, never to be cached.
    @POST("/auth/token", rateLimit: perClientAddress, errors: LoginError.self)
    func token(_ request: Request<Unauthenticated>, @Body(form: true) credentials: LoginRequest) async throws -> NoStore<TokenResponse> {
        let token = try await login.signIn(username: credentials.username, password: credentials.password, client: request.clientAddress)
        return NoStore(TokenResponse(accessToken: token.value, expiresIn: Int(token.lifetime)))
    }
}
