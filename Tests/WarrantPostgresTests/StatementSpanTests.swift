import Testing
@testable import WarrantPostgres

@Suite("Statement spans: names and attributes from the SQL text")
struct StatementSpanTests {
    @Test("the operation and table, as OpenTelemetry's database conventions name a span")
    func summaries() {
        let cases: [(String, String, String?)] = [
            ("SELECT id, title FROM todos WHERE owner = $1", "SELECT", "todos"),
            ("select * from public.todos", "SELECT", "public.todos"),
            ("INSERT INTO todos (owner, title) VALUES ($1, $2) RETURNING id", "INSERT", "todos"),
            ("INSERT INTO todos(owner, title) VALUES ($1, $2)", "INSERT", "todos"),
            ("UPDATE todos SET title = $1 WHERE id = $2", "UPDATE", "todos"),
            ("DELETE FROM todo_attachments WHERE id = $1", "DELETE", "todo_attachments"),
            ("BEGIN", "BEGIN", nil),
            ("SELECT 1", "SELECT", nil),
            ("SELECT count(*) FROM (SELECT 1) AS t", "SELECT", nil),
            ("SELECT count(*) FROM(SELECT 1) AS t", "SELECT", nil),
            ("WITH recent AS (SELECT * FROM todos) SELECT * FROM recent", "WITH", nil),
            ("", "SQL", nil),
        ]
        for (sql, operation, table) in cases {
            let summary = StatementSpan.summary(of: sql)
            #expect(summary.operation == operation, "\(sql)")
            #expect(summary.table == table, "\(sql)")
            #expect(summary.name == (table.map { "\(operation) \($0)" } ?? operation), "\(sql)")
        }
    }

    @Test("a statement is summarised once and then read from the cache, which stops growing at its capacity")
    func cacheIsBounded() {
        let sql = "SELECT title FROM statement_span_cache_probe WHERE id = $1"
        #expect(StatementSpan.cachedSummary(of: sql) == StatementSpan.summary(of: sql))
        #expect(StatementSpan.cachedSummary(of: sql) == StatementSpan.summary(of: sql))
        for index in 0...StatementSpan.cacheCapacity {
            let generated = "SELECT * FROM generated_\(index)"
            #expect(StatementSpan.cachedSummary(of: generated).table == "generated_\(index)")
        }
        #expect(StatementSpan.cachedCount == StatementSpan.cacheCapacity)
        // Past the capacity a new text is still summarised correctly, just not kept.
        let uncached = "UPDATE beyond_the_cache SET x = $1"
        #expect(StatementSpan.cachedSummary(of: uncached) == StatementSpan.Summary(operation: "UPDATE", table: "beyond_the_cache"))
        #expect(StatementSpan.cachedCount == StatementSpan.cacheCapacity)
    }
}
