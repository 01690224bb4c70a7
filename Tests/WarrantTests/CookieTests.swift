import Foundation
import HTTPTypes
import Testing
@testable import Warrant
import WarrantTesting

/// Preferences read from cookies and written back as cookies.
@Routes(tag: "preferences")
struct PreferenceRoutes {
    /// Read the preferences.
    /// - Parameters:
    ///   - theme: The chosen theme.
    ///   - session: The session.
    ///   - visits: How many visits so far.
    @GET("/preferences")
    func read(
        _ request: Request<Unauthenticated>,
        @Cookie theme: String?,
        @Cookie("__Host-session") session: String,
        @Cookie(1...10) visits: Int = 1
    ) -> WithCookies<String> {
        WithCookies("\(theme ?? "light") \(session) \(visits)", [
            SetCookie("visits", "\(visits + 1)", maxAge: 3600),
            SetCookie("theme", theme ?? "light; Domain=evil.example", sameSite: .strict),
        ])
    }
}

@Suite("Cookies: read as parameters, set with safe defaults")
struct CookieTests {
    let client: TestClient

    init() throws {
        client = try TestClient(api: API(info: APIInfo(title: "Preferences", version: "1")) { $0.include(PreferenceRoutes()) })
    }

    @Test("cookies are read from the Cookie header by name, quotes removed, the first of a name winning, across fields")
    func parsing() {
        var headers: HTTPFields = [.cookie: #"theme=dark;  __Host-session="abc" ; broken; theme=second"#]
        #expect(RequestCookies.value(named: "theme", in: headers) == "dark")
        #expect(RequestCookies.value(named: "__Host-session", in: headers) == "abc")
        #expect(RequestCookies.value(named: "broken", in: headers) == nil)
        #expect(RequestCookies.value(named: "Theme", in: headers) == nil, "names are case-sensitive")
        headers.append(HTTPField(name: .cookie, value: "visits=4"))
        #expect(RequestCookies.value(named: "visits", in: headers) == "4")
        #expect(RequestCookies.value(named: "empty", in: [.cookie: "empty="]) == "")
    }

    @Test("over HTTP: the cookies reach the handler, and the answer sets cookies with Secure, HttpOnly and SameSite")
    func overHTTP() async throws {
        let response = try await client.get("/preferences", headers: [.cookie: "theme=dark; __Host-session=s1; visits=3"])
        #expect(response.status == .ok && response.text == #""dark s1 3""#)
        let set = response.headers[values: .setCookie]
        #expect(set == [
            "visits=4; Max-Age=3600; Path=/; Secure; HttpOnly; SameSite=Lax",
            "theme=dark; Path=/; Secure; HttpOnly; SameSite=Strict",
        ])
        let defaulted = try await client.get("/preferences", headers: [.cookie: "__Host-session=s2"])
        #expect(defaulted.text == #""light s2 1""#)
        // A value holding "; Domain=…" cannot add an attribute: its separators are percent-encoded.
        #expect(defaulted.headers[values: .setCookie].last == "theme=light%3B%20Domain=evil.example; Path=/; Secure; HttpOnly; SameSite=Strict")
    }

    @Test("a missing required cookie, or one that does not parse or breaks its constraint, is a 422 naming it, in: cookie")
    func invalid() async throws {
        let missing = try await client.get("/preferences")
        #expect(missing.status == .unprocessableContent)
        let missingViolations = try missing.problem().violations
        #expect(missingViolations.map(\.location) == ["cookie"] && missingViolations.map(\.parameter) == ["__Host-session"])
        #expect(missingViolations.map(\.code) == ["missing"])
        let bad = try await client.get("/preferences", headers: [.cookie: "__Host-session=s; visits=many"])
        #expect(try bad.problem().violations.map(\.parameter) == ["visits"])
        let high = try await client.get("/preferences", headers: [.cookie: "__Host-session=s; visits=99"])
        #expect(try high.problem().violations.map(\.code) == ["out_of_range"])
    }

    @Test("the document: in: cookie parameters with their required flags, and Set-Cookie on the answer")
    func document() async throws {
        let spec = try await client.get("/openapi.json").json()
        let operation = spec["paths"]?["/preferences"]?["get"]
        let parameters = operation?["parameters"]?.arrayValue ?? []
        let cookies = parameters.filter { $0["in"] == .string("cookie") }
        #expect(cookies.compactMap { $0["name"]?.stringValue } == ["theme", "__Host-session", "visits"])
        #expect(cookies.map { $0["required"] } == [nil, .bool(true), nil], "required only for the session (false is omitted)")
        #expect(operation?["responses"]?["200"]?["headers"]?["Set-Cookie"] != nil)
    }

    @Test("SameSite=None always carries Secure; deleting expires the cookie at once; names and values are percent-encoded")
    func setCookie() {
        #expect(SetCookie("a", "b", secure: false, sameSite: .none).fieldValue == "a=b; Path=/; Secure; HttpOnly; SameSite=None")
        #expect(SetCookie("a", "b", path: nil, secure: false, httpOnly: false).fieldValue == "a=b; SameSite=Lax")
        #expect(SetCookie.deleting("session").fieldValue == "session=; Max-Age=0; Path=/; Secure; HttpOnly; SameSite=Lax")
        #expect(SetCookie("we ird=", "é,\"%", maxAge: -5).fieldValue == "we%20ird%3D=%C3%A9%2C%22%25; Max-Age=0; Path=/; Secure; HttpOnly; SameSite=Lax")
        #expect(SetCookie("a", "b", path: "/x;y", domain: "example.com").fieldValue == "a=b; Path=/x%3By; Domain=example.com; Secure; HttpOnly; SameSite=Lax")
    }
}
