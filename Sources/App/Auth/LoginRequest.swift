import Warrant

/// Sign-in credentials: the OAuth2 password grant (RFC 6749 §4.3), as a form or as JSON.
@Schema
struct LoginRequest: Sendable {
    /// `password` (the only grant this endpoint serves); may be omitted in JSON.
    @Pattern("^password$")
    var grantType: String?
    /// The account's email address.
    @Length(1...254) @Example("member@example.com")
    var username: String
    /// The account's password.
    @Length(1...1024)
    var password: String
    /// Requested scopes; ignored: a token carries the account's roles.
    var scope: String?

    enum CodingKeys: String, CodingKey {
        case grantType = "grant_type"
        case username, password, scope
    }
}
