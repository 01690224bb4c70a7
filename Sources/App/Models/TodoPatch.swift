import Warrant

/// A partial change to a todo: absent or `null` members stay as they are.
@Schema
struct TodoPatch: Sendable {
    /// A new title; 1 to 200 characters.
    @Length(1...200)
    var title: String?
    /// A new done state.
    var done: Bool?
}
