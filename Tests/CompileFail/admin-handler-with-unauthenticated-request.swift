// expect: cannot convert value of type 'Request<Unauthenticated>' to expected argument type 'Request<Authorized<Admin>>'
@testable import App
import Warrant

func adminHandlerWithPublicRequest(_ request: Request<Unauthenticated>, routes: AdminRoutes, page: PageRequest) async {
    _ = try? await routes.allTodos(request, page: page)
}
