import Synchronization
import Tracing

/// A statement as a client span, named as OpenTelemetry's database conventions ask — the operation and its
/// table, `SELECT todos` — with the SQL text, whose values are `$n` placeholders, never the bound values.
enum StatementSpan {
    /// What a span says about a statement, worked out once per statement text.
    struct Summary: Equatable {
        /// The statement's first keyword, upper-cased (`SELECT`).
        let operation: String
        /// The table it reads or writes, when one follows `FROM`, `INTO` or `UPDATE`.
        let table: String?
        /// The span's name: the operation and the table.
        let name: String

        init(operation: String, table: String?) {
            self.operation = operation
            self.table = table
            name = table.map { "\(operation) \($0)" } ?? operation
        }
    }

    /// How many statement texts the summary cache keeps. An application's statements are a fixed set, far
    /// smaller; past the limit (SQL built per request) a summary is worked out each time, not kept.
    static let cacheCapacity = 512

    /// The summaries worked out so far, by statement text: splitting the text on every traced statement cost
    /// more than the rest of the span's own work (4 % of a traced server's CPU under load).
    private static let cache = Mutex<[String: Summary]>([:])

    /// Runs `body` in the statement's span.
    static func trace<Value>(_ sql: String, _ body: () async throws(DatabaseError) -> Value) async throws(DatabaseError) -> Value {
        let summary = cachedSummary(of: sql)
        do {
            return try await withSpan(summary.name, ofKind: .client) { span in
                span.attributes["db.system.name"] = "postgresql"
                span.attributes["db.operation.name"] = summary.operation
                if let table = summary.table { span.attributes["db.collection.name"] = table }
                span.attributes["db.query.text"] = sql
                return try await body()
            }
        } catch let error as DatabaseError {
            throw error
        } catch {
            throw DatabaseError(kind: .other, diagnostics: .init(message: "\(error)"))
        }
    }

    /// The statement's summary, from the cache when it has been seen before.
    static func cachedSummary(of sql: String) -> Summary {
        if let known = cache.withLock({ $0[sql] }) { return known }
        let summary = summary(of: sql)
        cache.withLock { cache in
            if cache.count < cacheCapacity { cache[sql] = summary }
        }
        return summary
    }

    /// How many summaries the cache holds.
    static var cachedCount: Int { cache.withLock { $0.count } }

    /// The statement's first keyword, and the table it reads or writes when one follows `FROM`, `INTO` or
    /// `UPDATE` (not a subquery: `FROM (SELECT …)` names none).
    static func summary(of sql: String) -> Summary {
        // A word ends at white space, `,` or `;`; `(` ends it too but stays, so a subquery is told from a table.
        let words = sql.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "," || $0 == ";" })
            .map { $0.prefix { $0 != "(" } }
        let operation = words.first.flatMap { $0.isEmpty ? nil : $0.uppercased() } ?? "SQL"
        let marker: Set<String> = operation == "UPDATE" ? ["UPDATE"] : operation == "INSERT" ? ["INTO"] : ["FROM"]
        guard let index = words.firstIndex(where: { marker.contains($0.uppercased()) }), index + 1 < words.count else {
            return Summary(operation: operation, table: nil)
        }
        let table = words[index + 1]
        guard !table.isEmpty, table.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." }) else {
            return Summary(operation: operation, table: nil)
        }
        return Summary(operation: operation, table: String(table))
    }
}
