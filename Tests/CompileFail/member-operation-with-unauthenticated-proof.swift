// expect: cannot convert value of type 'Unauthenticated.Evidence' to expected argument type 'Proof<Member>'
@testable import App
import Warrant

func memberOperationWithPublicRequest(_ request: Request<Unauthenticated>, store: any TodoStore) async {
    _ = try? await store.find(1, for: request.proof)
}
