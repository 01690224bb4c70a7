/// Cross-origin access: off unless origins are listed. Never `*`, never with credentials.
public struct CORSOptions: Sendable {
    /// Exact origins (`https://app.example.com`) allowed to call the API from a browser.
    public var allowedOrigins: Set<String>
    /// How long browsers may cache a preflight answer, in seconds.
    public var maxAge: Int

    /// CORS for these origins (none: CORS off).
    public init(allowedOrigins: Set<String> = [], maxAge: Int = 600) {
        self.allowedOrigins = allowedOrigins
        self.maxAge = maxAge
    }
}
