/// A stored value and its revision: the number its `ETag` is made from, raised by every change that alters
/// it. A store reads it from a revision column; ``etag`` is what a handler answers with.
///
/// Decoded from a row, it reads `Value` from the row's columns and the revision from a `revision` column.
public struct Revised<Value: Sendable>: Sendable {
    /// The value.
    public var value: Value
    /// Its revision.
    public var revision: Int64

    /// `value` at `revision`.
    public init(_ value: Value, revision: Int64) {
        self.value = value
        self.revision = revision
    }

    /// The value's entity tag, `"r<revision>"`.
    public var etag: EntityTag { EntityTag(revision: revision) }
}

extension Revised: Equatable where Value: Equatable {}

extension Revised: Decodable where Value: Decodable {
    private enum Column: String, CodingKey {
        case revision
    }

    /// The value from the row's columns, the revision from its `revision` column.
    public init(from decoder: any Decoder) throws {
        value = try Value(from: decoder)
        revision = try decoder.container(keyedBy: Column.self).decode(Int64.self, forKey: .revision)
    }
}
