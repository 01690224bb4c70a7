
/// A cookie for the client to store: one `Set-Cookie` field (RFC 6265 §4.1), with safe defaults —
/// `Secure`, `HttpOnly`, `SameSite=Lax` and `Path=/` unless you say otherwise.
///
/// Bytes a cookie name or value may not hold (spaces, `;`, `,`, `"`, `\`, controls, non-ASCII) are
/// percent-encoded, so text from a request can never add an attribute or a second cookie.
public struct SetCookie: Sendable, Equatable {
    /// Whether the cookie is sent on requests from other sites.
    public enum SameSite: String, Sendable {
        /// Only on requests from this site.
        case strict = "Strict"
        /// On this site's requests and on top-level navigations to it (browsers' default).
        case lax = "Lax"
        /// On every request, other sites' included; browsers require `Secure` with it, so it is always set.
        case none = "None"
    }

    /// The cookie's name.
    public var name: String
    /// Its value.
    public var value: String
    /// Seconds until it expires; `0` or less deletes it; `nil` keeps it for the browser session.
    public var maxAge: Int?
    /// The path it is sent for.
    public var path: String?
    /// The domain it is sent to; `nil` for this host only (the safest).
    public var domain: String?
    /// Sent over HTTPS only.
    public var secure: Bool
    /// Hidden from scripts.
    public var httpOnly: Bool
    /// Cross-site sending.
    public var sameSite: SameSite

    /// A cookie with the safe defaults.
    public init(
        _ name: String,
        _ value: String,
        maxAge: Int? = nil,
        path: String? = "/",
        domain: String? = nil,
        secure: Bool = true,
        httpOnly: Bool = true,
        sameSite: SameSite = .lax
    ) {
        self.name = name
        self.value = value
        self.maxAge = maxAge
        self.path = path
        self.domain = domain
        self.secure = secure
        self.httpOnly = httpOnly
        self.sameSite = sameSite
    }

    /// A cookie that deletes the one named `name` (same path and domain as it was set with).
    public static func deleting(_ name: String, path: String? = "/", domain: String? = nil) -> SetCookie {
        SetCookie(name, "", maxAge: 0, path: path, domain: domain)
    }

    /// The `Set-Cookie` field value.
    public var fieldValue: String {
        var parts = ["\(Self.encoded(name, allowed: Self.isTokenByte))=\(Self.encoded(value, allowed: Self.isCookieOctet))"]
        if let maxAge { parts.append("Max-Age=\(max(0, maxAge))") }
        if let path { parts.append("Path=\(Self.encoded(path, allowed: Self.isAttributeByte))") }
        if let domain { parts.append("Domain=\(Self.encoded(domain, allowed: Self.isAttributeByte))") }
        if secure || sameSite == .none { parts.append("Secure") }
        if httpOnly { parts.append("HttpOnly") }
        parts.append("SameSite=\(sameSite.rawValue)")
        return parts.joined(separator: "; ")
    }

    /// `text` with every byte outside `allowed` (and `%` itself) percent-encoded.
    static func encoded(_ text: String, allowed: (UInt8) -> Bool) -> String {
        var result = ""
        for byte in text.utf8 {
            if allowed(byte) && byte != UInt8(ascii: "%") {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                result += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return result
    }

    /// RFC 6265 cookie-octet: visible ASCII except `"`, `,`, `;` and `\`.
    static func isCookieOctet(_ byte: UInt8) -> Bool {
        (0x21...0x7E).contains(byte) && ![0x22, 0x2C, 0x3B, 0x5C].contains(byte)
    }

    /// RFC 7230 token characters, a cookie name's.
    static func isTokenByte(_ byte: UInt8) -> Bool {
        isCookieOctet(byte) && !Array("()<>@:/[]?={}".utf8).contains(byte)
    }

    /// An attribute value: visible ASCII except `;`.
    static func isAttributeByte(_ byte: UInt8) -> Bool {
        (0x21...0x7E).contains(byte) && byte != UInt8(ascii: ";")
    }
}

extension String {
    /// Zero-padded on the left to `width` characters.
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
