import Warrant

/// What a member sends to create a todo.
@Schema
struct NewTodo: Sendable {
    /// What to do; 1 to 200 characters.
    @Length(1...200) @Example("Buy milk")
    var title: String
    /// Whether it is already done.
    var done: Bool = false
}
