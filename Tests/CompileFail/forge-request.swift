// expect: 'Request<Access>' initializer is inaccessible due to 'internal' protection level
@testable import App
import Warrant

func forgeRequest() -> Request<Authorized<Admin>> {
    Request<Authorized<Admin>>()
}
