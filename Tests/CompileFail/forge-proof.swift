// expect: 'Proof<R>' initializer is inaccessible due to 'internal' protection level
@testable import App
import Warrant

func forgeProof() -> Proof<Admin> {
    Proof<Admin>()
}
