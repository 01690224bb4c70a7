/// A rule on a value, declared once and used twice: checked when decoding and written into the schema.
///
/// Declare them with `@Length`, `@Range`, `@Pattern`, `@Items`, `@MediaTypes` and `@MaxBytes` on `@Schema`
/// properties, or as
/// arguments of `@Query`/`@Path`/`@Header` on handler parameters.
public struct Constraint: Sendable, Hashable {
    enum Rule: Sendable, Hashable {
        case length(min: Int?, max: Int?)
        case integerRange(min: Int64?, max: Int64?, exclusiveMaximum: Bool)
        case numberRange(min: Double?, max: Double?, exclusiveMaximum: Bool)
        case pattern(String)
        case items(min: Int?, max: Int?)
        case mediaTypes([String])
        case maxBytes(Int)
    }

    let rule: Rule

    /// A string's length in Unicode code points lies in `bounds`.
    public static func length(_ bounds: ClosedRange<Int>) -> Constraint {
        Constraint(rule: .length(min: bounds.lowerBound, max: bounds.upperBound))
    }

    /// A string has at least `bounds.lowerBound` code points.
    public static func length(_ bounds: PartialRangeFrom<Int>) -> Constraint {
        Constraint(rule: .length(min: bounds.lowerBound, max: nil))
    }

    /// A string has at most `bounds.upperBound` code points.
    public static func length(_ bounds: PartialRangeThrough<Int>) -> Constraint {
        Constraint(rule: .length(min: nil, max: bounds.upperBound))
    }

    /// An integer lies in `bounds`.
    public static func range<T: BinaryInteger>(_ bounds: ClosedRange<T>) -> Constraint {
        Constraint(rule: .integerRange(min: Int64(clamping: bounds.lowerBound), max: Int64(clamping: bounds.upperBound), exclusiveMaximum: false))
    }

    /// An integer lies in `bounds` (upper bound excluded).
    public static func range<T: BinaryInteger>(_ bounds: Range<T>) -> Constraint {
        Constraint(rule: .integerRange(min: Int64(clamping: bounds.lowerBound), max: Int64(clamping: bounds.upperBound), exclusiveMaximum: true))
    }

    /// An integer is at least `bounds.lowerBound`.
    public static func range<T: BinaryInteger>(_ bounds: PartialRangeFrom<T>) -> Constraint {
        Constraint(rule: .integerRange(min: Int64(clamping: bounds.lowerBound), max: nil, exclusiveMaximum: false))
    }

    /// An integer is at most `bounds.upperBound`.
    public static func range<T: BinaryInteger>(_ bounds: PartialRangeThrough<T>) -> Constraint {
        Constraint(rule: .integerRange(min: nil, max: Int64(clamping: bounds.upperBound), exclusiveMaximum: false))
    }

    /// A number lies in `bounds`.
    public static func range<T: BinaryFloatingPoint>(_ bounds: ClosedRange<T>) -> Constraint {
        Constraint(rule: .numberRange(min: Double(bounds.lowerBound), max: Double(bounds.upperBound), exclusiveMaximum: false))
    }

    /// A number lies in `bounds` (upper bound excluded).
    public static func range<T: BinaryFloatingPoint>(_ bounds: Range<T>) -> Constraint {
        Constraint(rule: .numberRange(min: Double(bounds.lowerBound), max: Double(bounds.upperBound), exclusiveMaximum: true))
    }

    /// A number is at least `bounds.lowerBound`.
    public static func range<T: BinaryFloatingPoint>(_ bounds: PartialRangeFrom<T>) -> Constraint {
        Constraint(rule: .numberRange(min: Double(bounds.lowerBound), max: nil, exclusiveMaximum: false))
    }

    /// A number is at most `bounds.upperBound`.
    public static func range<T: BinaryFloatingPoint>(_ bounds: PartialRangeThrough<T>) -> Constraint {
        Constraint(rule: .numberRange(min: nil, max: Double(bounds.upperBound), exclusiveMaximum: false))
    }

    /// A string contains a match of the regular expression (JSON Schema `pattern`: unanchored; add `^…$` to anchor).
    public static func pattern(_ expression: String) -> Constraint {
        Constraint(rule: .pattern(expression))
    }

    /// An array's element count lies in `bounds`.
    public static func items(_ bounds: ClosedRange<Int>) -> Constraint {
        Constraint(rule: .items(min: bounds.lowerBound, max: bounds.upperBound))
    }

    /// An array has at least `bounds.lowerBound` elements.
    public static func items(_ bounds: PartialRangeFrom<Int>) -> Constraint {
        Constraint(rule: .items(min: bounds.lowerBound, max: nil))
    }

    /// An array has at most `bounds.upperBound` elements.
    public static func items(_ bounds: PartialRangeThrough<Int>) -> Constraint {
        Constraint(rule: .items(min: nil, max: bounds.upperBound))
    }

    /// An uploaded file's declared media type is one of `types` (`image/png`, or a range such as `image/*`).
    public static func mediaTypes(_ types: String...) -> Constraint {
        Constraint(rule: .mediaTypes(types.map { $0.lowercased() }))
    }

    /// An uploaded file has at most `limit` bytes.
    public static func maxBytes(_ limit: Int) -> Constraint {
        Constraint(rule: .maxBytes(limit))
    }
}
