/// Who a test request is sent as: nobody, a subject with roles, a raw token, or an API key.
///
/// `.member("alice")` and `.admin` match the template's roles; add your own with an extension:
/// `static func auditor(_ id: String) -> Caller { .subject(id, roles: ["auditor"]) }`.
public enum Caller: Sendable, Hashable {
    /// No `Authorization` header.
    case anonymous
    /// A valid token for `subject` granting `roles`, minted from the test key.
    case subject(String, roles: [String])
    /// This exact `Authorization: Bearer` token (expired, forged, from an identity provider, …).
    case token(String)
    /// This API key, sent as `X-API-Key` (the default header; send another with `headers:`).
    case apiKey(String)

    /// A member named `id`.
    public static func member(_ id: String = "member") -> Caller { .subject(id, roles: ["member"]) }
    /// An administrator.
    public static var admin: Caller { .subject("admin", roles: ["admin"]) }
    /// An administrator named `id`.
    public static func admin(_ id: String) -> Caller { .subject(id, roles: ["admin"]) }
}
