import Testing
import WarrantAudit
import WarrantJSON

/// Fingerprints: the documented recipe, stable when only words change.
@Suite("Fingerprints")
struct FingerprintTests {
    @Test("sha256(code, method and path, pointer), first 16 hex digits")
    func recipe() {
        // printf 'security.became-public\nGET /reports\n/paths/~1reports/get/security' | sha256sum
        let change = SpecChange(
            code: .becamePublic, operation: OperationReference(method: "get", path: "/reports", operationID: "reportList"),
            pointer: JSONPointer(components: ["paths", "/reports", "get", "security"]), message: "anything"
        )
        #expect(change.fingerprint == "1e2414382f79c9d8")
        // printf 'security.scheme-changed\n\n/components/securitySchemes/bearerAuth/bearerFormat' | sha256sum
        let document = SpecChange(code: .schemeChanged, operation: nil, pointer: JSONPointer(components: ["components", "securitySchemes", "bearerAuth", "bearerFormat"]), message: "x")
        #expect(document.fingerprint == "bf058e8a4b3024e2")
    }

    @Test("neither the message, the values nor the operationId change a fingerprint")
    func stable() {
        let pointer = JSONPointer(components: ["paths", "/x", "get"])
        let one = SpecChange(code: .removedOperation, operation: OperationReference(method: "GET", path: "/x", operationID: "a"), pointer: pointer, message: "one", before: "1")
        let two = SpecChange(code: .removedOperation, operation: OperationReference(method: "get", path: "/x", operationID: "b"), pointer: pointer, message: "two", after: "2")
        #expect(one.fingerprint == two.fingerprint)
        let elsewhere = SpecChange(code: .removedOperation, operation: OperationReference(method: "POST", path: "/x", operationID: "a"), pointer: pointer, message: "one")
        #expect(one.fingerprint != elsewhere.fingerprint)
    }

    @Test("a reworded description in the spec keeps the other changes' fingerprints")
    func rewordedSpec() throws {
        let old = try Corpus.document("became-public/old.json")
        let new = try Corpus.document("became-public/new.json")
        var root = new.root
        guard case .object(var paths)? = root["paths"], case .object(var item)? = paths["/reports"], case .object(var operation)? = item["get"] else {
            Issue.record("the corpus document has no GET /reports")
            return
        }
        operation["description"] = .string("Reworded: every report, for anyone.")
        item["get"] = .object(operation)
        paths["/reports"] = .object(item)
        root["paths"] = .object(paths)
        let plain = SpecDiff.changes(from: old, to: new)
        let reworded = SpecDiff.changes(from: old, to: SpecDocument(root: root, origin: "reworded"))
        #expect(reworded.map(\.code) == [.becamePublic, .descriptionChanged])
        #expect(reworded.first?.fingerprint == plain.first?.fingerprint)
    }
}
