/// The rule a `URL` member is read with: an absolute `http` or `https` URI (RFC 3986) naming a host.
///
/// Accepted, checked on the UTF-8 octets:
/// - at most 2048 octets, every one an RFC 3986 character (unreserved, reserved, or `%` followed by two
///   hex digits): spaces, quotes, `<`, `>`, `\`, non-ASCII and control characters are refused, so an
///   internationalised address is sent percent-encoded, with an `xn--` host;
/// - the scheme `http` or `https`, in any case, then `://`;
/// - an authority of a non-empty host (a name, or an IP literal in brackets) and an optional `:port` of 1…5 digits, with no user information
///   (`https://user:password@host` is refused: credentials do not belong in stored links, and
///   `https://bank.example@evil.example` is a classic disguise);
/// - then any path, query and fragment made of the characters above.
///
/// Why only `http` and `https`: a URL an API stores is almost always a link that is later fetched or shown,
/// and other schemes are the classic injection vectors (`javascript:` and `data:` in a page, `file:` and
/// `gopher:` in a server-side fetch). A member that needs other schemes is a `String` with a `@Pattern`.
public enum WebAddress {
    /// The most octets a URL may have, a limit browsers and servers commonly share.
    public static let maximumLength = 2048

    /// The ECMA-262 pattern documenting the scheme and host rules; the character rules are in the prose.
    public static let pattern = #"^[Hh][Tt][Tt][Pp][Ss]?://(\[[^\]/?#@]+\]|[^/?#@:\[\]]+)(:[0-9]{1,5})?([/?#]|$)"#

    /// Whether `text` is an address this rule accepts.
    public static func accepts(_ text: some StringProtocol) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count <= maximumLength, hasOnlyURICharacters(bytes),
              let colon = bytes.firstIndex(of: UInt8(ascii: ":")),
              ["http", "https"].contains(String(decoding: bytes[..<colon], as: UTF8.self).lowercased()),
              bytes[(colon + 1)...].starts(with: "//".utf8)
        else { return false }
        let afterSlashes = bytes[(colon + 3)...]
        let authority = afterSlashes.prefix { !"/?#".utf8.contains($0) }
        return isAuthority(authority)
    }

    /// A host (a name, or an IP literal in brackets) and an optional port; no `@`.
    private static func isAuthority(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard !bytes.contains(UInt8(ascii: "@")) else { return false }
        let hostEnd: ArraySlice<UInt8>.Index
        if bytes.first == UInt8(ascii: "[") {
            guard let close = bytes.firstIndex(of: UInt8(ascii: "]")), close > bytes.startIndex + 1 else { return false }
            hostEnd = close + 1
        } else {
            hostEnd = bytes.firstIndex(of: UInt8(ascii: ":")) ?? bytes.endIndex
            let host = bytes[..<hostEnd]
            guard !host.isEmpty, !host.contains(UInt8(ascii: "[")), !host.contains(UInt8(ascii: "]")) else { return false }
        }
        let rest = bytes[hostEnd...]
        guard let colon = rest.first else { return true }
        let port = rest.dropFirst()
        return colon == UInt8(ascii: ":") && (1...5).contains(port.count)
            && port.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
    }

    /// RFC 3986's unreserved and reserved characters, and well-formed percent-encodings.
    private static func hasOnlyURICharacters(_ bytes: [UInt8]) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "%") {
                guard index + 2 < bytes.count, isHexDigit(bytes[index + 1]), isHexDigit(bytes[index + 2]) else { return false }
                index += 3
                continue
            }
            guard uriCharacters.contains(byte) else { return false }
            index += 1
        }
        return true
    }

    private static let uriCharacters = Set(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$&'()*+,;=".utf8
    )

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte | 0x20)
    }
}
