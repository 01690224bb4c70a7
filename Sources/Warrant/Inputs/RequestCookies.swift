import HTTPTypes

/// Reads one cookie from a request's `Cookie` header fields (RFC 6265 §5.4: `name=value` pairs separated by
/// `; `, possibly across several fields).
enum RequestCookies {
    /// The value of the first cookie named `name` (browsers send the most specific path first), without the
    /// double quotes RFC 6265 allows around a value; `nil` when no such cookie was sent.
    static func value(named name: String, in headers: HTTPFields) -> Substring? {
        for field in headers[fields: .cookie] {
            for pair in field.value.split(separator: ";") {
                let trimmed = pair.drop { $0 == " " || $0 == "\t" }
                guard let equals = trimmed.firstIndex(of: "=") else { continue }
                guard trimmed[..<equals].trimmingTrailingSpaces == name[...] else { continue }
                var value = trimmed[trimmed.index(after: equals)...].trimmingTrailingSpaces
                if value.count >= 2, value.first == "\"", value.last == "\"" { value = value.dropFirst().dropLast() }
                return value
            }
        }
        return nil
    }
}

extension Substring {
    /// Without spaces and tabs at the end.
    fileprivate var trimmingTrailingSpaces: Substring {
        var result = self
        while let last = result.last, last == " " || last == "\t" { result = result.dropLast() }
        return result
    }
}
