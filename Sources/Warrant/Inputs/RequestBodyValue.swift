/// A type a handler can take as its JSON body: a `@Schema` struct, or an array of them.
///
/// Unmarked handler parameters of these types are read from the body; other value types from the query.
public protocol RequestBodyValue: SchemaValue {}

extension Array: RequestBodyValue where Element: SchemaModel {}
