// expect: 'Proof<R>' initializer is inaccessible due to 'internal' protection level
@testable import App
import Warrant

func forgeProof(from request: Request<Authenticated>) -> Proof<Admin> {
    Proof<Admin>(request.proof)
}
