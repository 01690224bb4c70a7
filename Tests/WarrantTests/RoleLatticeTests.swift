import Foundation
import HTTPTypes
import Testing
import Warrant
import WarrantCrypto
import WarrantTesting

@Suite("The role lattice: one checked graph for the gate, the document and the report")
struct RoleLatticeTests {
    let fixture: SecurityFixture

    init() throws {
        fixture = try SecurityFixture()
    }

    private func api(roles: [any Role.Type] = [], _ build: @escaping (inout RouteTable) -> Void) -> API {
        API(info: APIInfo(title: "Lattice", version: "1"), gate: AccessGate(verifier: fixture.verifier(), roles: roles, passwordLoginURL: "/auth/token"), routes: build)
    }

    private func declarationProblems(_ api: API) -> [String] {
        do {
            try api.validate()
            return []
        } catch {
            return error.problems
        }
    }

    @Test("a role may include several others, transitively; each is admitted where an included one is required")
    func severalInclusions() async throws {
        let client = try TestClient(api: api { $0.include(LatticeRoutes()) }, tokens: fixture.issuer)
        let expected: [(role: String, admitted: Set<String>)] = [
            ("member", ["/member"]),
            ("auditor", ["/auditor"]),
            ("admin", ["/member", "/auditor", "/admin"]),
            ("lead", ["/member", "/auditor", "/admin", "/lead"]),
            ("guest", []),
        ]
        for (role, admitted) in expected {
            for path in ["/member", "/auditor", "/admin", "/lead"] {
                let status = try await client.get(path, as: .subject("x", roles: [role])).status
                #expect(status == (admitted.contains(path) ? .noContent : .forbidden), "\(role) on \(path)")
            }
        }
    }

    @Test("the gate, the document's requirements and scopes, and the security report say the same")
    func oneGraph() async throws {
        let api = api { $0.include(LatticeRoutes()) }
        let graph = try api.roleGraph()
        #expect(graph.names == ["admin", "auditor", "lead", "member"])
        #expect(graph.node(named: "member")?.admittedBy == ["admin", "lead", "member"])
        #expect(graph.node(named: "admin")?.includes == ["member", "auditor"])
        let document = try JSONSerialization.jsonObject(with: Data(try api.specification().jsonText.utf8)) as? [String: Any] ?? [:]
        let paths = document["paths"] as? [String: [String: [String: Any]]] ?? [:]
        let report = try api.securityReport()
        let client = try TestClient(api: api, tokens: fixture.issuer)
        for row in report.rows {
            let operation = paths[row.path]?["get"] ?? [:]
            #expect(operation["x-admitted-roles"] as? [String] == row.admittedRoles, "\(row.path)")
            let required = String(row.access.dropFirst("role: ".count))
            #expect((operation["security"] as? [[String: [String]]])?.first == ["bearerAuth": [required]])
            for role in graph.names {
                let admittedOverHTTP = try await client.get(row.path, as: .subject("x", roles: [role])).status == .noContent
                #expect(admittedOverHTTP == row.admittedRoles.contains(role), "\(role) on \(row.path): the report and the gate disagree")
            }
        }
        let scopes = ((document["components"] as? [String: Any]).flatMap { $0["securitySchemes"] as? [String: Any] }
            .flatMap { $0["oauth2Password"] as? [String: Any] }.flatMap { $0["flows"] as? [String: Any] }
            .flatMap { $0["password"] as? [String: Any] }?["scopes"] as? [String: String]) ?? [:]
        #expect(Set(scopes.keys) == Set(graph.names))
        #expect(scopes["admin"]?.contains("Includes `member`, `auditor`.") == true)
    }

    @Test("a second type under an existing role name stops start-up, naming both: no member becomes an admin")
    func copyPastedRoleName() async throws {
        let api = api(roles: [LatticeAdmin.self]) { routes in
            routes.include(LatticeRoutes())
            routes.include(StaffRoutes())
        }
        let problems = declarationProblems(api)
        #expect(problems.contains("the role name 'member' is declared by WarrantTests.LatticeMember and WarrantTests.StaffNamedMember; one type per role name"), "\(problems)")
        #expect(throws: APIDeclarationError.self) { try api.makeResponder() }
        #expect(throws: APIDeclarationError.self) { try api.securityReport() }
        #expect(throws: APIDeclarationError.self) { try TestClient(api: api) }
    }

    @Test("names that differ only in case, cycles, self-inclusion and hand-made role sets stop start-up")
    func everyWayToWidenARole() {
        let cases: [(roles: [any Role.Type], expected: String)] = [
            ([LatticeAdmin.self, CapitalAdmin.self], "the role names 'Admin' (WarrantTests.CapitalAdmin) and 'admin' (WarrantTests.LatticeAdmin) differ only in case; rename one"),
            ([CycleA.self], "the roles form a cycle: WarrantTests.CycleA ('cycle-a') includes WarrantTests.CycleB ('cycle-b') includes WarrantTests.CycleA ('cycle-a'); a role cannot include itself"),
            ([SelfIncluding.self], "the roles form a cycle: WarrantTests.SelfIncluding ('self') includes WarrantTests.SelfIncluding ('self')"),
            ([HiddenInclusion.self], "the role WarrantTests.HiddenInclusion ('hidden') includes WarrantTests.HandMadeRoleSet, which is not a Roles<…> list"),
            ([BadlyNamed.self], "the role WarrantTests.BadlyNamed has the name 'two words'; a role name starts with a letter"),
            ([Unnamed.self], "the role WarrantTests.Unnamed has the name ''"),
        ]
        for (roles, expected) in cases {
            let problems = declarationProblems(api(roles: roles) { $0.include(LatticeRoutes()) })
            #expect(problems.contains { $0.hasPrefix(expected) }, "expected “\(expected)” in \(problems)")
        }
    }

    @Test("a route on an access state of the application's own stops start-up: its document could not be true")
    func homeMadeAccessState() {
        let problems = declarationProblems(api { $0.include(HomeMadeRoutes()) })
        #expect(problems == ["HomeMadeRoutes.homeMade takes Request<WarrantTests.HomeMadeAccess>; a route's request is Request<Unauthenticated>, Request<Authenticated> or Request<Authorized<SomeRole>>"])
    }

    @Test("token roles the graph does not know grant nothing")
    func unknownTokenRoles() async throws {
        let client = try TestClient(api: api { $0.include(LatticeRoutes()) }, tokens: fixture.issuer)
        for roles in [["Admin"], ["admin "], ["superuser"], ["member,admin"]] {
            #expect(try await client.get("/admin", as: .subject("x", roles: roles)).status == .forbidden, "\(roles)")
        }
    }
}
