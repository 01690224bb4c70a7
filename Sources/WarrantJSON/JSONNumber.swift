/// A JSON number kept as its exact source text.
///
/// Keeping the lexeme lets callers decide how to read it: as an exact
/// `Int64` (ids, counts), as a `Double`, or as text for arbitrary precision,
/// and lets them tell "too large" apart from "not a number at all".
///
/// Decisions, chosen to be strict so that an API field declared as an integer
/// never silently accepts a fraction:
/// - `int64` is non-nil only for lexemes written as integers (no `.` and no
///   exponent) whose value fits `Int64`. So `1.0` and `1e2` give `nil`; `-0`
///   gives `0`.
/// - `isInteger` tells whether the lexeme is written as an integer, whatever
///   its size, so `isInteger && int64 == nil` means "integer out of range".
/// - `double` is `nil` when the value overflows to infinity (`1e400`);
///   underflow rounds to zero or a subnormal as IEEE 754 does.
/// - Equality and hashing compare lexemes: `1.0 != 1`.
public struct JSONNumber: Sendable, Hashable, CustomStringConvertible {
    /// The number exactly as written, e.g. `-12.50e3`.
    public let lexeme: String

    /// Whether the lexeme has neither a fraction nor an exponent.
    public let isInteger: Bool

    /// Wraps a lexeme the parser has already validated.
    init(validatedLexeme lexeme: String, isInteger: Bool) {
        self.lexeme = lexeme
        self.isInteger = isInteger
    }

    /// Creates a number from text, or `nil` unless `lexeme` is exactly one
    /// RFC 8259 number with no surrounding whitespace.
    public init?(lexeme: String) {
        var text = lexeme
        let scan = text.withUTF8 { bytes in
            JSONNumberGrammar.scan(bytes, from: 0)
        }
        guard case .valid(let end, let isInteger) = scan, end == text.utf8.count else { return nil }
        self.init(validatedLexeme: lexeme, isInteger: isInteger)
    }

    /// Creates an integer number.
    public init(_ value: Int64) {
        self.init(validatedLexeme: String(value), isInteger: true)
    }

    /// Creates an integer number.
    public init(_ value: Int) {
        self.init(validatedLexeme: String(value), isInteger: true)
    }

    /// Creates a number from a finite double using its shortest round-trip
    /// form, or `nil` for NaN and infinities, which JSON cannot express.
    public init?(_ value: Double) {
        guard value.isFinite else { return nil }
        var bytes: [UInt8] = []
        DoubleFormatting.appendShortest(value, to: &bytes)
        self.init(validatedLexeme: String(decoding: bytes, as: UTF8.self), isInteger: false)
    }

    /// The exact value when the lexeme is an integer within `Int64`'s range.
    public var int64: Int64? {
        guard isInteger else { return nil }
        return Int64(lexeme)
    }

    /// The exact value when the lexeme is an integer within `Int`'s range.
    public var int: Int? {
        guard isInteger else { return nil }
        return Int(lexeme)
    }

    /// The nearest `Double`, or `nil` when the magnitude overflows to infinity.
    /// Integers beyond 2^53 round, as any `Double` conversion must.
    public var double: Double? {
        guard let value = Double(lexeme), value.isFinite else { return nil }
        return value
    }

    /// The lexeme.
    public var description: String { lexeme }
}
