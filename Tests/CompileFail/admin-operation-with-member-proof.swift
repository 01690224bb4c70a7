// expect: cannot convert value of type 'Authorized<Member>.Evidence' (aka 'Proof<Member>') to expected argument type 'Proof<Admin>'
@testable import App
import Warrant

func adminOperationWithMemberProof(_ request: Request<Authorized<Member>>, store: any TodoStore, page: PageRequest) async {
    _ = try? await store.all(by: request.proof, page: page)
}
