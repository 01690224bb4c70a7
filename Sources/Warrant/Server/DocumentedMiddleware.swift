public import Hummingbird

/// Application middleware that may answer on its own, and says with which problems.
///
/// Middleware in ``API/middleware`` runs before every route, so whatever it may answer (a 403 from a
/// tenant policy, a 429 from a quota) is a possible answer of every operation. Conform to list those
/// answers: the OpenAPI document adds them to each operation, as it does ``API/commonProblems``, and the
/// test client's contract check then accepts them.
public protocol DocumentedMiddleware: RouterMiddleware where Context == WarrantContext {
    /// The problems this middleware may answer instead of the route.
    var problems: [ProblemCase] { get }
}

extension API {
    /// The problems every operation may answer: the common ones, then each documented middleware's.
    var everyOperationsProblems: [ProblemCase] {
        commonProblems + middleware.flatMap { ($0 as? any DocumentedMiddleware)?.problems ?? [] }
    }
}
