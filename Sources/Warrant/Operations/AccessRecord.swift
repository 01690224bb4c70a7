import Synchronization

/// What the route learns about a request that its access-log line reports: the subject, when logged.
///
/// The framework's middleware runs outside the route, which lifts the request; a task-local record is how
/// the subject travels back out. It exists only when the access log includes subjects.
final class AccessRecord: Sendable {
    private let storage = Mutex<String?>(nil)

    /// The record of the request being handled, if subjects are logged.
    @TaskLocal static var current: AccessRecord?

    /// The verified caller's subject id.
    var subject: String? {
        get { storage.withLock { $0 } }
        set { storage.withLock { $0 = newValue } }
    }
}
