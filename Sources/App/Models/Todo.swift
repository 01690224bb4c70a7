import Foundation
import Warrant
import WarrantPostgres

/// A task on a member's list.
@Schema @Row
struct Todo: Sendable, Equatable, Decodable {
    /// Server-assigned identifier.
    var id: Int64
    /// What to do; 1 to 200 characters.
    @Length(1...200) @Example("Buy milk")
    var title: String
    /// Whether it is done.
    var done: Bool
    /// When the todo was created.
    var createdAt: Date

    enum CodingKeys: String, CodingKey {
        case id, title, done
        case createdAt = "created_at"
    }
}
