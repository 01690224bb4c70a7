import Synchronization

/// Request identifiers: a per-process random prefix and a counter, unique and cheap to make.
enum RequestIDGenerator {
    private static let prefix: String = {
        var generator = SystemRandomNumberGenerator()
        let value = generator.next() as UInt64
        return String(value & 0xFFFF_FFFF, radix: 36)
    }()

    private static let counter = Atomic<UInt64>(0)

    /// The next identifier, such as `3k1f9a-42`.
    static func next() -> String {
        let number = counter.add(1, ordering: .relaxed).newValue
        return prefix + "-" + String(number, radix: 36)
    }
}
