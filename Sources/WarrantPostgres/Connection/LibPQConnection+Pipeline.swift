import CLibPQ

extension LibPQConnection {
    /// What became of one statement of a pipeline.
    enum PipelineOutcome {
        /// The server answered; the result is owned by the caller.
        case done(OpaquePointer)
        /// The server rejected the statement.
        case failed(DatabaseError)
        /// The connection broke after the statement may have run.
        case lost(DatabaseError)
        /// The statement provably did not run (or hit a stale prepared statement): run it
        /// again on its own, through ``execute(_:mayRetry:)``, which reconnects or
        /// re-prepares as needed.
        case runAlone
    }

    /// Sends several independent statements in one pipeline (libpq pipeline mode), each
    /// followed by its own sync point, then reads their results in order.
    ///
    /// One write carries every statement and the server answers them back to back, which
    /// saves a round trip and two thread wake-ups per statement. A sync point after each
    /// statement isolates failures: an error affects only its own statement. The connection
    /// must be open and idle; every statement must be ``SQL/isPipelinable``.
    func executePipeline(_ batch: [SQL]) -> [PipelineOutcome] {
        guard let handle, PQenterPipelineMode(handle) == 1 else {
            return batch.map { _ in .runAlone }
        }
        var outcomes = [PipelineOutcome](repeating: .runAlone, count: batch.count)
        let (plans, sendFailed) = sendPipeline(batch, on: handle)
        var evicted: [String] = []
        var broken = sendFailed
        for (index, plan) in plans.enumerated() {
            if broken {
                outcomes[index] = .lost(ServerErrorMapping.connectionLost(handle, sql: batch[index].text))
                continue
            }
            let received = receive(plan, sql: batch[index], on: handle, evicted: &evicted)
            outcomes[index] = received.outcome
            if received.connectionBroken {
                broken = true
                // The server ended the session without running the rest: run them alone.
                let rest: PipelineOutcome = received.restDidNotRun ? .runAlone : .lost(
                    ServerErrorMapping.connectionLost(handle, sql: nil))
                for later in (index + 1)..<max(index + 1, plans.count) {
                    outcomes[later] = rest
                }
                break
            }
        }
        if broken || PQexitPipelineMode(handle) != 1 {
            reportLoss("connection failed during a pipeline")
        } else {
            for name in evicted {
                deallocateStatement(name)
            }
        }
        return outcomes
    }

    /// How one statement was sent.
    private struct SentStatement {
        /// The prepared-statement name, when prepared mode is on.
        let name: String?
        /// Whether a `PREPARE` for it was sent first in this pipeline.
        let prepared: Bool
    }

    /// Queues statements with their sync points and returns the plans of those fully
    /// queued. Stops early at a send failure (`failed`), or before a statement whose new
    /// name would collide with another in the batch (it then runs alone afterwards).
    private func sendPipeline(_ batch: [SQL], on handle: OpaquePointer) -> (plans: [SentStatement], failed: Bool) {
        var plans: [SentStatement] = []
        plans.reserveCapacity(batch.count)
        var preparing: [StatementKey: String] = [:]
        for sql in batch {
            let plan: SentStatement
            switch configuration.statementMode {
            case .unnamed:
                let sent = scratch.withParameters(sql.bindings) { values, lengths, formats in
                    sql.bindings.types.withUnsafeBufferPointer { types in
                        PQsendQueryParams(
                            handle, sql.text, Int32(sql.bindings.count), types.baseAddress, values, lengths, formats, 1)
                    }
                }
                guard sent == 1 else { return (plans, true) }
                plan = SentStatement(name: nil, prepared: false)
            case .prepared:
                let key = sql.statementKey
                var name = statements.name(for: key) ?? preparing[key]
                var prepared = false
                if name == nil {
                    let proposed = statements.proposedName(for: key)
                    // Two texts with colliding hashes in one batch: the second runs alone later.
                    guard !preparing.values.contains(proposed) else { return (plans, false) }
                    let sent = sql.bindings.types.withUnsafeBufferPointer { types in
                        PQsendPrepare(handle, proposed, sql.text, Int32(sql.bindings.count), types.baseAddress)
                    }
                    guard sent == 1 else { return (plans, true) }
                    preparing[key] = proposed
                    name = proposed
                    prepared = true
                }
                let statementName = name ?? ""
                let sent = scratch.withParameters(sql.bindings) { values, lengths, formats in
                    PQsendQueryPrepared(handle, statementName, Int32(sql.bindings.count), values, lengths, formats, 1)
                }
                guard sent == 1 else { return (plans, true) }
                plan = SentStatement(name: statementName, prepared: prepared)
            }
            guard PQpipelineSync(handle) == 1 else { return (plans, true) }
            plans.append(plan)
        }
        return (plans, false)
    }

