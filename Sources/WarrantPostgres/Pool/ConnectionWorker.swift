/// One pooled connection and the OS thread that owns it.
///
/// The thread takes jobs from the pool's shared queue (or, while leased, from its own
/// queue), runs them with blocking libpq calls and resumes the waiting caller. It sleeps
/// on its own condition variable, so a submitter wakes exactly one idle thread. When no
/// other thread is free or about to be, it takes several queued statements and pipelines
/// them (see ``PostgresPool``).
///
/// `@unchecked Sendable`: the properties marked "guarded" are only touched with
/// `core.mutex` held; `connection` and `leaseBroken` are only touched by the worker's own
/// thread; the rest are immutable.
final class ConnectionWorker: @unchecked Sendable {
    let core: PoolCore
    let condition = PThreadCondition()

    /// Guarded: listed in `core.idleWorkers`, waiting for work.
    var isIdle = false
    /// Guarded: woken by a submitter and counted in `core.wakingWorkers` until it runs.
    var isWaking = false
    /// Guarded: the lease this worker serves, if any.
    var activeLease: Lease?
    /// Guarded: jobs submitted through the active lease.
    var leasedJobs = RingBuffer<PoolJob>(capacity: 4)

    private let connection: LibPQConnection
    private var leaseBroken = false

    init(core: PoolCore) {
        self.core = core
        self.connection = LibPQConnection(configuration: core.configuration)
    }

    /// The thread's body: runs jobs until the pool closes.
    func run() {
        while let work = nextWork() {
            recordDequeueMetrics()
            switch work {
            case .single(let next):
                perform(next)
            case .pipeline(let statements, let afterWait):
                runPipeline(statements, afterWait: afterWait)
            case .closeIdleConnection:
                connection.disconnect()
            }
        }
        connection.disconnect()
        core.threadExited()
    }

    private struct Next {
        let job: PoolJob
        let leased: Bool
        /// Whether the thread slept before getting the job, i.e. the connection sat idle.
        let afterWait: Bool
    }

    /// A statement waiting to be pipelined, with its caller.
    private typealias PipelinedStatement = (sql: SQL, reply: Reply<PostgresResult>)

    private enum Work {
        case single(Next)
        case pipeline([PipelinedStatement], afterWait: Bool)
        /// The connection sat idle past the configured idle timeout: close it, keep the thread.
        case closeIdleConnection
    }

    /// Upper bound on the SQL and parameter bytes of one pipeline, so the statements
    /// always fit the socket buffers and the blocking writes cannot stall on a server
    /// that is itself waiting for us to read.
    private static let pipelineByteLimit = 64 * 1024

    private func perform(_ next: Next) {
        switch next.job {
        case .query(let sql, let reply):
            reply.resume(returning: runStatement(next.leased, afterWait: next.afterWait) { (mayRetry) throws(DatabaseError) in
                try connection.execute(sql, mayRetry: mayRetry)
            })
        case .script(let text, let reply):
            reply.resume(returning: runStatement(next.leased, afterWait: next.afterWait) { (mayRetry) throws(DatabaseError) in
                try connection.runScript(text, mayRetry: mayRetry)
            })
        case .lease(let beginStatement, let reply):
            grantLease(beginStatement: beginStatement, afterWait: next.afterWait, reply: reply)
        case .release(let lease, let ending, let reply):
            release(lease, ending: ending, reply: reply)
        }
    }

    /// What the last dequeue measured (the wait, the connections in use), recorded once the pool's lock is
    /// released: every thread that submits a statement waits on that lock. Touched by this thread only.
    private var dequeueMetrics: (waited: UInt64, inUse: Int)?

    private func recordDequeueMetrics() {
        guard let measured = dequeueMetrics, let metrics = core.metrics else { return }
        dequeueMetrics = nil
        metrics.waited(measured.waited)
        metrics.inUse(measured.inUse)
    }

    private func nextWork() -> Work? {
        core.mutex.lock()
        defer { core.mutex.unlock() }
        var waited = false
        // Woken while it was busy (closing an idle connection): it runs now, so it no longer counts as waking.
        if isWaking {
            isWaking = false
            core.wakingWorkers -= 1
        }
        while true {
            if activeLease != nil {
                if let job = leasedJobs.popFirst() {
                    return .single(Next(job: job, leased: true, afterWait: waited))
                }
            } else {
                if let queued = core.pending.popFirst() {
                    if isIdle {
                        core.removeIdle(self)
                    }
                    if core.metrics != nil {
                        let enqueued = queued.deadline &- core.acquireTimeout
                        dequeueMetrics = (MonotonicClock.nanoseconds() &- enqueued, core.workers.count - core.idleWorkers.count)
                    }
                    if let batch = pipelineBatch(startingWith: queued.job) {
                        return .pipeline(batch, afterWait: waited)
                    }
                    return .single(Next(job: queued.job, leased: false, afterWait: waited))
                }
                if core.isClosing {
                    if isIdle { core.removeIdle(self) }
                    return nil
                }
                if !isIdle {
                    isIdle = true
                    core.idleWorkers.append(self)
                    core.metrics?.inUse(core.workers.count - core.idleWorkers.count)
                }
            }
            if let idleTimeout = core.idleTimeoutNanoseconds, activeLease == nil, connection.isConnected {
                // An idle connection is given back to the server after the idle timeout, so instances that
                // scaled in or sit quiet do not hold connections others are refused for.
                let deadline = MonotonicClock.nanoseconds() &+ idleTimeout
                condition.wait(on: core.mutex, untilNanoseconds: deadline)
                if !isWaking, core.pending.isEmpty, MonotonicClock.nanoseconds() >= deadline {
                    return .closeIdleConnection
                }
            } else {
                condition.wait(on: core.mutex)
            }
            waited = true
            if isWaking {
                isWaking = false
                core.wakingWorkers -= 1
            }
        }
    }

