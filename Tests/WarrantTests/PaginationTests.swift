import Testing
@testable import Warrant

/// Page cursors: what they seal, and that nothing else opens.
@Suite("Page cursors")
struct PaginationTests {
    @Test("a position survives the cursor, whatever its key", arguments: [PagePosition.first, .after(0), .after(1), .before(42), .after(.max), .before(.min), .after(-7)])
    func roundTrip(position: PagePosition) throws {
        let request = PageRequest(position: .first, limit: 10, path: "/things", key: .random())
        #expect(request.position(of: request.cursor(position)) == position)
        #expect(PagePosition(payload: position.payload) == position)
    }

    @Test("another key, another listing, or one changed character: not a cursor")
    func sealed() throws {
        let key = CursorKey.random()
        let request = PageRequest(position: .first, limit: 10, path: "/things", key: key)
        let cursor = request.cursor(.after(5))
        #expect(PageRequest(position: .first, limit: 10, path: "/things", key: .random()).position(of: cursor) == nil)
        #expect(PageRequest(position: .first, limit: 10, path: "/other", key: key).position(of: cursor) == nil)
        for index in cursor.indices {
            var changed = cursor
            changed.replaceSubrange(index...index, with: cursor[index] == "A" ? "B" : "A")
            #expect(request.position(of: changed) == nil, "\(changed)")
        }
        #expect(request.position(of: "") == nil && request.position(of: "!!") == nil)
        #expect(request.position(of: String(repeating: "A", count: 500)) == nil)
    }

    @Test("a configured key is 32 bytes of base64url and reads back")
    func configuredKey() throws {
        let key = CursorKey.random()
        let text = key.base64URL
        let again = try #require(CursorKey(base64URL: text))
        let cursor = PageRequest(position: .first, limit: 1, path: "/x", key: key).cursor(.before(3))
        #expect(PageRequest(position: .first, limit: 1, path: "/x", key: again).position(of: cursor) == .before(3))
        #expect(CursorKey(base64URL: "c2hvcnQ") == nil)
        #expect(CursorKey(base64URL: "not base64 at all!") == nil)
    }
}
