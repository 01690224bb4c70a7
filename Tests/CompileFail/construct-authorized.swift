// expect: 'Authorized<Admin>' cannot be constructed because it has no accessible initializers
@testable import App
import Warrant

func constructAuthorized() -> Authorized<Admin> {
    Authorized<Admin>()
}
