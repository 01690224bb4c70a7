import Testing
import WarrantAudit
import WarrantJSON

/// The exit code a CI job gates on: 3 over 2 over 0, acknowledged changes aside.
@Suite("Exit codes")
struct ExitCodeTests {
    static func change(_ code: ChangeCode, _ path: String = "/x") -> SpecChange {
        SpecChange(code: code, operation: OperationReference(method: "get", path: path, operationID: "x"), pointer: JSONPointer(components: ["paths", path, "get"]), message: "m")
    }

    static func acknowledging(_ change: SpecChange) -> Acknowledgement {
        Acknowledgement(fingerprint: change.fingerprint, reason: "intended", reviewedBy: "ada")
    }

    @Test("no change, or only other changes: 0")
    func clean() {
        #expect(AuditReport(changes: [], old: "a", new: "b").exitCode == .clean)
        #expect(AuditReport(changes: [Self.change(.newOperation), Self.change(.descriptionChanged)], old: "a", new: "b").exitCode == .clean)
    }

    @Test("breaking changes only: 2")
    func breaking() {
        #expect(AuditReport(changes: [Self.change(.removedParameter), Self.change(.newOperation)], old: "a", new: "b").exitCode == .breaking)
    }

    @Test("any security change: 3, over breaking ones")
    func security() {
        #expect(AuditReport(changes: [Self.change(.removedParameter), Self.change(.becamePublic, "/y")], old: "a", new: "b").exitCode == .security)
    }

    @Test("acknowledged changes do not count: security acknowledged leaves 2, everything acknowledged leaves 0")
    func acknowledged() {
        let security = Self.change(.becamePublic, "/y")
        let breaking = Self.change(.removedParameter)
        #expect(AuditReport(changes: [security, breaking], acknowledgements: [Self.acknowledging(security)], old: "a", new: "b").exitCode == .breaking)
        #expect(AuditReport(changes: [security, breaking], acknowledgements: [Self.acknowledging(security), Self.acknowledging(breaking)], old: "a", new: "b").exitCode == .clean)
    }

    @Test("the codes are the documented numbers")
    func numbers() {
        #expect(AuditExitCode.allCases.map(\.rawValue) == [0, 1, 2, 3])
    }

    @Test("every code's kind is its prefix, and codes are unique")
    func codes() {
        for code in ChangeCode.allCases {
            #expect(code.rawValue.hasPrefix(code.kind.rawValue + "."))
        }
        #expect(Set(ChangeCode.allCases.map(\.rawValue)).count == ChangeCode.allCases.count)
    }
}
