// expect: cannot convert value of type 'Request<Authorized<Member>>' to expected argument type 'Request<Authorized<Admin>>'
@testable import App
import Warrant

func adminHandlerWithMemberRequest(_ request: Request<Authorized<Member>>, routes: AdminRoutes, page: PageRequest) async {
    _ = try? await routes.allTodos(request, page: page)
}
