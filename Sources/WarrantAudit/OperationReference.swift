/// The operation a change is about: its method and path (how operations are matched across documents)
/// and its operationId, old and new.
public struct OperationReference: Sendable, Hashable {
    /// The HTTP method, uppercase.
    public let method: String
    /// The path template, as the newer document writes it (the older one's for a removed operation).
    public let path: String
    /// The operationId, as the newer document writes it (the older one's for a removed operation).
    public let operationID: String?
    /// The older document's operationId, when it differs.
    public let previousOperationID: String?

    /// A reference to an operation.
    /// - Parameters:
    ///   - method: The HTTP method (any case).
    ///   - path: The path template.
    ///   - operationID: The operationId.
    ///   - previousOperationID: The older document's operationId, when it differs.
    public init(method: String, path: String, operationID: String?, previousOperationID: String? = nil) {
        self.method = method.uppercased()
        self.path = path
        self.operationID = operationID
        self.previousOperationID = previousOperationID == operationID ? nil : previousOperationID
    }

    /// `GET /todos`: what fingerprints and reports name the operation by.
    public var label: String { "\(method) \(path)" }
}
