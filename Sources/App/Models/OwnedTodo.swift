import Foundation
import Warrant

/// A todo with its owner, as administrators see it.
@Schema
struct OwnedTodo: Sendable, Equatable {
    /// The owner's user id.
    var owner: String
    /// The todo.
    var todo: Todo
}
