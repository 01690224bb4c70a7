/// `Content-Disposition: attachment` with a file name (RFC 6266), safe whatever the name holds.
enum ContentDisposition {
    /// The header value: an ASCII `filename` for old clients and the exact name as `filename*` (RFC 8187).
    /// Quotes, backslashes, control characters and non-ASCII are replaced in the plain form and
    /// percent-encoded in the extended one, so a name cannot end the value or add a parameter or a header.
    static func attachment(filename: String) -> String {
        let name = filename.isEmpty ? "download" : filename
        let fallback = String(name.unicodeScalars.map { scalar -> Character in
            let safe = scalar.isASCII && scalar.value >= 0x20 && scalar.value != 0x7F && scalar != "\"" && scalar != "\\"
            return safe ? Character(scalar) : "_"
        })
        var encoded = ""
        for byte in name.utf8 {
            if attributeCharacters.contains(byte) {
                encoded.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                encoded += "%" + hexDigits[Int(byte >> 4)] + hexDigits[Int(byte & 0x0F)]
            }
        }
        return "attachment; filename=\"\(fallback)\"; filename*=UTF-8''\(encoded)"
    }

    /// RFC 8187's `attr-char`: the bytes that stand for themselves in `filename*`.
    private static let attributeCharacters: Set<UInt8> = Set(
        Array(UInt8(ascii: "a")...UInt8(ascii: "z")) + Array(UInt8(ascii: "A")...UInt8(ascii: "Z")) + Array(UInt8(ascii: "0")...UInt8(ascii: "9"))
            + "!#$&+-.^_`|~".utf8
    )

    private static let hexDigits = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "A", "B", "C", "D", "E", "F"]
}
