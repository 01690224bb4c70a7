import Foundation

/// Who the server programs run as. PostgreSQL refuses to run as root, so when this
/// process is root they run as the `postgres` user through `runuser`; otherwise as
/// the current user.
struct ServerUser: Sendable {
    /// `runuser`'s path when switching users, `nil` when running as the current user.
    let runuser: String?
    let userID: uid_t
    let groupID: gid_t

    static func current() throws -> ServerUser {
        guard geteuid() == 0 else {
            return ServerUser(runuser: nil, userID: geteuid(), groupID: getegid())
        }
        guard let entry = getpwnam("postgres") else {
            throw TemporaryPostgresError.cannotDropRoot("there is no \"postgres\" user")
        }
        let searchPath = ["/usr/sbin", "/sbin", "/usr/bin", "/bin"]
            + (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init)
        guard let runuser = searchPath.map({ $0 + "/runuser" }).first(where: FileManager.default.isExecutableFile) else {
            throw TemporaryPostgresError.cannotDropRoot("runuser (util-linux) was not found")
        }
        return ServerUser(runuser: runuser, userID: entry.pointee.pw_uid, groupID: entry.pointee.pw_gid)
    }

    /// Runs a server program as this user.
    @discardableResult
    func run(_ executable: String, _ arguments: [String], timeout: Duration) async throws -> String {
        if let runuser {
            return try await ProcessRunner.run(runuser, ["-u", "postgres", "--", executable] + arguments, timeout: timeout)
        }
        return try await ProcessRunner.run(executable, arguments, timeout: timeout)
    }

    /// Hands a directory to this user, so the server can write into it.
    func takeOwnership(of path: String) throws {
        guard runuser != nil else { return }
        guard chown(path, userID, groupID) == 0 else {
            throw TemporaryPostgresError.system("cannot chown \(path): errno \(errno)")
        }
    }
}