    /// With every connection busy, takes further queued statements to send together with
    /// `first`. Called with `core.mutex` held. Returns `nil` when there is nothing to batch.
    private func pipelineBatch(startingWith first: PoolJob) -> [PipelinedStatement]? {
        // Queued jobs that threads already woken will take are not ours to batch.
        let depth = min(core.configuration.pipelineDepth, 1 + core.pending.count - core.wakingWorkers)
        guard depth > 1, core.idleWorkers.isEmpty,
            case .query(let firstSQL, let firstReply) = first, Self.canPipeline(firstSQL),
            case .query(let nextSQL, _)? = core.pending.first?.job, Self.canPipeline(nextSQL)
        else { return nil }
        var batch: [PipelinedStatement] = [(firstSQL, firstReply)]
        var bytes = Self.size(of: firstSQL)
        while batch.count < depth, case .query(let sql, let reply)? = core.pending.first?.job, Self.canPipeline(sql) {
            bytes += Self.size(of: sql)
            if bytes > Self.pipelineByteLimit { break }
            _ = core.pending.popFirst()
            batch.append((sql, reply))
        }
        guard batch.count > 1 else { return nil }
        core.pipelinedStatements += batch.count
        return batch
    }

    private static func canPipeline(_ sql: SQL) -> Bool {
        sql.isPipelinable && sql.bindings.problem == nil
    }

    private static func size(of sql: SQL) -> Int {
        sql.text.utf8.count + sql.bindings.buffer.count
    }

    private func runPipeline(_ statements: [PipelinedStatement], afterWait: Bool) {
        if afterWait {
            connection.dropIfDead()
        }
        do {
            try connection.ensureConnected()
        } catch {
            for statement in statements {
                statement.reply.resume(returning: .failure(error))
            }
            return
        }
        let outcomes = connection.executePipeline(statements.map(\.sql))
        var alone: [PipelinedStatement] = []
        for (statement, outcome) in zip(statements, outcomes) {
            switch outcome {
            case .done(let result):
                statement.reply.resume(returning: .success(PostgresResult(storage: ResultStorage(result: result, sql: statement.sql.text))))
            case .failed(let error), .lost(let error):
                statement.reply.resume(returning: .failure(error))
            case .runAlone:
                alone.append(statement)
            }
        }
        connection.resetTransactionIfNeeded()
        for statement in alone {
            statement.reply.resume(returning: runStatement(false, afterWait: false) { (mayRetry) throws(DatabaseError) in
                try connection.execute(statement.sql, mayRetry: mayRetry)
            })
        }
    }

    private func runStatement(
        _ leased: Bool, afterWait: Bool, _ body: (_ mayRetry: Bool) throws(DatabaseError) -> ResultStorage
    ) -> Result<PostgresResult, DatabaseError> {
        if leased {
            if leaseBroken {
                return .failure(DatabaseError(.connectionLost, "this connection was lost earlier in the same lease"))
            }
            do {
                return .success(PostgresResult(storage: try body(false)))
            } catch {
                if !connection.isConnected { leaseBroken = true }
                return .failure(error)
            }
        }
        if afterWait {
            connection.dropIfDead()
        }
        let outcome: Result<PostgresResult, DatabaseError>
        do {
            outcome = .success(PostgresResult(storage: try body(true)))
        } catch {
            outcome = .failure(error)
        }
        connection.resetTransactionIfNeeded()
        return outcome
    }

    private func grantLease(beginStatement: String?, afterWait: Bool, reply: Reply<Lease>) {
        if afterWait {
            connection.dropIfDead()
        }
        do {
            try connection.ensureConnected()
            if let beginStatement {
                _ = try connection.runScript(beginStatement, mayRetry: true)
            }
        } catch {
            reply.resume(returning: .failure(error))
            return
        }
        let lease = Lease(worker: self)
        core.mutex.withLock { activeLease = lease }
        leaseBroken = false
        reply.resume(returning: .success(lease))
    }

    private func release(_ lease: Lease, ending: TransactionEnding?, reply: Reply<Void>) {
        var outcome: Result<Void, DatabaseError> = .success(())
        if leaseBroken {
            if ending == .commit {
                outcome = .failure(DatabaseError(
                    .connectionLost, "the connection was lost during the transaction; it was not committed"))
            }
        } else if let ending {
            do {
                let result = try connection.runScript(ending.statement, mayRetry: false)
                if ending == .commit && result.commandTag == "ROLLBACK" {
                    outcome = .failure(DatabaseError(
                        .other, "the transaction was rolled back because a statement in it had failed"))
                }
            } catch {
                outcome = .failure(error)
            }
        }
        connection.resetTransactionIfNeeded()
        leaseBroken = false
        let stray = core.mutex.withLock {
            activeLease = nil
            return leasedJobs.removeAll()
        }
        for job in stray {
            job.fail(PoolCore.leaseEnded)
        }
        reply.resume(returning: outcome)
    }
}
