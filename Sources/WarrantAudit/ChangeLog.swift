import WarrantJSON

/// The changes found about one operation (or about the document, with no operation), as the comparisons
/// record them.
struct ChangeLog: Sendable {
    /// The operation the changes are about; `nil` for document-level changes.
    let operation: OperationReference?
    /// What was recorded, in order.
    private(set) var changes: [SpecChange] = []

    init(operation: OperationReference?) {
        self.operation = operation
    }

    /// Records a change.
    mutating func record(_ code: ChangeCode, at pointer: JSONPointer, _ message: String, before: String? = nil, after: String? = nil) {
        changes.append(SpecChange(code: code, operation: operation, pointer: pointer, message: message, before: before, after: after))
    }
}
