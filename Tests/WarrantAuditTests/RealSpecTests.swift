import Foundation
import Testing
import WarrantAudit
import WarrantJSON

/// The audit on the template's own committed spec, docs/openapi.json: what `make openapi` writes.
@Suite("The audit on the real spec")
struct RealSpecTests {
    /// docs/openapi.json, read from the repository this file is in.
    static func snapshot() throws -> (bytes: [UInt8], document: SpecDocument) {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../docs/openapi.json").standardizedFileURL
        let bytes = Array(try Data(contentsOf: url))
        return (bytes, try SpecDocument(parsing: bytes, origin: "docs/openapi.json"))
    }

    @Test("the snapshot compared with itself has no change")
    func identity() throws {
        let (_, document) = try Self.snapshot()
        #expect(SpecDiff.changes(from: document, to: document).isEmpty)
    }

    @Test("one edit — GET /admin/todos made public — is exactly one security change, with a pointer to its security")
    func oneEdit() throws {
        let (_, document) = try Self.snapshot()
        var root = document.root
        guard case .object(var paths)? = root["paths"], case .object(var item)? = paths["/admin/todos"], case .object(var operation)? = item["get"] else {
            Issue.record("docs/openapi.json has no GET /admin/todos")
            return
        }
        operation["security"] = .array([])
        operation["x-admitted-roles"] = nil
        item["get"] = .object(operation)
        paths["/admin/todos"] = .object(item)
        root["paths"] = .object(paths)
        let edited = SpecDocument(root: root, origin: "edited")
        let changes = SpecDiff.changes(from: document, to: edited)
        #expect(changes.map(\.code) == [.becamePublic])
        #expect(changes.first?.operation?.label == "GET /admin/todos")
        #expect(changes.first?.operation?.operationID == "adminAllTodos")
        #expect(changes.first?.pointer.description == "/paths/~1admin~1todos/get/security")
        let report = AuditReport(changes: changes, old: "docs/openapi.json", new: "edited")
        #expect(report.exitCode == .security)
    }

    @Test("the snapshot as YAML reads as the same document")
    func yamlTwin() throws {
        let (bytes, document) = try Self.snapshot()
        // The JSON document is valid YAML too, but JSON is read by the strict parser: make it YAML first.
        let yaml = "# the snapshot, as YAML flow style\n" + String(decoding: bytes, as: UTF8.self)
        let twin = try SpecDocument(parsing: Array(yaml.utf8), origin: "docs/openapi.yaml")
        #expect(SpecDiff.changes(from: document, to: twin).isEmpty)
    }
}
