import NIOCore
import WarrantJSON

/// Reads an `application/x-www-form-urlencoded` body as a JSON object of strings, so a `@Schema` type
/// decodes it with the same validation (its fields must be strings; OAuth2's password grant is).
enum FormBody {
    /// The form as an object, or `nil` after recording a `form` issue (bad encoding, repeated field).
    static func parse(_ body: ByteBuffer, limits: JSONLimits, issues: inout ValidationIssues) -> JSONValue? {
        var object = JSONObject()
        let text = String(decoding: body.readableBytesView, as: UTF8.self)
        for pair in text.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = decode(parts[0]), let value = decode(parts.count > 1 ? parts[1] : "") else {
                issues.record("form", "is not a valid form: a field is not correctly percent-encoded UTF-8")
                return nil
            }
            guard object[name] == nil else {
                issues.record("form", "is not a valid form: the field '\(name.prefix(64))' is repeated")
                return nil
            }
            guard object.count < limits.maxKeysPerObject, value.utf8.count <= limits.maxStringLength else {
                issues.record("limit", "is not a valid form: too many or too long fields")
                return nil
            }
            object[name] = .string(value)
        }
        return .object(object)
    }

    /// Percent-decodes one component (`+` is a space); `nil` for bad escapes or invalid UTF-8.
    private static func decode(_ component: Substring) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(component.utf8.count)
        var iterator = component.utf8.makeIterator()
        while let byte = iterator.next() {
            switch byte {
            case UInt8(ascii: "+"): bytes.append(UInt8(ascii: " "))
            case UInt8(ascii: "%"):
                guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else { return nil }
                bytes.append(high << 4 | low)
            default: bytes.append(byte)
            }
        }
        return String(validating: bytes, as: UTF8.self)
    }

    /// The value of one hexadecimal digit.
    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
