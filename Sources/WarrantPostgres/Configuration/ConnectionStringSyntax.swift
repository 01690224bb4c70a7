import CLibPQ

/// Checks a connection string the way libpq will read it, before any connection is tried.
enum ConnectionStringSyntax {
    /// libpq's complaint about `connectionString`, or `nil` when it parses. Quoted fragments of the
    /// string are cut from libpq's message, because they may be (part of) the password.
    static func problem(in connectionString: String) -> String? {
        var errorMessage: UnsafeMutablePointer<CChar>?
        if let options = PQconninfoParse(connectionString, &errorMessage) {
            PQconninfoFree(options)
            return nil
        }
        guard let errorMessage else { return "libpq could not parse it" }
        defer { PQfreemem(errorMessage) }
        return withoutQuotedText(String(cString: errorMessage))
    }

    /// `missing "=" after "secret" in …` becomes `missing "…" after "…" in …`.
    static func withoutQuotedText(_ message: String) -> String {
        var result = ""
        var insideQuotes = false
        for character in message where character != "\n" {
            if character == "\"" {
                result.append(insideQuotes ? "…\"" : "\"")
                insideQuotes.toggle()
            } else if !insideQuotes {
                result.append(character)
            }
        }
        return result
    }
}
