/// `Tests/AppTests/<Type>Tests.swift`: the resource's behaviour on a real database, as `TodoContractTests` tests todos.
enum TestsTemplate {
    static func typeName(_ resource: ResourceName) -> String { "\(resource.typeName)Tests" }

    static func file(_ resource: ResourceName, fields: [Field]) -> PlannedFile {
        let type = resource.typeName
        let path = resource.path
        let owned = OwnedTemplate.typeName(resource)
        let item = resource.singularIdentifier
        let body = json(fields) { $0.type.sampleLiteral(1, phrase: $0.phrase) }
        let change = json(fields) { $0.type.sampleLiteral(2, phrase: $0.phrase) }
        let invalid = json(fields) { $0.type.invalidJSONLiteral }
        let nulls = json(fields) { _ in "null" }
        let pointers = "[" + fields.map { "\"#/\($0.columnName)\"" }.joined(separator: ", ") + "]"
        return PlannedFile(path: ResourceFiles.tests(resource), contents: ##"""
            import Foundation
            import HTTPTypes
            import Testing
            @testable import App
            import Warrant
            import WarrantTesting

            /// The \##(resource.pluralPhrase) resource on a real database: each member's own rows, 404 for anyone else's, the admin listing.
            @Suite("\##(resource.pluralPhrase.capitalizedFirst)")
            struct \##(typeName(resource)) {
                /// A valid new \##(resource.singularPhrase).
                private let body = #"\##(body)"#
                /// A valid change of every field.
                private let change = #"\##(change)"#
                /// Every field out of its constraints: an empty string, or a value of the wrong type.
                private let invalid = #"\##(invalid)"#

                /// Creates one from `body` as the member `subject`.
                private func create(in app: TestApp, as subject: String) async throws -> \##(type) {
                    try await app.client.post("\##(path)", json: body, as: .member(subject)).expect(.created).decode(\##(type).self)
                }

                @Test("create, list, read, update and delete your own")
                func lifecycle() async throws {
                    let app = try await TestApp()
                    let response = try await app.client.post("\##(path)", json: body, as: .member("alice")).expect(.created)
                    let created = try response.decode(\##(type).self)
                    #expect(response.headers[.location] == "\##(path)/\(created.id)")
            \##(expectations(fields, on: "created", variant: 1))
                    #expect(try await app.client.get("\##(path)", as: .member("alice")).expect(.ok).decode([\##(type)].self) == [created])
                    #expect(try await app.client.get("\##(path)/\(created.id)", as: .member("alice")).expect(.ok).decode(\##(type).self) == created)
                    let updated = try await app.client.patch("\##(path)/\(created.id)", json: change, as: .member("alice")).expect(.ok).decode(\##(type).self)
            \##(expectations(fields, on: "updated", variant: 2))
                    #expect(updated.id == created.id && updated.createdAt == created.createdAt)
                    try await app.client.delete("\##(path)/\(created.id)", as: .member("alice")).expect(.noContent)
                    try await app.client.get("\##(path)/\(created.id)", as: .member("alice")).expectProblem(.notFound)
                    #expect(try await app.client.get("\##(path)", as: .member("alice")).expect(.ok).decode([\##(type)].self).isEmpty)
                }

                @Test("list pages by id: limit 1…100, offset ≥ 0")
                func paging() async throws {
                    let app = try await TestApp()
                    var ids: [Int64] = []
                    for _ in 0..<3 {
                        let created = try await create(in: app, as: "alice")
                        ids.append(created.id)
                    }
                    let page = try await app.client.get("\##(path)?limit=1&offset=1", as: .member("alice")).expect(.ok).decode([\##(type)].self)
                    #expect(page.map(\.id) == [ids[1]])
                    for query in ["limit=0", "limit=101", "offset=-1"] {
                        try await app.client.get("\##(path)?\(query)", as: .member("alice")).expectProblem(.unprocessableContent)
                    }
                }

                @Test("another member's \##(resource.singularPhrase), or a missing one, is 404 for read, update and delete; it is left untouched")
                func otherMembers() async throws {
                    let app = try await TestApp()
                    let created = try await create(in: app, as: "alice")
                    for id in [created.id, created.id + 1000] {
                        try await app.client.get("\##(path)/\(id)", as: .member("bob")).expectProblem(.notFound)
                        try await app.client.patch("\##(path)/\(id)", json: change, as: .member("bob")).expectProblem(.notFound)
                        try await app.client.delete("\##(path)/\(id)", as: .member("bob")).expectProblem(.notFound)
                    }
                    #expect(try await app.client.get("\##(path)", as: .member("bob")).expect(.ok).decode([\##(type)].self).isEmpty)
                    #expect(try await app.client.get("\##(path)/\(created.id)", as: .member("alice")).expect(.ok).decode(\##(type).self) == created)
                }

                @Test("without a token every route is 401")
                func anonymous() async throws {
                    let app = try await TestApp()
                    try await app.client.post("\##(path)", json: body).expect(.unauthorized)
                    try await app.client.get("\##(path)").expect(.unauthorized)
                    try await app.client.get("\##(path)/1").expect(.unauthorized)
                    try await app.client.patch("\##(path)/1", json: change).expect(.unauthorized)
                    try await app.client.delete("\##(path)/1").expect(.unauthorized)
                    try await app.client.get("/admin\##(path)").expect(.unauthorized)
                }

                @Test("the admin listing: 403 for a member, every member's rows for an admin, a page at a time")
                func adminListing() async throws {
                    let app = try await TestApp()
                    let alices = try await create(in: app, as: "alice")
                    let bobs = try await create(in: app, as: "bob")
                    try await app.client.get("/admin\##(path)", as: .member("alice")).expect(.forbidden)
                    let first = try await app.client.get("/admin\##(path)?limit=1", as: .admin).expect(.ok).decode(Page<\##(owned)>.self)
                    #expect(first.items == [\##(owned)(owner: "alice", \##(item): alices)] && first.prev == nil)
                    let next = try #require(first.next)
                    let second = try await app.client.get("/admin\##(path)?cursor=\(next)&limit=1", as: .admin).expect(.ok).decode(Page<\##(owned)>.self)
                    #expect(second.items == [\##(owned)(owner: "bob", \##(item): bobs)] && second.next == nil)
                    try await app.client.get("/admin\##(path)?cursor=x\(next)", as: .admin).expectProblem(.unprocessableContent)
                }

                @Test("a body breaking the constraints is 422 naming every member")
                func invalidBodies() async throws {
                    let app = try await TestApp()
                    let pointers = \##(pointers)
                    try await app.client.post("\##(path)", json: invalid, as: .member("alice")).expectProblem(.unprocessableContent, pointers: pointers)
                    try await app.client.post("\##(path)", json: "{}", as: .member("alice")).expectProblem(.unprocessableContent, pointers: pointers)
                    let created = try await create(in: app, as: "alice")
                    try await app.client.patch("\##(path)/\(created.id)", json: invalid, as: .member("alice")).expectProblem(.unprocessableContent, pointers: pointers)
                }

                @Test("ETag and If-None-Match: 304 while current; If-Match: a stale version is 412 and changes nothing")
                func versions() async throws {
                    let app = try await TestApp()
                    let response = try await app.client.post("\##(path)", json: body, as: .member("alice")).expect(.created)
                    let created = try response.decode(\##(type).self)
                    let path = "\##(path)/\(created.id)"
                    let etag = try #require(try await app.client.get(path, as: .member("alice")).expect(.ok).headers[.eTag])
                    #expect(response.headers[.eTag] == etag, "the create's ETag is the first version's")
                    let cached = try await app.client.get(path, as: .member("alice"), headers: [.ifNoneMatch: etag]).expect(.notModified)
                    #expect(cached.body.readableBytes == 0)
                    let updated = try await app.client.patch(path, json: change, as: .member("alice"), headers: [.ifMatch: etag]).expect(.ok)
                    #expect(updated.headers[.eTag] != etag)
                    try await app.client.patch(path, json: body, as: .member("alice"), headers: [.ifMatch: etag]).expectProblem(.preconditionFailed)
                    try await app.client.delete(path, as: .member("alice"), headers: [.ifMatch: etag]).expectProblem(.preconditionFailed)
                    #expect(try await app.client.get(path, as: .member("alice")).expect(.ok).decode(\##(type).self) == (try updated.decode(\##(type).self)))
                    try await app.client.delete(path, as: .member("alice"), headers: [.ifMatch: updated.headers[.eTag] ?? ""]).expect(.noContent)
                }

                @Test("an Idempotency-Key: the retry gets the first answer and creates nothing; another body with the key is 422")
                func idempotentCreate() async throws {
                    let app = try await TestApp()
                    let key: HTTPFields = [HTTPField.Name("Idempotency-Key")!: "create-once"]
                    let first = try await app.client.post("\##(path)", json: body, as: .member("alice"), headers: key).expect(.created)
                    let retry = try await app.client.post("\##(path)", json: body, as: .member("alice"), headers: key).expect(.created)
                    #expect(retry.body == first.body)
                    #expect(retry.headers[HTTPField.Name("Idempotent-Replayed")!] == "true")
                    try await app.client.post("\##(path)", json: change, as: .member("alice"), headers: key).expectProblem(.unprocessableContent)
                    #expect(try await app.client.get("\##(path)", as: .member("alice")).expect(.ok).decode([\##(type)].self).count == 1)
                }

                @Test("PATCH with {} or with null members keeps every value")
                func patchKeepsValues() async throws {
                    let app = try await TestApp()
                    let created = try await create(in: app, as: "alice")
                    let unchanged = try await app.client.patch("\##(path)/\(created.id)", json: "{}", as: .member("alice")).expect(.ok).decode(\##(type).self)
                    #expect(unchanged == created)
                    let nulls = #"\##(nulls)"#
                    let kept = try await app.client.patch("\##(path)/\(created.id)", json: nulls, as: .member("alice")).expect(.ok).decode(\##(type).self)
                    #expect(kept == created)
                }
            }

            """##)
    }

    /// A JSON object of every field with the value `value` gives it.
    private static func json(_ fields: [Field], value: (Field) -> String) -> String {
        "{" + fields.map { "\"\($0.columnName)\":\(value($0))" }.joined(separator: ",") + "}"
    }

    /// One `#expect` per field that `name` holds the sample value `variant`.
    private static func expectations(_ fields: [Field], on name: String, variant: Int) -> String {
        fields.map { "        #expect(\(name).\($0.swiftName) == \($0.type.sampleLiteral(variant, phrase: $0.phrase)))" }
            .joined(separator: "\n")
    }
}
