import Testing
import WarrantAudit
import WarrantJSON

/// The three report formats, checked for their structure rather than their exact text.
@Suite("Report formats")
struct OutputFormatTests {
    /// A report with a security change (acknowledged), a breaking one and an other one, and a stale entry.
    static func report() throws -> AuditReport {
        let security = try Corpus.changes("became-public/old.json", "became-public/new.json")
        let breaking = try Corpus.changes("removed-parameter/old.json", "removed-parameter/new.json")
        let other = try Corpus.changes("operation-id-renamed/old.json", "operation-id-renamed/new.json")
        let acknowledgements = [
            Acknowledgement(fingerprint: try #require(security.first).fingerprint, change: "now public", reason: "Reports are public | by design", reviewedBy: "ada"),
            Acknowledgement(fingerprint: "fedcba9876543210", reason: "old", reviewedBy: "bob"),
        ]
        return AuditReport(changes: security + breaking + other, acknowledgements: acknowledgements, old: "git:origin/main:docs/openapi.json", new: "docs/openapi.json")
    }

    @Test("table: the summary, a header with the columns, one row per change, who acknowledged what, warnings, the verdict")
    func table() throws {
        let report = try Self.report()
        let lines = report.table.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "git:origin/main:docs/openapi.json → docs/openapi.json: 1 security (1 acknowledged), 1 breaking, 1 other")
        let header = try #require(lines.first { $0.hasPrefix("KIND") })
        #expect(header.split(separator: " ", omittingEmptySubsequences: true) == ["KIND", "CODE", "OPERATION", "OPERATION", "ID", "FINGERPRINT", "ACK", "CHANGE"])
        let rows = lines.filter { $0.hasPrefix("security ") || $0.hasPrefix("breaking ") || $0.hasPrefix("other ") }
        #expect(rows.count == 3)
        #expect(rows[0].contains("security.became-public") && rows[0].contains("GET /reports") && rows[0].contains(" yes "))
        #expect(rows[1].contains("breaking.removed-parameter") && !rows[1].contains(" yes "))
        // Fixed width: every row's CODE column starts where the header's does.
        let codeColumn = try #require(header.range(of: "CODE")).lowerBound.utf16Offset(in: header)
        for row in rows { #expect(row.dropFirst(codeColumn).hasPrefix("security.") || row.dropFirst(codeColumn).hasPrefix("breaking.") || row.dropFirst(codeColumn).hasPrefix("other.")) }
        #expect(lines.contains { $0.contains("Reports are public | by design (ada)") })
        #expect(lines.contains { $0.hasPrefix("warning: acknowledgement fedcba9876543210 matches no change") })
        #expect(lines.contains("exit 2: unacknowledged breaking changes; a reviewer must acknowledge each one intended"))
    }

    @Test("markdown: a summary heading, a section and a table per kind, other changes folded, warnings, how to acknowledge")
    func markdown() throws {
        let markdown = try Self.report().markdown
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "### OpenAPI audit: 1 security (1 acknowledged), 1 breaking, 1 other")
        #expect(lines.contains("#### Security changes (1)"))
        #expect(lines.contains("#### Breaking changes (1)"))
        #expect(lines.contains("<details><summary>Other changes (1)</summary>"))
        #expect(lines.filter { $0 == "| | Operation | Change | Code | Fingerprint |" }.count == 3)
        let securityRow = try #require(lines.first { $0.contains("`security.became-public`") })
        #expect(securityRow.hasPrefix("| ✅ | `GET /reports` (`reportList`) |"))
        #expect(securityRow.contains("acknowledged by ada: Reports are public \\| by design"))
        // Five cells: six pipes once the escaped one in the reason is set aside.
        #expect(securityRow.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count == 6)
        let breakingRow = try #require(lines.first { $0.contains("`breaking.removed-parameter`") })
        #expect(breakingRow.hasPrefix("| ⚠️ |"))
        #expect(lines.contains("#### Warnings"))
        #expect(markdown.contains("add its fingerprint with a reason to `audit/acknowledged.json`"))
    }

    @Test("markdown of a clean diff says so, with no acknowledgement hint")
    func markdownClean() throws {
        let markdown = AuditReport(changes: [], old: "a", new: "b").markdown
        #expect(markdown.hasPrefix("### OpenAPI audit: no changes\n"))
        #expect(markdown.contains("**exit 0: no unacknowledged security or breaking change**"))
        #expect(!markdown.contains("audit/acknowledged.json"))
    }

    @Test("json: every field, parseable by the strict parser")
    func json() throws {
        let report = try Self.report()
        let value = try JSONParser.parse(report.json)
        #expect(value["old"]?.stringValue == "git:origin/main:docs/openapi.json")
        #expect(value["exitCode"]?.numberValue?.int == 2)
        #expect(value["counts"]?["security"]?["acknowledged"]?.numberValue?.int == 1)
        let changes = try #require(value["changes"]?.arrayValue)
        #expect(changes.count == 3)
        let first = try #require(changes.first)
        #expect(first["kind"]?.stringValue == "security")
        #expect(first["code"]?.stringValue == "security.became-public")
        #expect(first["operation"]?["method"]?.stringValue == "GET")
        #expect(first["operation"]?["path"]?.stringValue == "/reports")
        #expect(first["operation"]?["operationId"]?.stringValue == "reportList")
        #expect(first["pointer"]?.stringValue == "/paths/~1reports/get/security")
        #expect(first["fingerprint"]?.stringValue?.count == 16)
        #expect(first["message"]?.stringValue?.isEmpty == false)
        #expect(first["acknowledged"]?["reviewedBy"]?.stringValue == "ada")
        #expect(changes[1]["acknowledged"]?.isNull == true)
        #expect(value["staleAcknowledgements"]?[0]?["fingerprint"]?.stringValue == "fedcba9876543210")
        #expect(value["warnings"]?.arrayValue?.count == 1)
    }

    @Test("a document-level change has no operation")
    func documentLevel() throws {
        let changes = try Corpus.changes("bearer-format-changed/old.json", "bearer-format-changed/new.json")
        let report = AuditReport(changes: changes, old: "a", new: "b")
        #expect(try JSONParser.parse(report.json)["changes"]?[0]?["operation"]?.isNull == true)
        #expect(report.table.contains("(document)"))
        #expect(report.markdown.contains("| ⚠️ | (document) |"))
        #expect(changes.first?.message == "security scheme `bearerAuth` bearerFormat PASETO v4.public → JWT")
    }

    @Test("rendered(as:) picks the format")
    func rendered() throws {
        let report = try Self.report()
        #expect(report.rendered(as: .table) == report.table)
        #expect(report.rendered(as: .markdown) == report.markdown)
        #expect(report.rendered(as: .json) == report.json)
    }
}
