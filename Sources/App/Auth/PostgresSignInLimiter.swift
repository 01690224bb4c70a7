import Foundation
import Synchronization
import WarrantPostgres

/// Sign-in limits counted in PostgreSQL, so they hold across every server process and Lambda environment
/// that shares the database — the same limits as ``InMemorySignInLimiter``, counted in `sign_in_counters`.
///
/// An admission locks the account's two counters (the account's, and the account-and-client one, in a fixed
/// order), decides, and reserves in one transaction: concurrent attempts on one account, from any process,
/// are admitted one after the other. A reservation a crashed process never settled stops counting after
/// `abandonedAfter`. Rows expire: every 256th admission of a process deletes counters idle for a window and
/// known clients past their lifetime, so the tables hold only what is recent.
final class PostgresSignInLimiter: SignInLimiter {
    let database: any PostgresQueryable
    let limits: SignInLimits
    /// How long an unsettled reservation counts before it is taken for abandoned.
    let abandonedAfter: TimeInterval
    private let admissions = Mutex(0)

    init(database: any PostgresQueryable, limits: SignInLimits = SignInLimits(), abandonedAfter: TimeInterval = 60) {
        self.database = database
        self.limits = limits
        self.abandonedAfter = abandonedAfter
    }

    /// One counter row.
    @Row
    fileprivate struct CounterRow: Decodable {
        var client: String
        var failures: Int
        var lastFailure: Date?
        var pending: Int
        var pendingSince: Date?

        enum CodingKeys: String, CodingKey {
            case client, failures, pending
            case lastFailure = "last_failure"
            case pendingSince = "pending_since"
        }

        func counter(at now: Date, abandonedAfter: TimeInterval) -> SignInCounter {
            let abandoned = pendingSince.map { now.timeIntervalSince($0) >= abandonedAfter } ?? true
            return SignInCounter(failures: failures, lastFailure: lastFailure ?? .distantPast, pending: abandoned ? 0 : pending)
        }
    }

    func admit(_ attempt: SignInAttempt, at now: Date) async throws -> SignInAdmission {
        let admission = try await database.transactionIfPool { tx -> SignInAdmission in
            try await tx.execute("""
                INSERT INTO sign_in_counters (account, client) VALUES (\(attempt.account), ''), (\(attempt.account), \(attempt.client))
                ON CONFLICT DO NOTHING
                """)
            // '' (the account's own counter) sorts first: every process locks the two rows in the same order.
            let rows = try await tx.query("""
                SELECT client, failures, last_failure, pending, pending_since FROM sign_in_counters
                WHERE account = \(attempt.account) AND client IN ('', \(attempt.client)) ORDER BY client FOR UPDATE
                """, decoding: CounterRow.self)
            var account = rows.first { $0.client.isEmpty }?.counter(at: now, abandonedAfter: abandonedAfter) ?? SignInCounter()
            var pair = rows.first { !$0.client.isEmpty }?.counter(at: now, abandonedAfter: abandonedAfter) ?? SignInCounter()
            account.expire(at: now, window: limits.window)
            pair.expire(at: now, window: limits.window)
            var wait = pair.wait(at: now, free: limits.perClientFreeFailures, limits: limits)
            let knownSince = now.addingTimeInterval(-limits.knownClientLifetime)
            let known = try await tx.queryFirst("""
                SELECT 1 AS one FROM sign_in_known_clients
                WHERE account = \(attempt.account) AND client = \(attempt.client) AND last_success > \(knownSince)
                """, decoding: One.self) != nil
            if !known { wait = max(wait, account.wait(at: now, free: limits.perAccountFreeFailures, limits: limits)) }
            guard wait == 0 else { return .wait(seconds: wait) }
            try await tx.execute("""
                UPDATE sign_in_counters SET pending = \(account.pending + 1), pending_since = \(now),
                    failures = \(account.failures)
                WHERE account = \(attempt.account) AND client = ''
                """)
            try await tx.execute("""
                UPDATE sign_in_counters SET pending = \(pair.pending + 1), pending_since = \(now),
                    failures = \(pair.failures)
                WHERE account = \(attempt.account) AND client = \(attempt.client)
                """)
            return .admitted
        }
        if admission == .admitted, admissions.withLock({ $0 += 1; return $0 % 256 == 0 }) {
            try? await sweep(at: now)
        }
        return admission
    }

    func settle(_ attempt: SignInAttempt, _ outcome: SignInOutcome, at now: Date) async throws {
        let windowStart = now.addingTimeInterval(-limits.window)
        switch outcome {
        case .failed:
            try await database.execute("""
                UPDATE sign_in_counters SET pending = greatest(pending - 1, 0),
                    failures = CASE WHEN last_failure IS NULL OR last_failure <= \(windowStart) THEN 1 ELSE failures + 1 END,
                    last_failure = \(now)
                WHERE account = \(attempt.account) AND client IN ('', \(attempt.client))
                """)
        case .succeeded:
            // The client's own count starts over; the account's does not (see InMemorySignInLimiter).
            _ = try await database.transactionIfPool { tx in
                try await tx.execute("""
                    UPDATE sign_in_counters SET pending = greatest(pending - 1, 0),
                        failures = CASE WHEN client = '' THEN failures ELSE 0 END
                    WHERE account = \(attempt.account) AND client IN ('', \(attempt.client))
                    """)
                try await tx.execute("""
                    INSERT INTO sign_in_known_clients (account, client, last_success) VALUES (\(attempt.account), \(attempt.client), \(now))
                    ON CONFLICT (account, client) DO UPDATE SET last_success = excluded.last_success
                    """)
            }
        case .abandoned:
            try await database.execute("""
                UPDATE sign_in_counters SET pending = greatest(pending - 1, 0)
                WHERE account = \(attempt.account) AND client IN ('', \(attempt.client))
                """)
        }
    }

    /// Deletes counters with nothing counted or in flight for a window, and known clients past their lifetime.
    func sweep(at now: Date) async throws {
        let windowStart = now.addingTimeInterval(-limits.window)
        let abandonedBefore = now.addingTimeInterval(-abandonedAfter)
        let knownBefore = now.addingTimeInterval(-limits.knownClientLifetime)
        try await database.execute("""
            DELETE FROM sign_in_counters
            WHERE (last_failure IS NULL OR last_failure <= \(windowStart)) AND (pending = 0 OR pending_since <= \(abandonedBefore))
            """)
        try await database.execute("DELETE FROM sign_in_known_clients WHERE last_success <= \(knownBefore)")
    }

    @Row
    fileprivate struct One: Decodable {
        var one: Int32
    }
}

extension PostgresQueryable {
    /// Runs `body` in a transaction when this is a pool, or directly when it is already a connection or a
    /// transaction (whose own boundaries then apply).
    fileprivate func transactionIfPool<Value: Sendable>(_ body: (any PostgresQueryable) async throws -> Value) async throws -> Value {
        if let pool = self as? PostgresPool {
            return try await pool.transaction { connection in try await body(connection) }
        }
        return try await body(self)
    }
}