    private struct Received {
        let outcome: PipelineOutcome
        var connectionBroken = false
        /// When the connection broke: whether the server provably ran none of the later statements.
        var restDidNotRun = false
    }

    /// Reads one statement's results: its `PREPARE` (if sent), its result, its sync point.
    private func receive(
        _ plan: SentStatement, sql: SQL, on handle: OpaquePointer, evicted: inout [String]
    ) -> Received {
        var prepareError: DatabaseError?
        if plan.prepared, let name = plan.name {
            guard let prepareResult = nextResult(handle) else { return lostReceipt(handle, sql) }
            if PQresultStatus(prepareResult) == PGRES_COMMAND_OK {
                if let dropped = statements.insert(sql: sql.statementKey, name: name) {
                    evicted.append(dropped)
                }
            } else {
                prepareError = ServerErrorMapping.error(from: prepareResult, sql: sql.text)
            }
            PQclear(prepareResult)
        }

        guard let result = nextResult(handle) else { return lostReceipt(handle, sql) }
        let status = PQresultStatus(result)
        var received: Received
        switch status {
        case PGRES_TUPLES_OK, PGRES_COMMAND_OK, PGRES_EMPTY_QUERY:
            received = Received(outcome: .done(result))
        case PGRES_PIPELINE_ABORTED:
            PQclear(result)
            received = Received(outcome: prepareError.map(PipelineOutcome.failed) ?? .runAlone)
        default:
            let error = ServerErrorMapping.error(from: result, sql: sql.text)
            PQclear(result)
            if error.sqlState == "57P01" || error.sqlState == "57P02" {
                // The session was terminated; a FATAL error aborts the statement's transaction.
                return Received(outcome: .runAlone, connectionBroken: true, restDidNotRun: true)
            }
            if PQstatus(handle) != CONNECTION_OK {
                return Received(outcome: .lost(DatabaseError(
                    kind: .connectionLost, sqlState: error.sqlState, constraint: nil, diagnostics: error.diagnostics)),
                    connectionBroken: true)
            }
            if error.sqlState == "26000" || error.sqlState == "0A000" {
                // A stale prepared statement: forget it; running alone prepares it afresh.
                _ = statements.retire(sql: sql.statementKey)
                received = Received(outcome: .runAlone)
            } else {
                received = Received(outcome: .failed(error))
            }
        }

        guard let sync = nextResult(handle), PQresultStatus(sync) == PGRES_PIPELINE_SYNC else {
            if case .done(let result) = received.outcome {
                PQclear(result)
            }
            return lostReceipt(handle, sql)
        }
        PQclear(sync)
        return received
    }

    private func lostReceipt(_ handle: OpaquePointer, _ sql: SQL) -> Received {
        Received(outcome: .lost(ServerErrorMapping.connectionLost(handle, sql: sql.text)), connectionBroken: true)
    }

    /// The next result of the pipeline, skipping the `NULL` that ends each statement's
    /// results; two `NULL`s in a row mean nothing more is coming.
    private func nextResult(_ handle: OpaquePointer) -> OpaquePointer? {
        if let result = PQgetResult(handle) {
            return result
        }
        return PQgetResult(handle)
    }
}
