import Foundation
import Synchronization
public import Warrant

/// Rate-limit windows counted in PostgreSQL, so a `RateLimit` holds across every server process and
/// Lambda environment that shares the database: `api.rateLimitStore = PostgresRateLimitStore(database: pool)`.
///
/// One statement counts a request: an upsert that starts the bucket's window over when it has moved on, so
/// concurrent requests from any process are counted exactly. Rows are one per bucket (policy and hashed
/// caller); every 256th count of a process deletes those whose window has ended. The table, created by a
/// migration of the application's:
///
/// ```sql
/// CREATE TABLE rate_limit_counters (
///     bucket       TEXT        PRIMARY KEY,
///     window_start TIMESTAMPTZ NOT NULL,
///     window_end   TIMESTAMPTZ NOT NULL,
///     count        INT         NOT NULL
/// );
/// CREATE INDEX rate_limit_counters_window_end_idx ON rate_limit_counters (window_end);
/// ```
public final class PostgresRateLimitStore: RateLimitStore {
    /// Where the counters are.
    public let database: any PostgresQueryable
    private let counts = Mutex(0)

    /// Counters in `database`'s `rate_limit_counters` table.
    public init(database: any PostgresQueryable) {
        self.database = database
    }

    /// Counts one request in the bucket's window, atomically.
    public func count(_ bucket: String, windowStart: Date, window: Int) async throws -> Int {
        let windowEnd = windowStart.addingTimeInterval(TimeInterval(window))
        let count = try await database.queryValue("""
            INSERT INTO rate_limit_counters AS c (bucket, window_start, window_end, count)
            VALUES (\(bucket), \(windowStart), \(windowEnd), 1)
            ON CONFLICT (bucket) DO UPDATE SET
                count = CASE WHEN c.window_start = excluded.window_start THEN c.count + 1 ELSE 1 END,
                window_start = excluded.window_start, window_end = excluded.window_end
            RETURNING count
            """, as: Int32.self)
        if counts.withLock({ $0 += 1; return $0 % 256 == 0 }) {
            try? await sweep(before: windowStart)
        }
        return Int(count)
    }

    /// Deletes the counters whose window ended by `date`.
    public func sweep(before date: Date) async throws {
        try await database.execute("DELETE FROM rate_limit_counters WHERE window_end <= \(date)")
    }
}
