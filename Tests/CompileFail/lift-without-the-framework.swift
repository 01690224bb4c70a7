// expect: 'AccessLift' initializer is inaccessible due to 'internal' protection level
@testable import App
import Warrant

func liftByHand() async throws -> Proof<Admin> {
    try await Authorized<Admin>.lift(AccessLift())
}
