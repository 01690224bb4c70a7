import CLibPQ

extension LibPQConnection {
    /// How one try at running a statement ended.
    enum Attempt {
        /// The server answered; the result is owned by the caller.
        case done(OpaquePointer)
        /// The connection failed before the server could have run the statement.
        case notSent(DatabaseError)
        /// The connection failed while the statement was in flight; it may have run.
        case lost(DatabaseError)
        /// The server rejected the statement. `stale` marks a prepared statement the server
        /// no longer has, or whose cached plan no longer fits the schema.
        case failed(DatabaseError, stale: Bool)
    }

    /// Runs a statement with its parameters, as a prepared or unnamed statement.
    ///
    /// - Parameter mayRetry: whether a failure that provably did not run the statement
    ///   (connection dead before sending, server terminating the session, a stale
    ///   prepared statement) may be retried once on a fresh connection. Only allowed
    ///   outside a transaction, where nothing else depends on the session.
    func execute(_ sql: SQL, mayRetry: Bool) throws(DatabaseError) -> ResultStorage {
        if let problem = sql.bindings.problem {
            throw DatabaseError(.invalidInput, problem, sql: sql.text)
        }
        return try withRetry(mayRetry: mayRetry, sql: sql.text, statement: sql.statementKey) { () -> Attempt in
            switch configuration.statementMode {
            case .unnamed: sendUnnamed(sql)
            case .prepared: sendPrepared(sql)
            }
        }
    }

    /// Runs one or more `;`-separated statements without parameters through the simple
    /// query protocol (used for migrations and transaction control).
    func runScript(_ text: String, mayRetry: Bool) throws(DatabaseError) -> ResultStorage {
        try withRetry(mayRetry: mayRetry, sql: text, statement: nil) { () -> Attempt in
            guard let handle else { return .notSent(ServerErrorMapping.connectionLost(nil, sql: text)) }
            guard PQsendQuery(handle, text) == 1 else {
                return .notSent(ServerErrorMapping.connectionLost(handle, sql: text))
            }
            return collect(sql: text, stalePossible: false)
        }
    }

    private func withRetry(
        mayRetry: Bool, sql: String, statement: StatementKey?, _ attempt: () -> Attempt
    ) throws(DatabaseError) -> ResultStorage {
        var retried = false
        while true {
            try ensureConnected()
            switch attempt() {
            case .done(let result):
                return ResultStorage(result: result, sql: sql)
            case .notSent(let error):
                reportLoss("connection failed before the statement ran")
                if mayRetry && !retried {
                    retried = true
                    continue
                }
                throw error
            case .lost(let error):
                reportLoss("connection failed during a statement")
                throw error
            case .failed(let error, let stale):
                if stale, let statement, let name = statements.retire(sql: statement) {
                    if transactionStatus == PQTRANS_IDLE {
                        deallocateStatement(name)
                    }
                    if mayRetry && !retried {
                        retried = true
                        continue
                    }
                }
                throw error
            }
        }
    }

    private func sendUnnamed(_ sql: SQL) -> Attempt {
        guard let handle else { return .notSent(ServerErrorMapping.connectionLost(nil, sql: sql.text)) }
        let sent = scratch.withParameters(sql.bindings) { values, lengths, formats in
            sql.bindings.types.withUnsafeBufferPointer { types in
                PQsendQueryParams(
                    handle, sql.text, Int32(sql.bindings.count), types.baseAddress, values, lengths, formats, 1)
            }
        }
        guard sent == 1 else { return .notSent(ServerErrorMapping.connectionLost(handle, sql: sql.text)) }
        return collect(sql: sql.text, stalePossible: false)
    }

    private func sendPrepared(_ sql: SQL) -> Attempt {
        guard let handle else { return .notSent(ServerErrorMapping.connectionLost(nil, sql: sql.text)) }
        let name: String
        let key = sql.statementKey
        if let known = statements.name(for: key) {
            name = known
        } else {
            let proposed = statements.proposedName(for: key)
            let sent = sql.bindings.types.withUnsafeBufferPointer { types in
                PQsendPrepare(handle, proposed, sql.text, Int32(sql.bindings.count), types.baseAddress)
            }
            guard sent == 1 else { return .notSent(ServerErrorMapping.connectionLost(handle, sql: sql.text)) }
            switch collect(sql: sql.text, stalePossible: false) {
            case .done(let result):
                PQclear(result)
            case .lost(let error):
                // Only the PREPARE was in flight, so the statement itself never ran.
                return .notSent(error)
            case let other:
                return other
            }
            if let evicted = statements.insert(sql: key, name: proposed) {
                deallocateStatement(evicted)
            }
            name = proposed
        }
        let sent = scratch.withParameters(sql.bindings) { values, lengths, formats in
            PQsendQueryPrepared(handle, name, Int32(sql.bindings.count), values, lengths, formats, 1)
        }
        guard sent == 1 else { return .notSent(ServerErrorMapping.connectionLost(handle, sql: sql.text)) }
        return collect(sql: sql.text, stalePossible: true)
    }

    /// Reads every result of the statement just sent; keeps the first error, or else the last result.
    private func collect(sql: String, stalePossible: Bool) -> Attempt {
        guard let handle else { return .lost(ServerErrorMapping.connectionLost(nil, sql: sql)) }
        var kept: OpaquePointer?
        var sawCopy = false
        while let result = PQgetResult(handle) {
            let status = PQresultStatus(result)
            if status == PGRES_COPY_IN || status == PGRES_COPY_OUT || status == PGRES_COPY_BOTH {
                PQclear(result)
                sawCopy = true
                break
            }
            if let previous = kept {
                if Self.isError(previous) {
                    PQclear(result)
                    continue
                }
                PQclear(previous)
            }
            kept = result
        }
        if sawCopy {
            if let kept { PQclear(kept) }
            // The session is stuck in COPY mode; the connection has to go.
            disconnect()
            return .failed(DatabaseError(.other, "COPY is not supported by this driver", sql: sql), stale: false)
        }
        guard let kept else {
            return .lost(ServerErrorMapping.connectionLost(handle, sql: sql))
        }
        if !Self.isError(kept) {
            return .done(kept)
        }
        let error = ServerErrorMapping.error(from: kept, sql: sql)
        PQclear(kept)
        if error.sqlState == "57P01" || error.sqlState == "57P02" {
            // The server terminated the session (shutdown or crash recovery); a FATAL
            // error aborts the transaction, so the statement did not take effect.
            return .notSent(DatabaseError(
                kind: .connectionLost, sqlState: error.sqlState, constraint: nil, diagnostics: error.diagnostics))
        }
        if PQstatus(handle) != CONNECTION_OK {
            return .lost(DatabaseError(
                kind: .connectionLost, sqlState: error.sqlState, constraint: nil, diagnostics: error.diagnostics))
        }
        let stale = stalePossible && (error.sqlState == "26000" || error.sqlState == "0A000")
        return .failed(error, stale: stale)
    }

    private static func isError(_ result: OpaquePointer) -> Bool {
        switch PQresultStatus(result) {
        case PGRES_COMMAND_OK, PGRES_TUPLES_OK, PGRES_EMPTY_QUERY, PGRES_SINGLE_TUPLE: false
        default: true
        }
    }

    /// Drops a statement evicted from the cache; failure only leaves it on the server.
    func deallocateStatement(_ name: String) {
        guard let handle, let result = PQexec(handle, "DEALLOCATE \"\(name)\"") else { return }
        PQclear(result)
    }
}
