// expect: cannot convert return expression of type '()' to return type 'Proof<ProbeLead>'
@testable import App
import Warrant

enum ProbeAuditor: Role {
    static let name = "probe-auditor"
}

enum ProbeLead: Role {
    static let name = "probe-lead"
    typealias Includes = Roles<Admin, ProbeAuditor>
}

func widenAuditorToLead(_ proof: Proof<ProbeAuditor>) -> Proof<ProbeLead> {
    proof.included()
}
