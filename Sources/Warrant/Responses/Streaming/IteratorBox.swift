/// A source iterator handed to the child tasks that call `next()`.
///
/// Unchecked `Sendable`: the pump starts a `next()` only after the previous one has returned (it waits for
/// the task group to deliver it), so the iterator is never used by two tasks at once.
final class IteratorBox<Iterator: AsyncIteratorProtocol>: @unchecked Sendable where Iterator.Element: Sendable {
    private var iterator: Iterator

    init(_ iterator: Iterator) {
        self.iterator = iterator
    }

    func step() async -> PumpStep<Iterator.Element> {
        do {
            return .element(try await iterator.next())
        } catch {
            return .failure(error)
        }
    }
}
