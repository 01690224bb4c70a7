import Synchronization

/// The number of body bytes written, readable after the writer counting them has been consumed by `finish`.
final class ByteCounter: Sendable {
    private let bytes = Atomic<Int>(0)

    /// The bytes counted so far.
    var count: Int { bytes.load(ordering: .relaxed) }

    /// Adds `count` bytes.
    func add(_ count: Int) {
        bytes.add(count, ordering: .relaxed)
    }
}
