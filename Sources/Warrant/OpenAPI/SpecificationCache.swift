import Synchronization

/// The served specification, built once: at start-up, or on the first request that needs it.
///
/// Building the document costs tens of milliseconds and several megabytes; on AWS Lambda that is paid on
/// every cold start, so the Lambda runtime builds it only when `/openapi.json` or the docs are asked for.
final class SpecificationCache: Sendable {
    private let build: @Sendable () throws -> ServedSpecification
    private let built = Mutex<ServedSpecification?>(nil)

    init(build: @escaping @Sendable () throws -> ServedSpecification) {
        self.build = build
    }

    /// The specification, building it on first use.
    func value() throws -> ServedSpecification {
        if let existing = built.withLock({ $0 }) { return existing }
        let specification = try build()
        built.withLock { $0 = specification }
        return specification
    }
}

/// When ``API/makeResponder(specification:)`` builds the OpenAPI document.
public enum SpecificationTiming: Sendable {
    /// At start-up, so inconsistent declarations stop the server before it accepts a request.
    case atStartup
    /// On the first request for the document or the docs pages (for fast cold starts).
    case onFirstUse
}
