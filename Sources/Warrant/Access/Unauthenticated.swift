/// The access state of a public route: nothing is proven about the caller.
///
/// Writing `Request<Unauthenticated>` is how a handler says "anyone may call this"; the operation
/// then declares `security: []` in the OpenAPI document.
public enum Unauthenticated: AccessState, FrameworkAccessState {
    /// The empty evidence of a public request.
    public struct Evidence: Sendable {
        init() {}
    }

    static var requirement: AccessRequirement { .none }

    /// Always succeeds.
    public static func lift(_ lift: AccessLift) async throws(Problem) -> Evidence { Evidence() }
}
