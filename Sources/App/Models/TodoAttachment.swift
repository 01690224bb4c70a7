import Foundation
import Warrant
import WarrantPostgres

/// The file attached to a todo, described.
@Schema @Row
struct TodoAttachment: Sendable, Equatable, Decodable {
    /// The file's name as it was uploaded (without any folder), if it had one.
    var filename: String?
    /// Its media type.
    @Example("image/png")
    var contentType: String
    /// Its size in bytes.
    var size: Int
    /// When it was attached.
    var uploadedAt: Date

    enum CodingKeys: String, CodingKey {
        case filename, size
        case contentType = "content_type"
        case uploadedAt = "uploaded_at"
    }
}
