import Foundation
import Synchronization
public import Warrant
import WarrantCrypto

/// Idempotent routes' answers kept in PostgreSQL (`Idempotency`): `api.idempotencyStore =
/// PostgresIdempotencyStore(pool: pool)`.
///
/// A claim opens a transaction and takes a transaction-scoped advisory lock on the caller's key: a second
/// request with the key while the first runs cannot take it (409). The handler then runs with that
/// transaction joined — statements it sends through `pool` run in it — and its answer is inserted in it
/// before the commit. So the writes and the recorded answer commit together: a process killed before the
/// commit leaves neither (PostgreSQL rolls back and drops the lock when the connection goes), and the retry
/// runs the handler once more; a retry after the commit replays the answer. Writes made through another
/// pool, or outside the database, are not covered.
///
/// The table, created by a migration of the application's; rows past `expires_at` are ignored, and every
/// 256th answer a process records deletes them:
///
/// ```sql
/// CREATE TABLE idempotency_keys (
///     scope         TEXT        NOT NULL,
///     key           TEXT        NOT NULL,
///     fingerprint   BYTEA       NOT NULL,
///     status        INT         NOT NULL,
///     header_names  TEXT[]      NOT NULL,
///     header_values TEXT[]      NOT NULL,
///     body          BYTEA       NOT NULL,
///     expires_at    TIMESTAMPTZ NOT NULL,
///     PRIMARY KEY (scope, key)
/// );
/// CREATE INDEX idempotency_keys_expires_at_idx ON idempotency_keys (expires_at);
/// ```
public final class PostgresIdempotencyStore: IdempotencyStore {
    /// The pool whose statements join an idempotent request's transaction.
    public let pool: PostgresPool
    private let recorded = Mutex(0)

    /// Answers kept in `pool`'s database; handlers' statements on `pool` commit with them.
    public init(pool: PostgresPool) {
        self.pool = pool
    }

    /// One recorded answer.
    private struct Row: Decodable {
        var fingerprint: Data
        var status: Int32
        var headerNames: [String]
        var headerValues: [String]
        var body: Data

        enum CodingKeys: String, CodingKey {
            case fingerprint, status, body
            case headerNames = "header_names"
            case headerValues = "header_values"
        }

        var response: RecordedResponse {
            let headers = zip(headerNames, headerValues).map { RecordedResponse.HeaderField(name: $0, value: $1) }
            return RecordedResponse(status: Int(status), headers: headers, body: Array(body))
        }
    }

    /// Claims the key: locks it for this request, or replays or refuses.
    public func claim(_ request: IdempotentRequest) async throws -> IdempotencyClaim {
        let transaction = try await pool.beginOnItsOwn()
        do {
            let scope = request.key.scope, key = request.key.key
            let locked = try await transaction.queryValue(
                "SELECT pg_try_advisory_xact_lock(hashtextextended(\(scope) || chr(10) || \(key), 0))", as: Bool.self)
            guard locked else {
                try await transaction.end(committing: false)
                return .inProgress
            }
            let row = try await transaction.queryFirst("""
                SELECT fingerprint, status, header_names, header_values, body FROM idempotency_keys
                WHERE scope = \(scope) AND key = \(key) AND expires_at > \(request.now)
                """, decoding: Row.self)
            guard let row else { return .run(Reservation(store: self, request: request, transaction: transaction)) }
            try await transaction.end(committing: false)
            return ConstantTime.equals(Array(row.fingerprint), request.fingerprint) ? .replay(row.response) : .mismatch
        } catch {
            try? await transaction.end(committing: false)
            throw error
        }
    }

    /// Deletes the answers that expired by `date`.
    public func sweep(before date: Date) async throws {
        try await pool.execute("DELETE FROM idempotency_keys WHERE expires_at <= \(date)")
    }

    private func didRecord(at now: Date) async {
        if recorded.withLock({ $0 += 1; return $0 % 256 == 0 }) { try? await sweep(before: now) }
    }

    /// A claimed key: the open transaction the handler joins.
    private struct Reservation: IdempotencyReservation {
        let store: PostgresIdempotencyStore
        let request: IdempotentRequest
        let transaction: PostgresTransaction

        func run(_ handler: () async throws -> RouteResponse) async throws -> RouteResponse {
            try await JoinedTransaction.$current.withValue(transaction) { try await handler() }
        }

        func complete(recording response: RecordedResponse?) async throws {
            do {
                if let response {
                    let expires = request.now.addingTimeInterval(TimeInterval(request.retention))
                    try await transaction.execute("""
                        INSERT INTO idempotency_keys AS k (scope, key, fingerprint, status, header_names, header_values, body, expires_at)
                        VALUES (\(request.key.scope), \(request.key.key), \(Data(request.fingerprint)), \(Int32(response.status)),
                                \(response.headers.map(\.name)), \(response.headers.map(\.value)), \(Data(response.body)), \(expires))
                        ON CONFLICT (scope, key) DO UPDATE SET fingerprint = excluded.fingerprint, status = excluded.status,
                            header_names = excluded.header_names, header_values = excluded.header_values,
                            body = excluded.body, expires_at = excluded.expires_at
                        """)
                }
            } catch {
                try? await transaction.end(committing: false)
                throw error
            }
            try await transaction.end(committing: true)
            if response != nil { await store.didRecord(at: request.now) }
        }

        func release() async {
            try? await transaction.end(committing: false)
        }
    }
}
