// expect: 'AccessLift' initializer is inaccessible due to 'internal' protection level
@testable import App
import Warrant

func liftByHand() throws -> Proof<Admin> {
    try Authorized<Admin>.lift(AccessLift())
}
