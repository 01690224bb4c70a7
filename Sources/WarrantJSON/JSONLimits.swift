/// Resource limits the parser enforces so a hostile body cannot exhaust
/// memory or time. A breach is reported as a `JSONSyntaxError` whose kind has
/// `isLimitExceeded == true`, never as a crash.
///
/// Negative values behave like zero.
public struct JSONLimits: Sendable, Hashable {
    /// Deepest allowed nesting of arrays and objects; a top-level scalar has
    /// depth 0 and `[[1]]` has depth 2. Values above `depthCeiling` are
    /// treated as `depthCeiling`.
    public var maxDepth: Int
    /// Longest allowed string or key, counted in UTF-8 bytes after unescaping.
    public var maxStringLength: Int
    /// Most members allowed in one object.
    public var maxKeysPerObject: Int
    /// Most elements allowed in one array.
    public var maxArrayLength: Int
    /// Longest allowed number lexeme in bytes, so nobody can make the server
    /// convert a megabyte of digits.
    public var maxNumberLength: Int

    /// Hard cap on `maxDepth`. Parsing is iterative, but releasing a parsed
    /// value (and writing one) recurses once per level, so depth must stay
    /// bounded to be safe on small thread stacks.
    public static let depthCeiling = 512

    /// Creates limits; every parameter defaults to the value in `.default`.
    public init(
        maxDepth: Int = 32,
        maxStringLength: Int = 1 << 20,
        maxKeysPerObject: Int = 1_024,
        maxArrayLength: Int = 100_000,
        maxNumberLength: Int = 100
    ) {
        self.maxDepth = maxDepth
        self.maxStringLength = maxStringLength
        self.maxKeysPerObject = maxKeysPerObject
        self.maxArrayLength = maxArrayLength
        self.maxNumberLength = maxNumberLength
    }

    /// Limits suited to API request bodies: depth 32, strings up to 1 MiB,
    /// 1,024 keys per object, 100,000 elements per array, numbers up to 100
    /// characters.
    public static let `default` = JSONLimits()

    /// `maxDepth` after applying the ceiling and the negative-means-zero rule.
    var effectiveMaxDepth: Int { min(max(maxDepth, 0), Self.depthCeiling) }
}
