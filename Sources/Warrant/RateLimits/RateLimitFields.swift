import Foundation
import HTTPTypes
import WarrantCrypto

/// One request counted against a route's ``RateLimit``: the fields its answer carries, or the 429.
///
/// Field syntax: draft-ietf-httpapi-ratelimit-headers-10 — `RateLimit-Policy: "name";q=10;w=60` (the
/// quota and window) and `RateLimit: "name";r=3;t=42` (what remains, and the seconds until the window ends).
struct RateLimitFields: Sendable {
    /// The fields for the answer.
    let headers: HTTPFields
    /// Whether the request is over the limit.
    let exceeded: Bool
    /// Seconds until the window ends.
    let reset: Int

    /// Counts one request of `caller` against `limit` (named `policy`) at `now`.
    static func count(
        _ limit: RateLimit, policy: String, caller: String, in store: any RateLimitStore, at now: Date
    ) async throws -> RateLimitFields {
        let seconds = Int(now.timeIntervalSince1970.rounded(.down))
        let startSeconds = seconds - seconds % limit.window
        let windowStart = Date(timeIntervalSince1970: TimeInterval(startSeconds))
        // The caller's key is hashed: the store holds no address or subject, and every bucket is the same size.
        let bucket = policy + ":" + Base64URL.encode(Digest.blake2b256(Array(caller.utf8)).prefix(16))
        let count = try await store.count(bucket, windowStart: windowStart, window: limit.window)
        let reset = max(1, Int((windowStart.timeIntervalSince1970 + TimeInterval(limit.window) - now.timeIntervalSince1970).rounded(.up)))
        var headers = HTTPFields()
        headers[.rateLimitPolicy] = "\"\(policy)\";q=\(limit.limit);w=\(limit.window)"
        headers[.rateLimit] = "\"\(policy)\";r=\(max(0, limit.limit - count));t=\(reset)"
        return RateLimitFields(headers: headers, exceeded: count > limit.limit, reset: reset)
    }

    /// The caller's key for `key`: the verified identity, else the client address.
    static func caller(_ key: RateLimitKey, identity: Identity?, clientAddress: String?) -> String {
        if key == .caller, let identity { return "id " + identity.callerKey }
        return "address \(clientAddress ?? "unknown")"
    }

    /// The 429 answer, with `Retry-After` and the fields.
    var problem: Problem {
        var headers = headers
        headers[.retryAfter] = String(reset)
        return Problem(status: .tooManyRequests, detail: "Too many requests: this operation's rate limit is used up. Retry after \(reset) s.", headers: headers)
    }

    /// Whether `name` can name a policy: 1 to 64 letters, digits, `_`, `.` or `-` (inside a quoted string).
    static func isPolicyName(_ name: String) -> Bool {
        (1...64).contains(name.utf8.count) && name.unicodeScalars.allSatisfy(OperationID.isNameCharacter)
    }

    /// The headers every answer of a rate-limited operation documents.
    static let documentedHeaders: [(name: String, description: String)] = [
        ("RateLimit", "What remains of the caller's quota (`r`) and the seconds until the window ends (`t`), e.g. `\"login\";r=3;t=42` (draft-ietf-httpapi-ratelimit-headers)."),
        ("RateLimit-Policy", "The quota (`q`) per window of `w` seconds, e.g. `\"login\";q=10;w=60`."),
    ]
}

extension HTTPField.Name {
    /// `RateLimit` (draft-ietf-httpapi-ratelimit-headers).
    static let rateLimit = HTTPField.Name("RateLimit")!
    /// `RateLimit-Policy` (draft-ietf-httpapi-ratelimit-headers).
    static let rateLimitPolicy = HTTPField.Name("RateLimit-Policy")!
}
