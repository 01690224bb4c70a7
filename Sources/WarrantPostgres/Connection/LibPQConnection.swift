import CLibPQ
import Logging

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// One libpq connection (`PGconn`), used only by the worker thread that owns it.
///
/// It connects lazily, notices when the server has gone away while it sat idle, and
/// forgets its prepared statements whenever it reconnects. Every call here blocks, which
/// is why only a connection thread may make them.
final class LibPQConnection {
    private(set) var handle: OpaquePointer?
    var statements: PreparedStatementCache
    let scratch = ParameterScratch()
    let configuration: PostgresConfiguration
    private let parameters: ConnectionParameters
    private let sessionSetup: String
    /// Set when the server sent a FATAL message while no statement was running (libpq
    /// hands such messages to the notice receiver): the session is ending.
    private var receivedFatalWhileIdle = false

    init(configuration: PostgresConfiguration) {
        self.configuration = configuration
        self.parameters = ConnectionParameters(configuration: configuration)
        self.statements = PreparedStatementCache(capacity: configuration.preparedStatementCapacity)
        var setup = "SET TimeZone = 'UTC'; SET client_encoding = 'UTF8'"
        if let timeout = configuration.statementTimeout {
            let milliseconds = max(1, MonotonicClock.nanoseconds(of: timeout) / 1_000_000)
            setup += "; SET statement_timeout = \(milliseconds)"
        }
        self.sessionSetup = setup
    }

    deinit {
        disconnect()
    }

    var isConnected: Bool { handle != nil }

    /// libpq's view of the transaction state; `PQTRANS_UNKNOWN` when not connected.
    var transactionStatus: PGTransactionStatusType {
        guard let handle else { return PQTRANS_UNKNOWN }
        return PQtransactionStatus(handle)
    }

    /// Connects if there is no connection. Failures are ``DatabaseError/Kind/unavailable``:
    /// nothing was sent, so the caller's statement did not run.
    func ensureConnected() throws(DatabaseError) {
        if handle != nil { return }
        var parameters = self.parameters
        if let source = configuration.passwordSource {
            do {
                parameters = parameters.adding("password", try source.password())
            } catch {
                configuration.logger.warning("PostgreSQL connection password unavailable", metadata: ["reason": "\(error)"])
                throw DatabaseError(.unavailable, "could not make the connection's password: \(error)")
            }
        }
        let connection = parameters.withCArrays { keywords, values in
            PQconnectdbParams(keywords, values, 1)
        }
        guard let connection else {
            throw DatabaseError(.unavailable, "could not allocate a libpq connection")
        }
        guard PQstatus(connection) == CONNECTION_OK else {
            let message = ServerErrorMapping.message(of: connection)
            PQfinish(connection)
            configuration.logger.warning("PostgreSQL connection failed", metadata: ["reason": "\(message)"])
            throw DatabaseError(.unavailable, "could not connect: \(message)")
        }
        receivedFatalWhileIdle = false
        // Replaces libpq's default receiver, which prints notices to standard error.
        PQsetNoticeReceiver(connection, { context, notice in
            guard let context, let notice, let severity = PQresultErrorField(notice, Int32(UInt8(ascii: "V"))) else {
                return
            }
            if strcmp(severity, "FATAL") == 0 || strcmp(severity, "PANIC") == 0 {
                Unmanaged<LibPQConnection>.fromOpaque(context).takeUnretainedValue().receivedFatalWhileIdle = true
            }
        }, Unmanaged.passUnretained(self).toOpaque())
        handle = connection
        guard let setup = PQexec(connection, sessionSetup) else {
            let error = ServerErrorMapping.connectionLost(connection, sql: nil)
            disconnect()
            throw DatabaseError(.unavailable, error.diagnostics.message)
        }
        defer { PQclear(setup) }
        guard PQresultStatus(setup) == PGRES_COMMAND_OK else {
            let error = ServerErrorMapping.error(from: setup, sql: sessionSetup)
            disconnect()
            throw DatabaseError(
                kind: .unavailable, sqlState: error.sqlState, constraint: nil,
                diagnostics: .init(message: "session setup failed: \(error.diagnostics.message)", sql: sessionSetup))
        }
        configuration.logger.debug(
            "PostgreSQL connection established",
            metadata: ["host": "\(PQhost(connection).map { String(cString: $0) } ?? "")",
                       "database": "\(PQdb(connection).map { String(cString: $0) } ?? "")"])
    }

    /// Closes the connection (if any) and forgets its prepared statements.
    func disconnect() {
        if let handle {
            PQfinish(handle)
            self.handle = nil
        }
        statements.removeAll()
    }

    /// Checks, without blocking, whether an idle connection is still usable, and drops it
    /// if not: a server shutdown sends a FATAL message and closes the socket, which makes it
    /// readable while no statement is running.
    func dropIfDead() {
        guard let handle else { return }
        guard PQstatus(handle) == CONNECTION_OK else {
            reportLoss("connection was already broken")
            return
        }
        let socket = PQsocket(handle)
        guard socket >= 0 else {
            reportLoss("connection has no socket")
            return
        }
        // Read whatever arrived (a few rounds, so end-of-file right behind a message is seen).
        for _ in 0..<3 {
            var descriptor = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
            guard poll(&descriptor, 1, 0) > 0 else { break }
            if PQconsumeInput(handle) == 0 || PQstatus(handle) != CONNECTION_OK
                || descriptor.revents & Int16(POLLHUP | POLLERR) != 0
            {
                reportLoss("server closed the idle connection")
                return
            }
            while let notification = PQnotifies(handle) {
                PQfreemem(notification)
            }
        }
        if receivedFatalWhileIdle {
            reportLoss("server terminated the idle session")
        }
    }

    /// Rolls back a transaction left open outside a lease, so the next user of the
    /// connection does not inherit it; drops the connection if that fails.
    func resetTransactionIfNeeded() {
        guard let handle else { return }
        switch PQtransactionStatus(handle) {
        case PQTRANS_IDLE:
            return
        case PQTRANS_INTRANS, PQTRANS_INERROR:
            let result = PQexec(handle, "ROLLBACK")
            let succeeded = result.map { PQresultStatus($0) == PGRES_COMMAND_OK } ?? false
            if let result { PQclear(result) }
            if !succeeded { reportLoss("could not roll back an abandoned transaction") }
        default:
            reportLoss("connection is in an unknown transaction state")
        }
    }

    func reportLoss(_ reason: String) {
        configuration.logger.warning("PostgreSQL connection dropped", metadata: ["reason": "\(reason)"])
        disconnect()
    }
}
