import Warrant
import WarrantPostgres

// Step 3: the store. Every operation takes the caller's proof and scopes by its subject.

/// Bookmarks in PostgreSQL.
struct BookmarkStore: Sendable {
    let database: any PostgresQueryable

    /// Saves a bookmark for the proof's subject.
    func create(_ bookmark: NewBookmark, for proof: Proof<Member>) async throws -> Bookmark? {
        try await database.queryFirst("""
            INSERT INTO bookmarks (owner, url, title) VALUES (\(proof.subject), \(bookmark.url), \(bookmark.title))
            RETURNING id, url, title, created_at
            """, decoding: Bookmark.self)
    }

    /// The subject's bookmark with this id, or `nil`.
    func find(_ id: Int64, for proof: Proof<Member>) async throws -> Bookmark? {
        try await database.queryFirst("""
            SELECT id, url, title, created_at FROM bookmarks WHERE id = \(id) AND owner = \(proof.subject)
            """, decoding: Bookmark.self)
    }

    /// Deletes every bookmark of every member: an admin-only operation.
    func purge(by proof: Proof<Admin>) async throws -> Int {
        try await database.execute("DELETE FROM bookmarks")
    }
}
