import Synchronization

/// What the route learns about a request that the access log and metrics report: the subject, and whether
/// the body is streamed (then the request is recorded when the stream ends, not when the head is ready).
///
/// The framework's middleware runs outside the route, which lifts the request; a task-local record is how
/// these travel back out. It exists while anything is recorded.
final class AccessRecord: Sendable {
    private let storage = Mutex<String?>(nil)
    private let streamedBody = Atomic<Bool>(false)

    /// The record of the request being handled, if anything is recorded.
    @TaskLocal static var current: AccessRecord?

    /// The verified caller's subject id.
    var subject: String? {
        get { storage.withLock { $0 } }
        set { storage.withLock { $0 = newValue } }
    }

    /// Whether the answer's body is a stream.
    var streamed: Bool { streamedBody.load(ordering: .relaxed) }

    /// Notes that the answer's body is a stream.
    func markStreamed() {
        streamedBody.store(true, ordering: .relaxed)
    }
}
