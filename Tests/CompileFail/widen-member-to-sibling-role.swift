// expect: cannot convert return expression of type 'Proof<Admin>' to return type 'Proof<ProbeAuditor>'
@testable import App
import Warrant

enum ProbeAuditor: Role {
    static let name = "probe-auditor"
}

enum ProbeLead: Role {
    static let name = "probe-lead"
    typealias Includes = Roles<Admin, ProbeAuditor>
}

func widenAdminToSibling(_ proof: Proof<ProbeLead>) -> Proof<ProbeAuditor> {
    let (admin, _) = proof.included()
    return admin
}
