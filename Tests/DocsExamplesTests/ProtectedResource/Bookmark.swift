import Foundation
import Warrant

// docs/06-adding-a-protected-resource.md — step 1: the types.

/// A saved link.
@Schema
struct Bookmark: Sendable, Decodable {
    /// Server-assigned identifier.
    var id: Int64
    /// The link.
    var url: String
    /// A title for the link.
    var title: String
    /// When it was saved.
    var createdAt: Date

    enum CodingKeys: String, CodingKey {
        case id, url, title
        case createdAt = "created_at"
    }
}

/// A link to save.
@Schema
struct NewBookmark: Sendable {
    /// The link: http or https, at most 2000 characters.
    @Pattern("^https?://") @Length(...2000) @Example("https://swift.org")
    var url: String
    /// A title for the link, 1 to 200 characters.
    @Length(1...200)
    var title: String
}

/// Why a bookmark operation failed.
@Problems
enum BookmarkError: Error {
    /// Bookmark not found.
    ///
    /// No bookmark has this id, or it belongs to someone else.
    @Status(404) case notFound
}
