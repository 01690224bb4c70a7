import WarrantJSON

/// An operation's parameters, before and after: removed, renamed, added, made required, and each
/// common parameter's schema compared as an input.
enum ParameterDiff {
    /// Records the parameter changes of one operation.
    static func compare(_ old: SpecOperation, _ new: SpecOperation, documents: (old: SpecDocument, new: SpecDocument), into log: inout ChangeLog) {
        let oldByKey = Dictionary(old.parameters.map { ($0.matchKey, $0) }, uniquingKeysWith: { first, _ in first })
        let newByKey = Dictionary(new.parameters.map { ($0.matchKey, $0) }, uniquingKeysWith: { first, _ in first })
        var removed = old.parameters.filter { newByKey[$0.matchKey] == nil }
        var added = new.parameters.filter { oldByKey[$0.matchKey] == nil }
        // A parameter that left and one that arrived in the same place with the same schema: a rename.
        for parameter in removed {
            let twins = added.filter { $0.location == parameter.location && CanonicalJSON.equal($0.schema, parameter.schema) }
            guard twins.count == 1, let twin = twins.first,
                  removed.filter({ $0.location == twin.location && CanonicalJSON.equal($0.schema, twin.schema) }).count == 1 else { continue }
            log.record(.renamedParameter, at: twin.pointer(in: new.pointer), "\(parameter.label) renamed to `\(twin.name)`: clients that send `\(parameter.name)` are not understood", before: parameter.name, after: twin.name)
            removed.removeAll { $0.matchKey == parameter.matchKey }
            added.removeAll { $0.matchKey == twin.matchKey }
        }
        for parameter in removed {
            log.record(.removedParameter, at: parameter.pointer(in: new.pointer), "\(parameter.label) removed", before: parameter.name)
        }
        for parameter in added {
            if parameter.isRequired {
                log.record(.newRequiredInput, at: parameter.pointer(in: new.pointer), "new required \(parameter.label)", after: parameter.name)
            } else {
                log.record(.newOptionalParameter, at: parameter.pointer(in: new.pointer), "new optional \(parameter.label)", after: parameter.name)
            }
        }
        for parameter in new.parameters {
            guard let previous = oldByKey[parameter.matchKey] else { continue }
            compareCommon(previous, parameter, operation: new.pointer, documents: documents, into: &log)
        }
    }

    private static func compareCommon(_ old: SpecParameter, _ new: SpecParameter, operation: JSONPointer, documents: (old: SpecDocument, new: SpecDocument), into log: inout ChangeLog) {
        let pointer = new.pointer(in: operation)
        if old.location == "path", old.name != new.name {
            log.record(.pathParameterRenamed, at: pointer, "path parameter `\(old.name)` renamed to `\(new.name)`; the URLs are the same", before: old.name, after: new.name)
        }
        if !old.isRequired, new.isRequired {
            log.record(.parameterNowRequired, at: pointer.appending("required"), "\(new.label) is now required", before: "optional", after: "required")
        } else if old.isRequired, !new.isRequired {
            log.record(.widenedInput, at: pointer.appending("required"), "\(new.label) is now optional", before: "required", after: "optional")
        }
        if old.object["description"] != new.object["description"] {
            log.record(.descriptionChanged, at: pointer.appending("description"), "\(new.label): description changed")
        }
        SchemaDiff(old: documents.old, new: documents.new, direction: .input, place: new.label)
            .compare(old.schema, new.schema, at: pointer.appending("schema"), into: &log)
    }
}
