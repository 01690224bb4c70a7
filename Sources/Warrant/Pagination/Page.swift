import HTTPTypes

/// One page of a keyset listing: the rows, and cursors to the pages after and before it — in the body
/// (`next`, `prev`; `null` at either end) and as a `Link` header (RFC 8288, `rel="next"`/`rel="prev"`).
///
/// Build it from the rows a store fetched for a ``PageRequest`` (at most ``PageRequest/fetchLimit``, in
/// the position's order) and the key each row is ordered by:
/// `Page(rows, for: page, key: \.id)`.
public struct Page<Item: SchemaValue>: NamedSchema, ResponseRepresentable {
    /// The page's rows, in ascending key order.
    public var items: [Item]
    /// The cursor of the page after this one, when there is one.
    public var next: String?
    /// The cursor of the page before this one, when there is one.
    public var prev: String?
    /// The `Link` header's value (not in the body).
    private var links: String?

    /// The page of `rows` (fetched for `request`: its limit plus one, in its position's order), whose
    /// cursors point at the keys `key` reads.
    public init(_ rows: [Item], for request: PageRequest, key: (Item) -> Int64) {
        let more = rows.count > request.limit
        var items = Array(rows.prefix(request.limit))
        var hasNext = false
        var hasPrev = false
        switch request.position {
        case .first:
            hasNext = more
        case .after:
            hasNext = more
            hasPrev = true
        case .before:
            items.reverse()
            hasNext = true
            hasPrev = more
        }
        self.items = items
        let nextPosition = items.last.map { PagePosition.after(key($0)) }
        let prevPosition = items.first.map { PagePosition.before(key($0)) }
        next = hasNext ? nextPosition.map(request.cursor) : nil
        prev = hasPrev ? prevPosition.map(request.cursor) : nil
        // An empty page past either end links back to the first page rather than nowhere.
        if items.isEmpty, request.position != .first { prev = request.cursor(.first) }
        var relations: [String] = []
        if let next { relations.append("<\(request.path)?cursor=\(next)&limit=\(request.limit)>; rel=\"next\"") }
        if let prev { relations.append("<\(request.path)?cursor=\(prev)&limit=\(request.limit)>; rel=\"prev\"") }
        links = relations.isEmpty ? nil : relations.joined(separator: ", ")
    }

    private init(items: [Item], next: String?, prev: String?) {
        self.items = items
        self.next = next
        self.prev = prev
    }

    /// The component's schema: `items`, and `next` and `prev` (strings or `null`).
    public static func componentSchema(in components: inout SchemaComponents) -> JSONSchema {
        var object = ObjectSchemaBuilder(description: "One page of a listing, ordered by key; `next` and `prev` are cursors to send back as `cursor`, `null` at either end.")
        object.property("items", [Item].self, required: true, description: "The page's rows.", deprecated: false, constraints: [], example: nil, in: &components)
        object.property("next", String.self, required: true, nullable: true, description: "The cursor of the next page; `null` on the last.", deprecated: false, constraints: [], example: nil, in: &components)
        object.property("prev", String.self, required: true, nullable: true, description: "The cursor of the previous page; `null` on the first.", deprecated: false, constraints: [], example: nil, in: &components)
        return object.build(example: Optional<Page>.none)
    }

    /// Writes `{"items": […], "next": …, "prev": …}`.
    public func encode(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.member("items", items)
        for (name, cursor) in [("next", next), ("prev", prev)] {
            writer.key(name)
            if let cursor { cursor.encode(to: &writer) } else { writer.null() }
        }
        writer.endObject()
    }

    /// Reads a page (a client's view: the cursors as sent).
    public static func decode(json: JSONValue, issues: inout ValidationIssues) -> Page? {
        guard let object = issues.expectObject(json) else { return nil }
        let items = issues.member([Item].self, "items", in: object)
        let next = issues.optionalMember(String.self, "next", in: object)
        let prev = issues.optionalMember(String.self, "prev", in: object)
        guard let items, let next, let prev else { return nil }
        return Page(items: items, next: next, prev: prev)
    }

    /// 200 with the page's schema and the `Link` header.
    public static func documentedResponses(in components: inout SchemaComponents) -> [DocumentedResponse] {
        [DocumentedResponse(status: .ok, description: "OK", schema: schema(in: &components),
                            headers: [("Link", "The next and previous pages, `rel=\"next\"` and `rel=\"prev\"` (RFC 8288), when there are.")])]
    }

    /// 200 with the page as JSON and its `Link` header.
    public func makeResponse() -> RouteResponse {
        var headers = HTTPFields()
        if let links { headers[.link] = links }
        return JSONResponse.make(status: .ok, self, headers: headers)
    }

    /// Always: a 200.
    public var isSuccessful: Bool { true }
}
