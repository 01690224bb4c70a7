import Foundation
import Warrant
import WarrantJSON

/// The claims of a provider's token that Warrant relies on, read strictly once its signature verified.
struct OIDCClaims: Sendable {
    let subject: String
    let roles: [String]
    let issuer: String
    let audience: String?
    let expiresAt: Date
    let notBefore: Date?
    let issuedAt: Date?

    /// Reads `claims` under `settings`: the issuer, subject, audience and required claims must be right and
    /// the times numbers; the roles are read from the configured claims and mapped.
    static func read(_ claims: JSONObject, settings: OIDCSettings) -> Result<OIDCClaims, CredentialRefusal> {
        guard case .string(let issuer)? = claims["iss"], issuer == settings.issuer else { return .failure(.wrongIssuer) }
        guard case .string(let subject)? = claims["sub"], !subject.isEmpty else { return .failure(.invalidClaims) }
        guard let expiresAt = date(claims["exp"]) ?? nil else { return .failure(.invalidClaims) }
        guard let notBefore = date(claims["nbf"]), let issuedAt = date(claims["iat"]) else { return .failure(.invalidClaims) }
        guard let audiences = strings(claims["aud"]) else { return .failure(.invalidClaims) }
        // RFC 7519 §4.1.3: a token naming an audience the server does not identify with is refused.
        if let audience = settings.audience {
            guard audiences.contains(audience) else { return .failure(.wrongAudience) }
        } else if !audiences.isEmpty {
            return .failure(.wrongAudience)
        }
        for required in settings.requiredClaims {
            guard let values = strings(claims[required.name]), values.contains(required.value) else { return .failure(.invalidClaims) }
        }
        var roles: [String] = []
        for place in settings.roleClaims {
            for value in place.values(in: claims) {
                let role = settings.roleMap.isEmpty ? value : settings.roleMap[value]
                if let role, !roles.contains(role) { roles.append(role) }
            }
        }
        return .success(OIDCClaims(
            subject: subject, roles: roles, issuer: issuer, audience: settings.audience,
            expiresAt: expiresAt, notBefore: notBefore, issuedAt: issuedAt
        ))
    }

    /// The credential, if the token is valid at `now` (with `leeway` of clock skew).
    func check(now: Date, leeway: TimeInterval) -> CredentialCheck {
        guard now < expiresAt.addingTimeInterval(leeway) else { return .refused(.expired) }
        if let notBefore, now < notBefore.addingTimeInterval(-leeway) { return .refused(.notYetValid) }
        if let issuedAt, issuedAt > now.addingTimeInterval(leeway) { return .refused(.issuedInFuture) }
        return .verified(VerifiedCredential(subject: subject, roles: roles, issuer: issuer, issuedAt: issuedAt, expiresAt: expiresAt, audience: audience))
    }

    /// A NumericDate (seconds since the epoch, RFC 7519 §2): `.some(date)`, `.some(nil)` when absent, `nil`
    /// when present but not a finite number.
    private static func date(_ value: JSONValue?) -> Date?? {
        switch value {
        case nil: return .some(nil)
        case .number(let number)?:
            guard let seconds = number.double, seconds.isFinite else { return nil }
            return .some(Date(timeIntervalSince1970: seconds))
        default: return nil
        }
    }

    /// A string or an array of strings; `[]` when absent, `nil` when of another shape.
    private static func strings(_ value: JSONValue?) -> [String]? {
        switch value {
        case nil: return []
        case .string(let text)?: return [text]
        case .array(let items)?:
            var texts: [String] = []
            for item in items {
                guard case .string(let text) = item else { return nil }
                texts.append(text)
            }
            return texts
        default: return nil
        }
    }
}
