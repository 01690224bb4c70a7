import Synchronization

/// Compiled `@Pattern` expressions, compiled once per pattern and shared by every request.
final class PatternCache: Sendable {
    /// The process-wide cache.
    static let shared = PatternCache()

    private let compiled = Mutex<[String: CompiledPattern]>([:])

    /// Whether `value` contains a match of `expression`; an expression that does not compile matches nothing.
    func matches(_ value: String, _ expression: String) -> Bool {
        guard let pattern = self.pattern(expression) else { return false }
        return pattern.matches(value)
    }

    /// Whether `expression` compiles; checked when routes are registered so a typo fails at start-up.
    func isValid(_ expression: String) -> Bool {
        pattern(expression) != nil
    }

    private func pattern(_ expression: String) -> CompiledPattern? {
        if let cached = compiled.withLock({ $0[expression] }) { return cached }
        guard let regex = try? Regex(expression) else { return nil }
        let pattern = CompiledPattern(regex: regex)
        compiled.withLock { $0[expression] = pattern }
        return pattern
    }
}

/// A compiled regular expression; `Regex` is immutable once built, so sharing it across threads is safe.
private struct CompiledPattern: @unchecked Sendable {
    let regex: Regex<AnyRegexOutput>

    func matches(_ value: String) -> Bool {
        value.contains(regex)
    }
}
