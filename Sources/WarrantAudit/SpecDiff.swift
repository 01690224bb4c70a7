import WarrantJSON

/// The classified changes between two OpenAPI documents: what a reviewer must see before a change to an
/// API ships.
///
/// Operations are matched by method and path (parameter names aside: `/todos/{id}` is `/todos/{todoId}`);
/// each change is about one operation, or about the document's security schemes, and has a stable code,
/// a pointer, a sentence and a fingerprint.
public enum SpecDiff {
    /// Every change from `old` to `new`: security changes first, then breaking, then other; within a
    /// kind, document-level changes, then by path, method, code and pointer.
    /// - Parameters:
    ///   - old: The document before (the main branch's, or the committed snapshot).
    ///   - new: The document after.
    public static func changes(from old: SpecDocument, to new: SpecDocument) -> [SpecChange] {
        var documentLog = ChangeLog(operation: nil)
        let schemeRenames = SchemeDiff.compare(old, new, into: &documentLog)
        let oldOperations = SpecOperation.all(in: old)
        let newOperations = SpecOperation.all(in: new)
        let newByKey = Dictionary(newOperations.map { ($0.matchKey, $0) }, uniquingKeysWith: { first, _ in first })
        let oldKeys = Set(oldOperations.map(\.matchKey))
        let pairs = oldOperations.compactMap { operation in newByKey[operation.matchKey].map { (old: operation, new: $0) } }
        let context = DiffContext(
            documents: (old, new),
            roleRenames: RoleRenames(
                pairs: pairs,
                oldRoles: RoleRenames.names(in: old, operations: oldOperations),
                newRoles: RoleRenames.names(in: new, operations: newOperations)
            ),
            schemeRenames: schemeRenames
        )
        var changes = documentLog.changes
        for pair in pairs {
            changes += OperationDiff.changes(pair.old, pair.new, context: context)
        }
        for operation in oldOperations where newByKey[operation.matchKey] == nil {
            var log = ChangeLog(operation: operation.reference())
            log.record(.removedOperation, at: operation.pointer, "operation removed (it was \(operation.security.summary))", before: operation.security.summary)
            changes += log.changes
        }
        for operation in newOperations where !oldKeys.contains(operation.matchKey) {
            changes += added(operation)
        }
        return ordered(unique(changes))
    }

    /// A new operation: flagged when it requires no role.
    private static func added(_ operation: SpecOperation) -> [SpecChange] {
        var log = ChangeLog(operation: operation.reference())
        let access = operation.security
        switch access.level {
        case .anyone:
            log.record(.newPublicOperation, at: operation.pointer.appending("security"), "new operation anyone may call, without a credential", after: access.summary)
        case .authenticated:
            log.record(.newUnprotectedOperation, at: operation.pointer.appending("security"), "new operation any authenticated caller may call: no role required", after: access.summary)
        case .role:
            log.record(.newOperation, at: operation.pointer, "new operation, \(access.summary)", after: access.summary)
        }
        return log.changes
    }

    /// One change per fingerprint: an acknowledgement must name exactly one change.
    private static func unique(_ changes: [SpecChange]) -> [SpecChange] {
        var seen: Set<String> = []
        return changes.filter { seen.insert($0.fingerprint).inserted }
    }

    private static func ordered(_ changes: [SpecChange]) -> [SpecChange] {
        let methodOrder = Dictionary(uniqueKeysWithValues: SpecOperation.methods.enumerated().map { ($1.uppercased(), $0) })
        return changes.sorted { lhs, rhs in
            if lhs.kind != rhs.kind { return lhs.kind < rhs.kind }
            let left = (lhs.operation?.path ?? "", methodOrder[lhs.operation?.method ?? ""] ?? -1)
            let right = (rhs.operation?.path ?? "", methodOrder[rhs.operation?.method ?? ""] ?? -1)
            if left != right { return left < right }
            if lhs.code != rhs.code { return lhs.code.rawValue < rhs.code.rawValue }
            return lhs.pointer.description < rhs.pointer.description
        }
    }
}
