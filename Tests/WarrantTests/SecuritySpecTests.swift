import Foundation
import Testing
import Warrant

@Suite("Security in the OpenAPI document")
struct SecuritySpecTests {
    private func document(passwordLoginURL: String? = nil) throws -> [String: Any] {
        let fixture = try SecurityFixture()
        let text = try fixture.api(passwordLoginURL: passwordLoginURL).specification().jsonText
        return try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] ?? [:]
    }

    private func operation(_ document: [String: Any], _ path: String) -> [String: Any] {
        ((document["paths"] as? [String: [String: Any]])?[path]?["get"] as? [String: Any]) ?? [:]
    }

    @Test("the bearer scheme is declared with format PASETO and a description")
    func scheme() throws {
        let schemes = ((try document()["components"] as? [String: Any])?["securitySchemes"] as? [String: [String: Any]]) ?? [:]
        let bearer = try #require(schemes["bearerAuth"])
        #expect(bearer["type"] as? String == "http")
        #expect(bearer["scheme"] as? String == "bearer")
        #expect(bearer["bearerFormat"] as? String == "PASETO v4.public")
        #expect((bearer["description"] as? String)?.contains("kid") == true)
        #expect(schemes["oauth2Password"] == nil)
    }

    @Test("each operation lists exactly the roles it requires, public ones declare security: []")
    func requirements() throws {
        let doc = try document()
        #expect((operation(doc, "/open")["security"] as? [Any])?.isEmpty == true)
        #expect(operation(doc, "/me")["security"] as? [[String: [String]]] == [["bearerAuth": []]])
        #expect(operation(doc, "/member")["security"] as? [[String: [String]]] == [["bearerAuth": ["member"]]])
        #expect(operation(doc, "/admin")["security"] as? [[String: [String]]] == [["bearerAuth": ["admin"]]])
    }

    @Test("protected operations document 401, role operations 403, public ones neither; every one its 405")
    func responses() throws {
        let doc = try document()
        func statuses(_ path: String) -> Set<String> { Set((operation(doc, path)["responses"] as? [String: Any])?.keys.map { $0 } ?? []) }
        #expect(statuses("/open") == ["200", "405"])
        #expect(statuses("/me") == ["200", "401", "405"])
        #expect(statuses("/member") == ["200", "401", "403", "405"])
        let unauthorized = (operation(doc, "/member")["responses"] as? [String: [String: Any]])?["401"]
        #expect((unauthorized?["headers"] as? [String: Any])?["WWW-Authenticate"] != nil)
    }

    @Test("with a password login, an OAuth2 password flow is offered with every role as a scope")
    func oauth() throws {
        let doc = try document(passwordLoginURL: "/auth/token")
        let schemes = ((doc["components"] as? [String: Any])?["securitySchemes"] as? [String: [String: Any]]) ?? [:]
        let password = ((schemes["oauth2Password"]?["flows"] as? [String: Any])?["password"] as? [String: Any]) ?? [:]
        #expect(password["tokenUrl"] as? String == "/auth/token")
        #expect(Set((password["scopes"] as? [String: String])?.keys.map { $0 } ?? []) == ["admin", "member"])
        #expect(operation(doc, "/admin")["security"] as? [[String: [String]]] == [["bearerAuth": ["admin"]], ["oauth2Password": ["admin"]]])
    }

    @Test("the security report lists every operation with its access")
    func report() throws {
        let report = try SecurityFixture().api().securityReport()
        #expect(report.rows.map(\.access) == ["role: admin", "any authenticated caller", "role: member", "public"])
        #expect(report.rows.map(\.path) == ["/admin", "/me", "/member", "/open"])
        #expect(report.rows.map(\.admittedRoles) == [["admin"], [], ["admin", "member"], []])
        #expect(report.rows.map(\.credentials) == [["paseto"], ["paseto"], ["paseto"], []])
        #expect(report.description.hasPrefix("METHOD  PATH     OPERATION      ACCESS                    CREDENTIALS  ADMITTED\nGET     /admin   securedAdmin   role: admin               paseto       admin\n"))
    }
}
