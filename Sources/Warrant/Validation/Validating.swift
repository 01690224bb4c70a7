/// A `@Schema` type with rules of its own, checked after every member has decoded and passed its declared
/// constraints: a member's value no JSON Schema keyword expresses, or a rule across members ("end after
/// start"). What it reports joins the same 422 problem, each issue at its member's JSON Pointer.
///
/// ```swift
/// @Schema
/// struct Booking: Validating {
///     var start: Date
///     var end: Date
///
///     func validate(_ report: inout ValidationReport<Booking>) {
///         if end <= start { report.fail(\.end, "must be after start", code: "end_before_start") }
///     }
/// }
/// ```
public protocol Validating: SchemaModel {
    /// Records what is wrong with this value; recording nothing accepts it.
    func validate(_ report: inout ValidationReport<Self>)
}
