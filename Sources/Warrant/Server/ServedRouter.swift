import HTTPTypes
import Hummingbird

/// The router the API's routes are added to, remembering each path and method it serves, so a request for
/// a known path with another method can be answered 405 with `Allow` instead of 404.
final class ServedRouter: RouterMethods {
    typealias Context = WarrantContext

    /// The router that answers.
    let router: Router<WarrantContext>
    /// Every path (in the router's syntax) and method added, in order.
    private(set) var served: [(path: String, method: HTTPRequest.Method)] = []

    /// A router that also answers `HEAD` for every `GET` route (the `GET` response without its body).
    init() {
        router = Router(context: WarrantContext.self, options: .autoGenerateHeadEndpoints)
    }

    @discardableResult func on<Responder: HTTPResponder>(
        _ path: RouterPath,
        method: HTTPRequest.Method,
        responder: Responder
    ) -> Self where Responder.Context == WarrantContext {
        served.append((path.description, method))
        router.on(path, method: method, responder: responder)
        return self
    }

    @discardableResult func add(middleware: any MiddlewareProtocol<HummingbirdCore.Request, Response, WarrantContext>) -> Self {
        router.add(middleware: middleware)
        return self
    }

    /// Adds a middleware of the application's (the existential is opened here, where its type is known).
    func add<Middleware: RouterMiddleware>(applicationMiddleware: Middleware) where Middleware.Context == WarrantContext {
        router.add(middleware: applicationMiddleware)
    }
}
