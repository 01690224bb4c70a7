/// A header value with `;`-separated parameters (`form-data; name="a"; filename="b.png"`), as RFC 7578
/// and RFC 6266 write them: tokens or quoted strings, where `\"` is a quote.
struct HeaderParameters {
    /// The value before the first `;`, trimmed.
    let value: String
    private let parameters: [(name: String, value: String)]

    /// The parameter's value (names compare case-insensitively); the first wins.
    subscript(name: String) -> String? {
        parameters.first { $0.name == name }?.value
    }

    /// Parses `value; name=token; name="quoted \"string\""`; parameters that do not parse are skipped.
    static func parse(_ header: String) -> HeaderParameters {
        var characters = Substring(header)
        let value = characters.prefix { $0 != ";" }
        characters = characters.dropFirst(value.count)
        var parameters: [(String, String)] = []
        while characters.first == ";" {
            characters = characters.dropFirst().drop { $0 == " " || $0 == "\t" }
            let name = characters.prefix { $0 != "=" && $0 != ";" }
            characters = characters.dropFirst(name.count)
            guard characters.first == "=" else { continue }
            characters = characters.dropFirst()
            var parameterValue = ""
            if characters.first == "\"" {
                characters = characters.dropFirst()
                var escaped = false
                while let character = characters.first {
                    characters = characters.dropFirst()
                    if escaped {
                        // Only `\"` is an escape: browsers send backslashes as they are (a Windows path).
                        if character != "\"" { parameterValue.append("\\") }
                        parameterValue.append(character)
                        escaped = false
                    } else if character == "\\" {
                        escaped = true
                    } else if character == "\"" {
                        break
                    } else {
                        parameterValue.append(character)
                    }
                }
                characters = characters.drop { $0 != ";" }
            } else {
                let token = characters.prefix { $0 != ";" }
                characters = characters.dropFirst(token.count)
                parameterValue = token.trimmingCharacters(in: " \t")
            }
            parameters.append((name.trimmingCharacters(in: " \t").lowercased(), parameterValue))
        }
        return HeaderParameters(value: value.trimmingCharacters(in: " \t"), parameters: parameters)
    }

    /// The text of an RFC 8187 extended value (`UTF-8''na%C3%AFve.txt`); `nil` for another charset or bad
    /// percent-encoding.
    static func extendedValue(_ text: String) -> String? {
        let pieces = text.split(separator: "'", maxSplits: 2, omittingEmptySubsequences: false)
        guard pieces.count == 3, pieces[0].lowercased() == "utf-8" else { return nil }
        var bytes: [UInt8] = []
        var iterator = pieces[2].utf8.makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "%") else {
                bytes.append(byte)
                continue
            }
            guard let high = iterator.next().flatMap(FormBody.hexValue), let low = iterator.next().flatMap(FormBody.hexValue) else { return nil }
            bytes.append(high << 4 | low)
        }
        return String(validating: bytes, as: UTF8.self)
    }
}

extension Substring {
    /// The text without leading and trailing characters of `set`.
    fileprivate func trimmingCharacters(in set: String) -> String {
        String(drop { set.contains($0) }.reversed().drop { set.contains($0) }.reversed())
    }
}
