/// Makes a struct read itself from result rows by position, with generated code instead of `Decodable`.
///
/// Writes the ``PostgresRowDecodable`` conformance: the struct's columns are found once per result, by
/// the names `Decodable` would match (a `CodingKeys` enum's raw values when one is declared, and the
/// query's ``ColumnKeyDecoding``), and each row is read with one direct call per column. The conformance
/// implies `Decodable` (synthesised if the struct does not declare it), and queries pick the generated path
/// on their own. Errors are the same as
/// `Decodable`'s: a missing column names the column and the type, `NULL` into a non-optional names the
/// column, and an optional property whose column is absent or `NULL` reads `nil`.
///
/// ```swift
/// @Row
/// struct Invoice: Decodable {
///     var id: Int64
///     var total: Decimal
///     var paidAt: Date?
///
///     enum CodingKeys: String, CodingKey {
///         case id, total
///         case paidAt = "paid_at"
///     }
/// }
/// ```
///
/// Properties need an explicit type. A `let` with an initial value, and a property that a declared
/// `CodingKeys` leaves out, keep their initial value. A struct that decodes itself with `init(from:)`, and a
/// generic struct, are refused: write the conformance by hand (see ``PostgresRowDecodable``).
@attached(extension, conformances: PostgresRowDecodable, names: named(PostgresColumns), named(postgresColumns), named(init))
public macro Row() = #externalMacro(module: "WarrantMacros", type: "RowMacro")
