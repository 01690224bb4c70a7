import Foundation
import Synchronization
import WarrantPostgres

/// A throwaway PostgreSQL cluster for tests: initialised once in a temporary directory,
/// listening only on 127.0.0.1 at a free port, with durability switched off for speed.
///
/// ```swift
/// let postgres = try await TemporaryPostgres.start()
/// let url = try await postgres.createDatabase(named: "orders_test")
/// let pool = PostgresPool(configuration: .init(connectionString: url))
/// …
/// await pool.close()
/// try await postgres.stop()
/// ```
///
/// The server runs as the current user, or as `postgres` when the current user is root
/// (PostgreSQL refuses root). Its Unix socket also lives in the temporary directory.
/// If this process dies without calling ``stop()``, a watchdog process shuts the server
/// down and deletes the directory within about a second, so no server is left behind.
///
/// Call the lifecycle methods (``stop()``, ``restart(whileStopped:)``) from one task at a time.
public final class TemporaryPostgres: Sendable {
    /// The TCP port the server listens on, on 127.0.0.1.
    public let port: Int
    /// The temporary directory holding the cluster, its socket and its log.
    public let directory: String
    private let binaries: PostgresBinaries
    private let user: ServerUser
    private let admin: PostgresPool
    private let running = Mutex(true)

    /// `postgresql://postgres@127.0.0.1:PORT/postgres`, the cluster's default database.
    public var url: String { url(database: "postgres") }

    private var dataDirectory: String { directory + "/data" }
    private var logFile: String { directory + "/server.log" }

    private init(port: Int, directory: String, binaries: PostgresBinaries, user: ServerUser) {
        self.port = port
        self.directory = directory
        self.binaries = binaries
        self.user = user
        self.admin = PostgresPool(configuration: PostgresConfiguration(
            connectionString: "postgresql://postgres@127.0.0.1:\(port)/postgres",
            poolSize: 1,
            acquireTimeout: .seconds(60)))
    }

    /// Creates a cluster with `initdb` and starts it; throws a clear
    /// ``TemporaryPostgresError`` when the PostgreSQL binaries are missing or a step fails.
    public static func start() async throws -> TemporaryPostgres {
        let binaries = try await PostgresBinaries.locate()
        let user = try ServerUser.current()
        let directory = try makeTemporaryDirectory()
        do {
            try user.takeOwnership(of: directory)
            try await user.run(
                binaries.initdb,
                ["-D", directory + "/data", "-U", "postgres", "--auth=trust", "--encoding=UTF8",
                 "--locale=C", "--no-sync", "--no-instructions"],
                timeout: .seconds(120))
            try writeSettings(dataDirectory: directory + "/data", socketDirectory: directory)
            try CleanupWatchdog.start(dataDirectory: directory + "/data", root: directory)
        } catch {
            try? FileManager.default.removeItem(atPath: directory)
            throw error
        }

        // The free port could be taken between finding it and the server binding it; retry.
        var lastError: (any Error)?
        for _ in 0..<3 {
            let port = try FreePort.find()
            let postgres = TemporaryPostgres(port: port, directory: directory, binaries: binaries, user: user)
            do {
                try await postgres.startServer()
                return postgres
            } catch {
                lastError = error
                await postgres.admin.close()
            }
        }
        try? FileManager.default.removeItem(atPath: directory)
        throw lastError ?? TemporaryPostgresError.notRunning
    }

    /// The URL of a database in this cluster.
    public func url(database: String) -> String {
        "postgresql://postgres@127.0.0.1:\(port)/\(database)"
    }

    /// Creates an empty database and returns its URL.
    /// - Parameter name: lower-case letters, digits and underscores, starting with a letter
    ///   or underscore, at most 63 characters.
    public func createDatabase(named name: String) async throws -> String {
        try await createDatabase(named: name, locale: nil)
    }

