/// An email address in the practical subset of RFC 5321/5322 that mail systems deliver to.
///
/// Accepted, checked on the UTF-8 octets:
/// - exactly one `@`, at most 254 octets in all (RFC 5321's 256-octet path less its angle brackets);
/// - a local part of 1…64 octets: dot-atom text — letters, digits and ``atomCharacters``'s symbols, in
///   runs separated by single dots, not starting or ending with one;
/// - a domain of at least two labels separated by dots, each 1…63 letters, digits or hyphens, not starting
///   or ending with a hyphen (LDH labels, RFC 1035).
///
/// Refused: quoted local parts (`"a b"@example.com`), comments, address literals (`user@[192.0.2.1]`),
/// non-ASCII addresses (RFC 6531; send internationalised domains as their `xn--` A-labels) and a trailing
/// dot on the domain. These are valid in the RFCs and almost never legitimate in a sign-up form.
///
/// The domain is stored lower-cased, since domains are case-insensitive; the local part is kept exactly as
/// written, since RFC 5321 lets the receiving system treat it as case-sensitive. `Ada@Example.COM` is
/// therefore `Ada@example.com`, and equal to neither `ada@example.com` nor `ADA@example.com`.
public struct EmailAddress: Hashable, Sendable, CustomStringConvertible {
    /// The most octets an address may have.
    public static let maximumLength = 254
    /// The most octets a local part may have.
    public static let maximumLocalPartLength = 64
    /// The symbols a local part may hold besides letters, digits and separating dots (RFC 5322 `atext`).
    public static let atomCharacters = "!#$%&'*+-/=?^_`{|}~"

    /// The ECMA-262 pattern of exactly the addresses accepted, case aside (a pattern cannot lower-case).
    public static let pattern = #"^(?=.{1,254}$)(?=[^@]{1,64}@)[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$"#

    /// The part before the `@`, as written.
    public let localPart: String
    /// The part after the `@`, lower-cased.
    public let domain: String

    /// The address `text` spells, or `nil` when it breaks a rule above.
    public init?(_ text: some StringProtocol) {
        let bytes = Array(text.utf8)
        guard bytes.count <= Self.maximumLength,
              let at = bytes.firstIndex(of: UInt8(ascii: "@")),
              Self.isLocalPart(bytes[..<at]), Self.isDomain(bytes[(at + 1)...])
        else { return nil }
        localPart = String(decoding: bytes[..<at], as: UTF8.self)
        domain = String(decoding: bytes[(at + 1)...], as: UTF8.self).lowercased()
    }

    /// `local@domain`.
    public var description: String { "\(localPart)@\(domain)" }

    private static let atomSymbols = Set(atomCharacters.utf8)

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    /// Dot-atom text of 1…64 octets (a second `@` is not an atom character, so it fails here).
    private static func isLocalPart(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard (1...maximumLocalPartLength).contains(bytes.count) else { return false }
        return bytes.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false).allSatisfy { atom in
            !atom.isEmpty && atom.allSatisfy { isAlphanumeric($0) || atomSymbols.contains($0) }
        }
    }

    /// Two or more LDH labels of 1…63 octets.
    private static func isDomain(_ bytes: ArraySlice<UInt8>) -> Bool {
        let labels = bytes.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        return labels.count >= 2 && labels.allSatisfy { label in
            guard (1...63).contains(label.count), let first = label.first, let last = label.last else { return false }
            return isAlphanumeric(first) && isAlphanumeric(last)
                && label.allSatisfy { isAlphanumeric($0) || $0 == UInt8(ascii: "-") }
        }
    }
}

extension EmailAddress: Codable {
    /// Reads the address from a string, as a database row or a `Codable` document holds it.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let address = EmailAddress(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not an email address")
        }
        self = address
    }

    /// Writes `local@domain`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
