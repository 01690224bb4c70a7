/// Percent-encoding for rebuilding request targets from event fields (RFC 3986).
enum PercentEncoding {
    /// `ALPHA / DIGIT / "-" / "." / "_" / "~"`: the only bytes never encoded.
    static let unreservedCharacters: Set<UInt8> = {
        var set = Set<UInt8>(UInt8(ascii: "a")...UInt8(ascii: "z"))
        set.formUnion(UInt8(ascii: "A")...UInt8(ascii: "Z"))
        set.formUnion(UInt8(ascii: "0")...UInt8(ascii: "9"))
        set.formUnion("-._~".utf8)
        return set
    }()

    /// Bytes allowed unencoded in a path: `pchar` plus `/` (RFC 3986 §3.3).
    static let pathCharacters: Set<UInt8> = unreservedCharacters.union("!$&'()*+,;=:@/".utf8)

    /// Bytes allowed unencoded in a query: the path set plus `?` (RFC 3986 §3.4).
    static let queryCharacters: Set<UInt8> = pathCharacters.union("?".utf8)

    /// Encodes every byte of `value` outside `allowed`. Use for values that arrive decoded.
    static func encode(_ value: String, allowing allowed: Set<UInt8>) -> String {
        var output = [UInt8]()
        output.reserveCapacity(value.utf8.count)
        for byte in value.utf8 {
            if allowed.contains(byte) {
                output.append(byte)
            } else {
                Self.appendEscape(byte, to: &output)
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Makes an already-encoded component safe to parse: existing `%XX` escapes are kept as they
    /// are (so the original encoding survives), and only bytes that cannot appear in a URI at all
    /// (spaces, non-ASCII, a `%` that starts no escape, ...) are encoded.
    static func sanitize(_ value: String, allowing allowed: Set<UInt8>) -> String {
        let bytes = Array(value.utf8)
        var output = [UInt8]()
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "%"), index + 2 < bytes.count, Self.isHexDigit(bytes[index + 1]), Self.isHexDigit(bytes[index + 2]) {
                output.append(contentsOf: bytes[index...(index + 2)])
                index += 3
                continue
            }
            if allowed.contains(byte) {
                output.append(byte)
            } else {
                Self.appendEscape(byte, to: &output)
            }
            index += 1
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "f"), UInt8(ascii: "A")...UInt8(ascii: "F"):
            return true
        default:
            return false
        }
    }

    private static func appendEscape(_ byte: UInt8, to output: inout [UInt8]) {
        let hex = Array("0123456789ABCDEF".utf8)
        output.append(UInt8(ascii: "%"))
        output.append(hex[Int(byte >> 4)])
        output.append(hex[Int(byte & 0x0F)])
    }
}