    /// Creates an empty database named `name` whose collation and character classes are `locale` (such as
    /// `C.utf8`, where `lower()` folds beyond ASCII), or the cluster's `C` when `nil`; returns its URL.
    public func createDatabase(named name: String, locale: String?) async throws -> String {
        guard Self.isPlainIdentifier(name) else { throw TemporaryPostgresError.invalidDatabaseName(name) }
        guard let locale else {
            // The name was checked to be a plain identifier, so quoting it is enough.
            try await admin.runScript(.unsafeRaw("CREATE DATABASE \"\(name)\""))
            return url(database: name)
        }
        guard locale.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "." || $0 == "_" || $0 == "-" }) else {
            throw TemporaryPostgresError.invalidDatabaseName(locale)
        }
        // Both were checked to be plain names, so quoting them is enough.
        try await admin.runScript(.unsafeRaw("CREATE DATABASE \"\(name)\" TEMPLATE template0 LC_COLLATE '\(locale)' LC_CTYPE '\(locale)'"))
        return url(database: name)
    }

    /// Creates an empty database with a fresh unique name and returns its URL.
    public func createDatabase() async throws -> String {
        try await createDatabase(named: Self.uniqueName())
    }

    /// Creates a database as a copy of `template` (which must have no open connections) and returns its URL.
    ///
    /// Copying files is much faster than replaying migrations: this is how each test gets its own
    /// migrated database.
    public func cloneDatabase(from template: String, named name: String? = nil) async throws -> String {
        let name = name ?? Self.uniqueName()
        guard Self.isPlainIdentifier(name) else { throw TemporaryPostgresError.invalidDatabaseName(name) }
        guard Self.isPlainIdentifier(template) else { throw TemporaryPostgresError.invalidDatabaseName(template) }
        // Both names were checked to be plain identifiers, so quoting them is enough.
        try await admin.runScript(.unsafeRaw("CREATE DATABASE \"\(name)\" TEMPLATE \"\(template)\" STRATEGY FILE_COPY"))
        return url(database: name)
    }

    /// A fresh database name.
    private static func uniqueName() -> String {
        let suffix = UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        return "test_" + suffix.prefix(24)
    }

    /// Stops the server (fast shutdown: open sessions are terminated) and deletes the
    /// cluster's directory. The instance cannot be used afterwards.
    public func stop() async throws {
        await admin.close()
        let wasRunning = running.withLock { state in
            defer { state = false }
            return state
        }
        if wasRunning {
            try? await stopServer()
        }
        try FileManager.default.removeItem(atPath: directory)
    }

    /// Stops the server, runs `whileStopped` (e.g. to observe failing queries), and starts
    /// it again on the same port with the same data. `whileStopped`'s error is rethrown
    /// after the server is back up.
    public func restart(whileStopped: () async throws -> Void = {}) async throws {
        try await stopServer()
        var failure: (any Error)?
        do {
            try await whileStopped()
        } catch {
            failure = error
        }
        try await startServer()
        if let failure { throw failure }
    }

    private func startServer() async throws {
        do {
            try await user.run(
                binaries.pgCtl,
                ["start", "-D", dataDirectory, "-l", logFile, "-w", "-t", "60", "-s", "-o", "-p \(port)"],
                timeout: .seconds(90))
        } catch TemporaryPostgresError.commandFailed(let command, let status, let output) {
            throw TemporaryPostgresError.commandFailed(
                command: command, status: status, output: output + "\nserver log:\n" + logTail())
        }
        running.withLock { $0 = true }
    }

    private func stopServer() async throws {
        running.withLock { $0 = false }
        try await user.run(
            binaries.pgCtl, ["stop", "-D", dataDirectory, "-m", "fast", "-w", "-t", "60", "-s"],
            timeout: .seconds(90))
    }

    private func logTail() -> String {
        let text = (try? String(contentsOfFile: logFile, encoding: .utf8)) ?? "(no log)"
        return text.split(separator: "\n", omittingEmptySubsequences: false).suffix(20).joined(separator: "\n")
    }

    private static func makeTemporaryDirectory() throws -> String {
        let base = FileManager.default.temporaryDirectory.path
        var template = Array((base + "/warrant-pg-XXXXXX").utf8CString)
        guard let created = mkdtemp(&template) else {
            throw TemporaryPostgresError.system("mkdtemp failed in \(base): errno \(errno)")
        }
        return String(cString: created)
    }

    /// Settings written into `postgresql.conf`, so that restarts keep them. The server
    /// listens on loopback only and keeps its socket in the temporary directory; fsync
    /// and friends are off because the data is thrown away anyway.
    private static func writeSettings(dataDirectory: String, socketDirectory: String) throws {
        let settings = """

            # Added by WarrantPostgresTesting.TemporaryPostgres
            listen_addresses = '127.0.0.1'
            unix_socket_directories = '\(socketDirectory.replacingOccurrences(of: "'", with: "''"))'
            fsync = off
            synchronous_commit = off
            full_page_writes = off
            max_connections = 300
            log_min_messages = warning

            """
        let path = dataDirectory + "/postgresql.conf"
        guard let handle = FileHandle(forWritingAtPath: path) else {
            throw TemporaryPostgresError.system("cannot open \(path)")
        }
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(settings.utf8))
    }

    private static func isPlainIdentifier(_ name: String) -> Bool {
        guard let first = name.utf8.first, name.utf8.count <= 63, first == UInt8(ascii: "_") || (97...122).contains(first) else {
            return false
        }
        return name.utf8.allSatisfy { $0 == UInt8(ascii: "_") || (97...122).contains($0) || (48...57).contains($0) }
    }
}
