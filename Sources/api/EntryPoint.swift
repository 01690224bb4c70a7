#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch

/// The executable's entry point: runs ``APICommand`` on Swift's global executor while the main thread waits.
///
/// An `async` `@main` would end the main thread with `dispatch_main()`, whose `pthread_exit` unwinds it:
/// glibc loads `libgcc_s` and the unwinder reads the binary's unwind tables — memory and time every Lambda
/// cold start pays for nothing. A thread waiting on a semaphore costs neither.
@main
enum EntryPoint {
    /// Parses the command line and runs the chosen command; exits with its status.
    static func main() {
        // The main thread takes the process's signals, as `dispatch_main`'s signal thread did: the threads
        // Swift's executor and NIO start block them all, and a parent may start us with them blocked (exec
        // keeps the mask; Foundation's `Process` does), so SIGTERM would otherwise stay pending forever.
        var signals = sigset_t()
        sigfillset(&signals)
        pthread_sigmask(SIG_UNBLOCK, &signals, nil)
        let finished = DispatchSemaphore(value: 0)
        // Detached: `main` is on the main actor, whose queue nobody drains while this thread waits.
        Task.detached {
            await APICommand.main()
            finished.signal()
        }
        finished.wait()
    }
}
