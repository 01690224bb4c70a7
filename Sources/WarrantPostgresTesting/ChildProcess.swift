import Foundation

/// Starts a command as a child process that inherits nothing but its three standard streams.
///
/// A test process holds many descriptors: client sockets, a server's connections, files. A child that
/// inherits one keeps it open after the test closes it, so the peer never sees the close: `pg_ctl` leaves a
/// PostgreSQL server running for the whole suite, and a socket it inherited would stay half-open until the
/// suite ends, making every "the server notices the client left" check fail at random. Foundation's
/// `Process` passes every descriptor on, so this closes all but 0, 1 and 2 in the child.
enum ChildProcess {
    /// Spawns `executable` with standard input from `/dev/null` and both output streams into `output`.
    static func spawn(_ executable: String, _ arguments: [String], output: Int32) throws -> pid_t {
        #if canImport(Darwin)
        var actions: posix_spawn_file_actions_t?
        var attributes: posix_spawnattr_t?
        #else
        var actions = posix_spawn_file_actions_t()
        var attributes = posix_spawnattr_t()
        #endif
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, output, 1)
        posix_spawn_file_actions_adddup2(&actions, output, 2)
        try closeOthers(&actions, &attributes)

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let environment = ProcessInfo.processInfo.environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + environment).forEach { free($0) } }
        var processID: pid_t = 0
        let result = argv.withUnsafeBufferPointer { argumentBuffer -> Int32 in
            environment.withUnsafeBufferPointer { environmentBuffer -> Int32 in
                guard let arguments = argumentBuffer.baseAddress, let variables = environmentBuffer.baseAddress else {
                    return EINVAL
                }
                return posix_spawn(&processID, executable, &actions, &attributes, arguments, variables)
            }
        }
        guard result == 0 else {
            throw TemporaryPostgresError.system("cannot run \(executable): error \(result)")
        }
        return processID
    }

    #if canImport(Darwin)
    /// Darwin: every descriptor not named by a file action is closed.
    private static func closeOthers(_ actions: inout posix_spawn_file_actions_t?, _ attributes: inout posix_spawnattr_t?) throws {
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_CLOEXEC_DEFAULT))
    }
    #else
    /// The C signature of glibc's `posix_spawn_file_actions_addclosefrom_np` (glibc 2.34), which Swift's
    /// Glibc module does not export, so it is looked up by name.
    private typealias AddCloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32

    /// glibc: a file action closes every descriptor from 3 up, after the standard streams are set.
    private static func closeOthers(_ actions: inout posix_spawn_file_actions_t, _ attributes: inout posix_spawnattr_t) throws {
        guard let symbol = dlsym(nil, "posix_spawn_file_actions_addclosefrom_np") else {
            throw TemporaryPostgresError.system("this C library cannot close a child's inherited descriptors (glibc 2.34 or later can)")
        }
        let addCloseFrom = unsafeBitCast(symbol, to: AddCloseFrom.self)
        let result = addCloseFrom(&actions, 3)
        guard result == 0 else { throw TemporaryPostgresError.system("cannot close a child's inherited descriptors: error \(result)") }
    }
    #endif
}
