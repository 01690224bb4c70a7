import WarrantJSON

/// One classified difference between two OpenAPI documents.
public struct SpecChange: Sendable, Hashable {
    /// What changed, as a stable machine code.
    public let code: ChangeCode
    /// The operation it is about; `nil` for a change to the document's security schemes.
    public let operation: OperationReference?
    /// Where: a JSON Pointer into the document, through the operation. Array members are named by their key
    /// (`parameters/query/limit`, `security/apiKey`), and `$ref`s are followed, so a pointer reads as the
    /// place a client sees, stable when array order or schema names change.
    public let pointer: JSONPointer
    /// The change as a sentence, old → new.
    public let message: String
    /// The old value, when one is worth showing on its own.
    public let before: String?
    /// The new value, when one is worth showing on its own.
    public let after: String?

    /// A change.
    /// - Parameters:
    ///   - code: What changed.
    ///   - operation: The operation it is about, or `nil` for a document-level change.
    ///   - pointer: Where.
    ///   - message: The change as a sentence.
    ///   - before: The old value.
    ///   - after: The new value.
    public init(code: ChangeCode, operation: OperationReference?, pointer: JSONPointer, message: String, before: String? = nil, after: String? = nil) {
        self.code = code
        self.operation = operation
        self.pointer = pointer
        self.message = message
        self.before = before
        self.after = after
    }

    /// The change's kind, from its code.
    public var kind: ChangeKind { code.kind }

    /// The acknowledgement key: the first 16 hex digits of the SHA-256 of the code, the operation's method
    /// and path, and the pointer — never of a description, so rewording a message or a doc comment keeps it.
    public var fingerprint: String {
        Fingerprint.of(code: code, operation: operation, pointer: pointer)
    }
}
