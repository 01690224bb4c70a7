import WarrantJSON

/// One operation present in both documents, compared: its identity, access, inputs and outputs — and,
/// when none of those explains a difference, the difference itself, so nothing changes silently.
enum OperationDiff {
    /// The changes to an operation.
    /// - Parameters:
    ///   - old: The operation in the older document.
    ///   - new: The operation in the newer document.
    ///   - context: The documents and the renames found between them.
    static func changes(_ old: SpecOperation, _ new: SpecOperation, context: DiffContext) -> [SpecChange] {
        var log = ChangeLog(operation: new.reference(previous: old))
        if old.operationID != new.operationID {
            log.record(.operationIDRenamed, at: new.pointer.appending("operationId"), "operationId \(old.operationID ?? "unset") → \(new.operationID ?? "unset")", before: old.operationID, after: new.operationID)
        }
        for field in ["summary", "description"] where old.object[field] != new.object[field] {
            log.record(.descriptionChanged, at: new.pointer.appending(field), "\(field) changed")
        }
        let wasDeprecated = old.object["deprecated"]?.boolValue == true
        let isDeprecated = new.object["deprecated"]?.boolValue == true
        if wasDeprecated != isDeprecated {
            log.record(.deprecationChanged, at: new.pointer.appending("deprecated"), isDeprecated ? "now deprecated" : "no longer deprecated")
        }
        AccessDiff.compare(old, new, roleRenames: context.roleRenames, schemeRenames: context.schemeRenames, into: &log)
        ParameterDiff.compare(old, new, documents: context.documents, into: &log)
        RequestBodyDiff.compare(old, new, documents: context.documents, into: &log)
        ResponseDiff.compare(old, new, documents: context.documents, into: &log)
        let oldObject = renamingSchemes(in: old.object, context.schemeRenames)
        if log.changes.isEmpty, !CanonicalJSON.equal(.object(oldObject), .object(new.object)) {
            let keys = Set(oldObject.keys + new.object.keys).filter { !CanonicalJSON.equal(oldObject[$0], new.object[$0]) }.sorted()
            log.record(.operationChanged, at: new.pointer, "changed: \(keys.joined(separator: ", "))")
        }
        return log.changes
    }

    /// The operation with its requirement's scheme names renamed, so a renamed scheme alone (reported once,
    /// for the document) does not also count as a change to every operation.
    private static func renamingSchemes(in operation: JSONObject, _ renames: [String: String]) -> JSONObject {
        guard !renames.isEmpty, let alternatives = operation["security"]?.arrayValue else { return operation }
        var renamed = operation
        renamed["security"] = .array(alternatives.map { alternative in
            guard let object = alternative.objectValue else { return alternative }
            return .object(JSONObject(object.members.map { (renames[$0.key] ?? $0.key, $0.value) }))
        })
        return renamed
    }
}

/// What every operation's comparison needs: both documents and the renames found between them.
struct DiffContext: Sendable {
    /// The older and the newer document.
    let documents: (old: SpecDocument, new: SpecDocument)
    /// Roles renamed between them.
    let roleRenames: RoleRenames
    /// Security schemes renamed between them (old → new name).
    let schemeRenames: [String: String]
}
