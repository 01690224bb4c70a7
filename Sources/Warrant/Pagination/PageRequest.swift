/// Which page of a keyset listing a request asks for: a handler parameter (`page: PageRequest`) that reads
/// the query items `cursor` (a cursor an earlier page gave; absent: the first page) and `limit` (1 to 100,
/// 20 by default), and answers the rows with ``Page``.
///
/// A cursor is sealed with the API's ``CursorKey`` and the listing's path: one that was altered, or made
/// for another listing, is a 422 — never a page of something else.
public struct PageRequest: Sendable {
    /// Where the page starts.
    public let position: PagePosition
    /// How many rows the page holds at most.
    public let limit: Int
    /// The path the listing is served at, which the cursors are sealed with and the `Link` header names.
    let path: String
    /// The key that seals and opens cursors.
    let key: CursorKey

    /// A request for the page at `position`, of at most `limit` rows, of the listing at `path`.
    init(position: PagePosition, limit: Int, path: String, key: CursorKey) {
        self.position = position
        self.limit = limit
        self.path = path
        self.key = key
    }

    /// How many rows to fetch: one more than the page holds, to learn whether another page follows.
    public var fetchLimit: Int { limit + 1 }

    /// The cursor text for `position`.
    func cursor(_ position: PagePosition) -> String {
        key.seal(position.payload, scope: path)
    }

    /// The position a cursor names, if this listing sealed it.
    func position(of cursor: some StringProtocol) -> PagePosition? {
        key.open(cursor, scope: path).flatMap(PagePosition.init(payload:))
    }
}
