import Tracing

/// A statement as a client span, named as OpenTelemetry's database conventions ask — the operation and its
/// table, `SELECT todos` — with the SQL text, whose values are `$n` placeholders, never the bound values.
enum StatementSpan {
    /// Runs `body` in the statement's span.
    static func trace<Value>(_ sql: String, _ body: () async throws(DatabaseError) -> Value) async throws(DatabaseError) -> Value {
        let (operation, table) = summary(of: sql)
        do {
            return try await withSpan(table.map { "\(operation) \($0)" } ?? operation, ofKind: .client) { span in
                span.attributes["db.system.name"] = "postgresql"
                span.attributes["db.operation.name"] = operation
                if let table { span.attributes["db.collection.name"] = table }
                span.attributes["db.query.text"] = sql
                return try await body()
            }
        } catch let error as DatabaseError {
            throw error
        } catch {
            throw DatabaseError(kind: .other, diagnostics: .init(message: "\(error)"))
        }
    }

    /// The statement's first keyword, and the table it reads or writes when one follows `FROM`, `INTO` or
    /// `UPDATE`.
    static func summary(of sql: String) -> (operation: String, table: String?) {
        let words = sql.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "(" || $0 == "," || $0 == ";" })
        let operation = words.first.map { $0.uppercased() } ?? "SQL"
        let marker: Set<String> = operation == "UPDATE" ? ["UPDATE"] : operation == "INSERT" ? ["INTO"] : ["FROM"]
        guard let index = words.firstIndex(where: { marker.contains($0.uppercased()) }), index + 1 < words.count else {
            return (operation, nil)
        }
        let table = words[index + 1]
        guard table.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." }) else { return (operation, nil) }
        return (operation, String(table))
    }
}
