// expect: type 'Roles<Admin>' does not conform to protocol 'Role'
@testable import App
import Warrant

func proofOfAList(_ proof: Proof<Roles<Admin>>) -> Proof<Admin> {
    proof.included()
}
