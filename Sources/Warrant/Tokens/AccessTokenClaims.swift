import Foundation
import WarrantJSON

/// The claims of a Warrant access token (a PASETO v4.public payload), checked strictly.
///
/// `sub` (non-empty string), `roles` (array of strings; absent means none), `iss`, `exp` (required) and the
/// optional `iat`, `nbf`, `aud`. Registered claims of the wrong type or format are a rejection, never
/// ignored; times are RFC 3339.
struct AccessTokenClaims: Sendable, Equatable {
    var subject: String
    var roles: [String]
    var issuer: String
    var issuedAt: Date?
    var notBefore: Date?
    var expiresAt: Date
    var audience: String?

    /// Parses a verified payload; `nil` when any claim is missing or malformed.
    init?(payload: [UInt8]) {
        guard let json = try? JSONParser.parse(payload, limits: Self.limits), case .object(let claims) = json else { return nil }
        guard case .string(let subject)? = claims["sub"], !subject.isEmpty,
              case .string(let issuer)? = claims["iss"],
              let expiresAt = Self.date(claims["exp"], required: true) ?? nil
        else { return nil }
        guard let issuedAt = Self.date(claims["iat"], required: false),
              let notBefore = Self.date(claims["nbf"], required: false)
        else { return nil }
        var roles: [String] = []
        switch claims["roles"] {
        case nil: break
        case .array(let values)?:
            for value in values {
                guard case .string(let role) = value else { return nil }
                roles.append(role)
            }
        default: return nil
        }
        switch claims["aud"] {
        case nil: audience = nil
        case .string(let value)?: audience = value
        default: return nil
        }
        self.subject = subject
        self.roles = roles
        self.issuer = issuer
        self.issuedAt = issuedAt
        self.notBefore = notBefore
        self.expiresAt = expiresAt
    }

    /// Claims for a new token.
    init(subject: String, roles: [String], issuer: String, issuedAt: Date, expiresAt: Date, notBefore: Date? = nil, audience: String? = nil) {
        self.subject = subject
        self.roles = roles
        self.issuer = issuer
        self.issuedAt = issuedAt
        self.notBefore = notBefore
        self.expiresAt = expiresAt
        self.audience = audience
    }

    /// The payload JSON (times in RFC 3339 UTC without fractions).
    var payload: [UInt8] {
        var writer = JSONWriter()
        writer.beginObject()
        writer.key("sub"); writer.string(subject)
        writer.key("roles"); writer.beginArray(); for role in roles { writer.string(role) }; writer.endArray()
        writer.key("iss"); writer.string(issuer)
        if let audience { writer.key("aud"); writer.string(audience) }
        if let issuedAt { writer.key("iat"); writer.string(RFC3339.format(issuedAt, fractionalSeconds: false)) }
        if let notBefore { writer.key("nbf"); writer.string(RFC3339.format(notBefore, fractionalSeconds: false)) }
        writer.key("exp"); writer.string(RFC3339.format(expiresAt, fractionalSeconds: false))
        writer.endObject()
        return writer.bytes
    }

    /// Bounds for parsing a payload: small and shallow.
    static let limits = JSONLimits(maxDepth: 4, maxStringLength: 4096, maxKeysPerObject: 32, maxArrayLength: 64, maxNumberLength: 32)

    /// `.some(date)` for a valid RFC 3339 string, `.some(nil)` when absent and optional, `nil` when malformed.
    private static func date(_ value: JSONValue?, required: Bool) -> Date?? {
        switch value {
        case nil: return required ? nil : .some(nil)
        case .string(let text)?: return RFC3339.parse(text).map { .some($0) }
        default: return nil
        }
    }
}
