// expect: cannot convert return expression of type '()' to return type 'Proof<Admin>'
@testable import App
import Warrant

func widenMemberToAdmin(_ proof: Proof<Member>) -> Proof<Admin> {
    proof.included()
}
