import Foundation
import Testing
import Warrant
import WarrantJSON

/// The security report's other formats and views: the roles table, Markdown, JSON and one role's view.
@Suite("Security report formats and the per-role view")
struct SecurityReportFormatTests {
    private func latticeReport() throws -> SecurityReport {
        let fixture = try SecurityFixture()
        let gate = AccessGate(verifier: fixture.verifier(), roles: [], passwordLoginURL: "/auth/token")
        return try API(info: APIInfo(title: "Lattice", version: "1"), gate: gate) { $0.include(LatticeRoutes()) }.securityReport()
    }

    @Test("the report carries the role graph: what each role includes and who includes it")
    func roles() throws {
        let report = try latticeReport()
        #expect(report.roles.map(\.name) == ["admin", "auditor", "lead", "member"])
        let table = report.roleTable.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ") }
        #expect(table.first == "ROLE INCLUDES INCLUDED BY SUMMARY")
        #expect(table.contains("admin member, auditor lead The admin role."))
        #expect(table.contains("auditor admin, lead Read every record."))
        #expect(table.contains("lead admin The lead role."))
        #expect(table.contains("member admin, lead The member role."))
    }

    @Test("the table format is today's operations table, then the roles table")
    func tableFormat() throws {
        let report = try SecurityFixture().api().securityReport()
        let text = report.rendered(as: .table)
        #expect(text.hasPrefix(report.description))
        #expect(text == report.description + "\n" + report.roleTable)
        #expect(report.description.hasPrefix("METHOD  PATH     OPERATION      ACCESS                    CREDENTIALS  ADMITTED\n"))
    }

    @Test("markdown: an operations table with the same columns, and a roles table")
    func markdown() throws {
        let markdown = try latticeReport().markdown
        let lines = markdown.split(separator: "\n").map(String.init)
        #expect(lines.contains("## Operations"))
        #expect(lines.contains("| Method | Path | Operation | Access | Credentials | Admitted |"))
        #expect(lines.contains("| GET | `/member` | `latticeMember` | role: member | paseto | `admin`, `lead`, `member` |"))
        #expect(lines.contains("## Roles"))
        #expect(lines.contains("| Role | Includes | Included by | Summary |"))
        #expect(lines.contains { $0.hasPrefix("| `admin` | `member`, `auditor` | `lead` |") })
        #expect(lines.contains { $0.hasPrefix("| `lead` | `admin` | — |") })
    }

    @Test("json: every operation with its requirement, credentials and admitted roles; every role with its inclusions")
    func json() throws {
        let value = try JSONParser.parse(SecurityFixture().api().securityReport().json)
        let operations = try #require(value["operations"]?.arrayValue)
        #expect(operations.map { $0["path"]?.stringValue } == ["/admin", "/me", "/member", "/open"])
        #expect(operations.map { $0["requirement"]?.stringValue } == ["role", "authenticated", "role", "public"])
        #expect(operations[0]["role"]?.stringValue == "admin")
        #expect(operations[1]["role"]?.isNull == true)
        #expect(operations[2]["admittedRoles"] == .array([.string("admin"), .string("member")]))
        #expect(operations[2]["credentials"] == .array([.string("paseto")]))
        #expect(operations[3]["credentials"] == .array([]))
        #expect(operations[0]["operationId"]?.stringValue == "securedAdmin")
        #expect(operations[0]["access"]?.stringValue == "role: admin")
        let roles = try #require(value["roles"]?.arrayValue)
        #expect(roles.map { $0["name"]?.stringValue } == ["admin", "member"])
        #expect(roles[0]["includes"] == .array([.string("member")]))
        #expect(roles[1]["includedBy"] == .array([.string("admin")]))
        #expect(roles[1]["admittedBy"] == .array([.string("admin"), .string("member")]))
    }

    @Test("a role's view: operations that admit it, any-authenticated and public ones may be called; the rest may not")
    func roleView() throws {
        let report = try SecurityFixture().api().securityReport()
        let member = try #require(RoleView(report: report, role: "member"))
        #expect(member.allowed.map(\.path) == ["/me", "/member", "/open"])
        #expect(member.denied.map(\.path) == ["/admin"])
        let admin = try #require(RoleView(report: report, role: "admin"))
        #expect(admin.allowed.map(\.path) == ["/admin", "/me", "/member", "/open"])
        #expect(admin.denied.isEmpty)
        #expect(RoleView(report: report, role: "wizard") == nil)
        let lines = member.description.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ") }
        #expect(lines.contains("MAY METHOD PATH OPERATION ACCESS CREDENTIALS"))
        #expect(lines.contains("yes GET /member securedMember role: member paseto"))
        #expect(lines.contains("yes GET /open securedOpen public"))
        #expect(lines.contains("no GET /admin securedAdmin role: admin paseto"))
        #expect(lines.first == "role member: The member role.")
    }

    @Test("a role's view through the lattice: an auditor may call /auditor only; a lead everything")
    func latticeView() throws {
        let report = try latticeReport()
        #expect(RoleView(report: report, role: "auditor")?.allowed.map(\.path) == ["/auditor"])
        #expect(RoleView(report: report, role: "lead")?.allowed.map(\.path) == ["/admin", "/auditor", "/lead", "/member"])
        #expect(RoleView(report: report, role: "member")?.denied.map(\.path) == ["/admin", "/auditor", "/lead"])
    }

    @Test("a role's view as Markdown and JSON")
    func roleViewFormats() throws {
        let view = try #require(RoleView(report: latticeReport(), role: "auditor"))
        let markdown = view.rendered(as: .markdown)
        #expect(markdown.hasPrefix("## Role `auditor`\n"))
        #expect(markdown.contains("Included by: `admin`, `lead`."))
        #expect(markdown.contains("### May call (1)"))
        #expect(markdown.contains("### May not call (3)"))
        #expect(markdown.contains("| GET | `/auditor` | `latticeAuditor` | role: auditor | paseto |"))
        let value = try JSONParser.parse(view.rendered(as: .json))
        #expect(value["role"]?["name"]?.stringValue == "auditor")
        #expect(value["role"]?["includedBy"] == .array([.string("admin"), .string("lead")]))
        let operations = try #require(value["operations"]?.arrayValue)
        #expect(operations.map { $0["mayCall"]?.boolValue } == [true, false, false, false])
        #expect(operations.first?["path"]?.stringValue == "/auditor")
    }
}
