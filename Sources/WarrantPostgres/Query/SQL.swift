/// A SQL statement whose values travel as bind parameters, never as SQL text.
///
/// Write it as a string literal; every interpolation becomes a `$n` placeholder and
/// its value is bound separately, in binary:
///
/// ```swift
/// let rows = try await db.query("SELECT id, title FROM todos WHERE owner = \(owner) AND done = \(false)")
/// // sent as: SELECT id, title FROM todos WHERE owner = $1 AND done = $2
/// ```
///
/// Literal segments must be compile-time literals (`StaticString`), so SQL text can only
/// come from the program's source. There is no initialiser from a runtime `String`;
/// the one escape hatch is the deliberately named ``unsafeRaw(_:)``, for migrations.
///
/// Placeholders are numbered in order of appearance; do not write `$n` yourself in an
/// interpolated literal (use ``init(_:binds:)`` for hand-numbered placeholders).
public struct SQL: Sendable, ExpressibleByStringInterpolation {
    /// The SQL text sent to the server, with `$1`, `$2`, … where values were interpolated.
    public let text: String
    var bindings: PostgresBindings
    /// Whether the statement may be pipelined with others (see ``PipelineEligibility``).
    let isPipelinable: Bool

    /// Number of bind parameters.
    public var parameterCount: Int { bindings.count }

    /// Creates a statement from a literal with no parameters.
    public init(stringLiteral literal: StaticString) {
        text = literal.description
        bindings = PostgresBindings()
        isPipelinable = PipelineEligibility.allows(text)
    }

    /// Creates a statement from an interpolated literal; see the type's documentation.
    public init(stringInterpolation: Interpolation) {
        text = stringInterpolation.text
        bindings = stringInterpolation.bindings
        isPipelinable = PipelineEligibility.allows(text)
    }

    /// Creates a statement with hand-numbered placeholders and their values, in order:
    ///
    /// ```swift
    /// SQL("SELECT * FROM todos WHERE id = $1 AND owner = $2", binds: id, owner)
    /// ```
    public init<each Value: PostgresEncodable>(_ literal: StaticString, binds values: repeat each Value) {
        text = literal.description
        var bindings = PostgresBindings()
        for value in repeat each values {
            bindings.append(value)
        }
        self.bindings = bindings
        isPipelinable = PipelineEligibility.allows(text)
    }

    private init(text: String) {
        self.text = text
        self.bindings = PostgresBindings()
        isPipelinable = PipelineEligibility.allows(text)
    }

    /// Wraps SQL text that was built at run time. **Unsafe**: the text is sent as is, so
    /// it must never contain anything derived from user input.
    ///
    /// This exists for migrations and administrative scripts whose SQL lives in files or
    /// string constants. Application queries use string literals with interpolation.
    public static func unsafeRaw(_ text: String) -> SQL {
        SQL(text: text)
    }

    /// What identifies the statement in a connection's prepared-statement cache.
    var statementKey: StatementKey {
        StatementKey(sql: text, parameterTypes: bindings.types)
    }
}
