/// Builds a query string from the name/value maps API Gateway and ALB put in events.
enum QueryString {
    /// Joins `name=value` pairs with `&`. Names are sorted because JSON objects carry no order
    /// (API Gateway itself does not preserve it); each name's values keep their event order.
    /// - Parameters:
    ///   - parameters: Values per name.
    ///   - encode: How to make one name or value safe for the query.
    static func build(_ parameters: [String: [String]], encode: (String) -> String) -> String {
        var pairs: [String] = []
        for name in parameters.keys.sorted() {
            for value in parameters[name] ?? [] {
                pairs.append("\(encode(name))=\(encode(value))")
            }
        }
        return pairs.joined(separator: "&")
    }

    /// Encoding for values API Gateway has already decoded: everything but unreserved bytes.
    static func encodeDecodedComponent(_ value: String) -> String {
        PercentEncoding.encode(value, allowing: PercentEncoding.unreservedCharacters)
    }

    /// Encoding for values ALB passes through still encoded: keep escapes, fix only illegal bytes;
    /// `&`, `=` and `#` are escaped too so a stray one cannot split or end the pair.
    static func sanitizeEncodedComponent(_ value: String) -> String {
        PercentEncoding.sanitize(value, allowing: PercentEncoding.queryCharacters.subtracting("&=#".utf8))
    }
}
