// expect: cannot convert return expression of type 'Request<Authorized<Member>>' to return type 'Request<Authorized<Admin>>'
@testable import App
import Warrant

func widenRequest(_ request: Request<Authorized<Member>>) -> Request<Authorized<Admin>> {
    request
}
