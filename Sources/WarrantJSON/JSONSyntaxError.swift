/// Why a document was rejected, where, and whether it was malformed or merely
/// too big.
///
/// Messages are short and never quote more than a truncated, escaped key or a
/// single character of the input, so they are safe to return to clients.
public struct JSONSyntaxError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The category of failure.
    public enum Kind: Sendable, Hashable, CaseIterable {
        /// A byte that cannot appear here, e.g. `.5`, `+1`, `'a'`, a comment,
        /// a trailing comma or a missing `:`.
        case unexpectedCharacter
        /// The input ended inside a value (or was empty).
        case unexpectedEndOfInput
        /// More input after the single top-level value.
        case trailingData
        /// A number that breaks the grammar: `01`, `-`, `1.`, `1e`.
        case invalidNumber
        /// A bad escape: `\x`, a malformed `\u`, or an unpaired surrogate.
        case invalidEscape
        /// An unescaped byte below 0x20 inside a string.
        case controlCharacterInString
        /// Bytes that are not well-formed UTF-8.
        case invalidUTF8
        /// The same key twice in one object.
        case duplicateKey
        /// Nesting deeper than `JSONLimits.maxDepth`.
        case nestingTooDeep
        /// A string or key longer than `JSONLimits.maxStringLength`.
        case stringTooLong
        /// A number lexeme longer than `JSONLimits.maxNumberLength`.
        case numberTooLong
        /// An array longer than `JSONLimits.maxArrayLength`.
        case arrayTooLong
        /// An object with more than `JSONLimits.maxKeysPerObject` members.
        case tooManyKeys

        /// Whether this is a resource-limit breach (the document might be
        /// valid JSON) rather than malformed input. An HTTP layer can map the
        /// former to 413/422 and the latter to 400.
        public var isLimitExceeded: Bool {
            switch self {
            case .nestingTooDeep, .stringTooLong, .numberTooLong, .arrayTooLong, .tooManyKeys:
                true
            case .unexpectedCharacter, .unexpectedEndOfInput, .trailingData, .invalidNumber,
                 .invalidEscape, .controlCharacterInString, .invalidUTF8, .duplicateKey:
                false
            }
        }
    }

    /// The category of failure.
    public let kind: Kind
    /// Zero-based byte offset into the input where the problem was detected.
    public let offset: Int
    /// A short human-readable explanation, e.g. `duplicate key "title"`.
    public let message: String

    /// Creates an error.
    public init(kind: Kind, offset: Int, message: String) {
        self.kind = kind
        self.offset = offset
        self.message = message
    }

    /// `message` followed by the byte offset.
    public var description: String { "\(message) at byte \(offset)" }
}
