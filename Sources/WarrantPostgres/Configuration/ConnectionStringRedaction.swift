import CLibPQ

/// Renders a connection string for display without its secrets.
enum ConnectionStringRedaction {
    /// Parses with libpq (so URIs and key/value strings are both understood) and prints the explicitly given
    /// settings as `key=value`, every secret one as `***`: those libpq itself marks as passwords
    /// (`dispchar` `*`: `password`, `sslpassword`, …), and any whose name says it is one.
    static func redact(_ connectionString: String) -> String {
        var errorMessage: UnsafeMutablePointer<CChar>?
        guard let options = PQconninfoParse(connectionString, &errorMessage) else {
            if let errorMessage { PQfreemem(errorMessage) }
            return "<unparsable connection string>"
        }
        defer { PQconninfoFree(options) }
        var parts: [String] = []
        var option = options
        while let keywordPointer = option.pointee.keyword {
            if let valuePointer = option.pointee.val {
                let keyword = String(cString: keywordPointer)
                let hidden = option.pointee.dispchar.map { String(cString: $0).contains("*") } ?? false
                let value = hidden || keyword.contains("password") ? "***" : String(cString: valuePointer)
                parts.append("\(keyword)=\(value)")
            }
            option += 1
        }
        return parts.joined(separator: " ")
    }
}
