import Crypto
public import Foundation

/// AWS Signature Version 4: signs a request with credentials, locally, for one service in one region.
///
/// Computed here from the credentials alone — no network call signs anything. Used for Secrets Manager
/// requests (an `Authorization` header) and for RDS IAM authentication tokens (a presigned URL).
public struct SigV4: Sendable {
    /// The credentials that sign.
    public var credentials: AWSCredentials
    /// The region (`eu-west-1`).
    public var region: String
    /// The signing name of the service (`secretsmanager`, `rds-db`).
    public var service: String

    /// A signer for `service` in `region`.
    public init(credentials: AWSCredentials, region: String, service: String) {
        self.credentials = credentials
        self.region = region
        self.service = service
    }

    /// The headers that sign a request: `X-Amz-Date`, `X-Amz-Security-Token` (for temporary credentials),
    /// `X-Amz-Content-Sha256`-free `Authorization`. `headers` must hold every header the request sends that
    /// should be signed (at least `Host`).
    public func signedHeaders(method: String, url: URL, headers: [String: String], body: [UInt8], date: Date) -> [String: String] {
        let stamp = Self.timestamps(date)
        var signed = headers
        signed["X-Amz-Date"] = stamp.full
        if let token = credentials.sessionToken { signed["X-Amz-Security-Token"] = token }
        let canonicalHeaders = Self.canonicalHeaders(signed)
        let request = [
            method.uppercased(),
            Self.canonicalPath(url),
            Self.canonicalQuery(Self.queryItems(url)),
            canonicalHeaders.text,
            canonicalHeaders.names,
            Self.hex(SHA256.hash(data: body)),
        ].joined(separator: "\n")
        let scope = "\(stamp.day)/\(region)/\(service)/aws4_request"
        let signature = self.signature(of: request, scope: scope, timestamp: stamp.full, day: stamp.day)
        signed["Authorization"] = "AWS4-HMAC-SHA256 Credential=\(credentials.accessKeyID)/\(scope), SignedHeaders=\(canonicalHeaders.names), Signature=\(signature)"
        return signed
    }

    /// A presigned URL: the signature in the query, with only `host` signed and an empty payload, valid for
    /// `expires` seconds from `date`. The query keeps botocore's order — the URL's own items, then the
    /// `X-Amz-*` ones with the session token after `X-Amz-SignedHeaders`, the signature last — so a token
    /// reads exactly as the SDKs write it; the signature covers the sorted, canonical form.
    public func presignedURL(method: String, url: URL, date: Date, expires: Int) -> URL? {
        guard let host = url.host else { return nil }
        let stamp = Self.timestamps(date)
        let scope = "\(stamp.day)/\(region)/\(service)/aws4_request"
        var items = Self.queryItems(url)
        items.append(("X-Amz-Algorithm", "AWS4-HMAC-SHA256"))
        items.append(("X-Amz-Credential", "\(credentials.accessKeyID)/\(scope)"))
        items.append(("X-Amz-Date", stamp.full))
        items.append(("X-Amz-Expires", String(expires)))
        items.append(("X-Amz-SignedHeaders", "host"))
        if let token = credentials.sessionToken { items.append(("X-Amz-Security-Token", token)) }
        let hostHeader = url.port.map { "\(host):\($0)" } ?? host
        let request = [
            method.uppercased(), Self.canonicalPath(url), Self.canonicalQuery(items), "host:\(hostHeader)\n", "host",
            Self.hex(SHA256.hash(data: [UInt8]())),
        ].joined(separator: "\n")
        let signature = self.signature(of: request, scope: scope, timestamp: stamp.full, day: stamp.day)
        var components = URLComponents()
        components.scheme = url.scheme
        components.host = host
        components.port = url.port
        components.path = url.path.isEmpty ? "/" : url.path
        components.percentEncodedQuery = items.map { Self.encode($0.0) + "=" + Self.encode($0.1) }.joined(separator: "&")
            + "&X-Amz-Signature=" + signature
        return components.url
    }

    private func signature(of canonicalRequest: String, scope: String, timestamp: String, day: String) -> String {
        let toSign = ["AWS4-HMAC-SHA256", timestamp, scope, Self.hex(SHA256.hash(data: Array(canonicalRequest.utf8)))].joined(separator: "\n")
        var key = SymmetricKey(data: Array(("AWS4" + credentials.secretAccessKey).utf8))
        for part in [day, region, service, "aws4_request"] {
            key = SymmetricKey(data: Data(HMAC<SHA256>.authenticationCode(for: Array(part.utf8), using: key)))
        }
        return Self.hex(HMAC<SHA256>.authenticationCode(for: Array(toSign.utf8), using: key))
    }

    private static func timestamps(_ date: Date) -> (full: String, day: String) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? TimeZone(secondsFromGMT: 0) ?? .current
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        func two(_ value: Int?) -> String { let text = String(value ?? 0); return text.count < 2 ? "0" + text : text }
        let day = String(parts.year ?? 1970) + two(parts.month) + two(parts.day)
        return (day + "T" + two(parts.hour) + two(parts.minute) + two(parts.second) + "Z", day)
    }

    /// Lower-cased names, values with runs of spaces collapsed, sorted by name.
    private static func canonicalHeaders(_ headers: [String: String]) -> (text: String, names: String) {
        let entries = headers.map { name, value in
            (name.lowercased(), value.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " "))
        }.sorted { $0.0 < $1.0 }
        return (entries.map { "\($0.0):\($0.1)\n" }.joined(), entries.map(\.0).joined(separator: ";"))
    }

    private static func queryItems(_ url: URL) -> [(String, String)] {
        URLComponents(url: url, resolvingAgainstBaseURL: false)?.queryItems?.map { ($0.name, $0.value ?? "") } ?? []
    }

    private static func canonicalQuery(_ items: [(String, String)]) -> String {
        let encoded: [(name: String, value: String)] = items.map { (encode($0.0), encode($0.1)) }
        let sorted = encoded.sorted { left, right in left.name == right.name ? left.value < right.value : left.name < right.name }
        return sorted.map { $0.name + "=" + $0.value }.joined(separator: "&")
    }

    private static func canonicalPath(_ url: URL) -> String {
        let path = url.path.isEmpty ? "/" : url.path
        return path.split(separator: "/", omittingEmptySubsequences: false).map { encode(String($0)) }.joined(separator: "/")
    }

    /// RFC 3986 percent-encoding: everything but `A–Z a–z 0–9 - _ . ~`.
    static func encode(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                out += "%" + String(byte >> 4, radix: 16, uppercase: true) + String(byte & 15, radix: 16, uppercase: true)
            }
        }
        return out
    }

    private static func hex(_ bytes: some Sequence<UInt8>) -> String {
        bytes.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
    }
}
