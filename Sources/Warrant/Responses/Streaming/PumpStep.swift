/// What the keep-alive pump waits for: the source's next element (or its end, or its failure), the
/// keep-alive timer, or a graceful shutdown.
enum PumpStep<Element: Sendable>: Sendable {
    case element(Element?)
    case failure(any Error)
    case tick
    case shutdown
}
