import Foundation

/// A small shell process that outlives this one just long enough to clean up after it.
///
/// `pg_ctl` detaches the server into its own session, so a test run that crashes or is
/// killed would otherwise leave it running. The watchdog ignores the usual termination
/// signals, polls every second, and as soon as this process is gone (or the cluster's
/// directory has been removed by a normal ``TemporaryPostgres/stop()``) it shuts the
/// server down immediately (`SIGQUIT`) and deletes the directory.
enum CleanupWatchdog {
    private static let script = """
        trap '' INT HUP TERM
        parent="$1"; data="$2"; root="$3"
        while kill -0 "$parent" 2>/dev/null && [ -d "$root" ]; do sleep 1; done
        if [ -f "$data/postmaster.pid" ]; then
            pid=$(head -n 1 "$data/postmaster.pid")
            kill -QUIT "$pid" 2>/dev/null
            tries=0
            while kill -0 "$pid" 2>/dev/null && [ "$tries" -lt 100 ]; do sleep 0.1; tries=$((tries + 1)); done
        fi
        rm -rf "$root"
        """

    static func start(dataDirectory: String, root: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script, "warrant-postgres-watchdog", String(getpid()), dataDirectory, root]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
    }
}
