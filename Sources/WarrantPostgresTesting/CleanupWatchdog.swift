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

    /// Starts the watchdog for the cluster in `dataDirectory`, whose temporary root is `root`.
    static func start(dataDirectory: String, root: String) throws {
        let null = open("/dev/null", O_WRONLY | O_CLOEXEC)
        guard null >= 0 else { throw TemporaryPostgresError.system("cannot open /dev/null: errno \(errno)") }
        defer { close(null) }
        let processID = try ChildProcess.spawn(
            "/bin/sh", ["-c", script, "warrant-postgres-watchdog", String(getpid()), dataDirectory, root], output: null)
        // Reaped when it ends (after a normal stop), so no zombie is left for the rest of the run.
        Thread {
            var status: Int32 = 0
            while waitpid(processID, &status, 0) == -1 && errno == EINTR {}
        }.start()
    }
}
