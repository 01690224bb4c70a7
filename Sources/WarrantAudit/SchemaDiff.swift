import WarrantJSON

/// Two versions of one schema compared for a client: its types, enum values, bounds, pattern and format,
/// its members (through `$ref`s, nested objects and array items) and which of them are required — each
/// judged by the schema's direction.
struct SchemaDiff {
    /// The older document, to resolve the old schema's references.
    let old: SpecDocument
    /// The newer document.
    let new: SpecDocument
    /// Whether clients send or read values of this schema.
    let direction: SchemaDirection
    /// Where the schema is, for sentences: "request body (application/json)", "query parameter `limit`".
    let place: String

    /// The deepest nesting compared: schemas nest far less in practice, and recursion must stay bounded.
    static let maximumDepth = 48

    /// Records the differences between two versions of the schema at `pointer`.
    func compare(_ oldSchema: JSONValue?, _ newSchema: JSONValue?, at pointer: JSONPointer, into log: inout ChangeLog) {
        var visiting: Set<String> = []
        compare(oldSchema, newSchema, at: pointer, member: "", depth: 0, visiting: &visiting, into: &log)
    }

    private func compare(_ oldSchema: JSONValue?, _ newSchema: JSONValue?, at pointer: JSONPointer, member: String, depth: Int, visiting: inout Set<String>, into log: inout ChangeLog) {
        guard depth < Self.maximumDepth else { return }
        let before = SchemaView(oldSchema, in: old)
        let after = SchemaView(newSchema, in: new)
        // A recursive schema (a tree of nodes) is compared once per pair of components on the current path.
        let pair = "\(before.referenceName ?? "")|\(after.referenceName ?? "")"
        if pair != "|" {
            guard visiting.insert(pair).inserted else { return }
        }
        defer { if pair != "|" { visiting.remove(pair) } }
        let subject = member.isEmpty ? place : "\(place), `\(member)`"
        compareTypes(before, after, subject: subject, at: pointer, into: &log)
        compareEnums(before, after, subject: subject, at: pointer.appending("enum"), into: &log)
        compareConstraints(before, after, subject: subject, at: pointer, into: &log)
        if before.object["description"] != after.object["description"], !member.isEmpty {
            log.record(.descriptionChanged, at: pointer.appending("description"), "\(subject): description changed")
        }
        if before.mayBeObject, after.mayBeObject {
            compareMembers(before, after, at: pointer, member: member, depth: depth, visiting: &visiting, into: &log)
        }
        if before.mayBeArray, after.mayBeArray, before.object["items"] != nil || after.object["items"] != nil {
            compare(before.object["items"], after.object["items"], at: pointer.appending("items"), member: member + "[]", depth: depth + 1, visiting: &visiting, into: &log)
        }
        compareBranches(before, after, subject: subject, at: pointer, member: member, depth: depth, visiting: &visiting, into: &log)
    }

    /// Types lost by an input, or gained by an output, break clients; the reverse does not.
    private func compareTypes(_ before: SchemaView, _ after: SchemaView, subject: String, at pointer: JSONPointer, into log: inout ChangeLog) {
        let lost = before.types.map { $0.filter { !SchemaView.admits(after.types, $0) } } ?? (after.types == nil ? [] : ["(any)"])
        let gained = after.types.map { $0.filter { !SchemaView.admits(before.types, $0) } } ?? (before.types == nil ? [] : ["(any)"])
        guard !lost.isEmpty || !gained.isEmpty else { return }
        let oldText = SchemaView.describe(before.types)
        let newText = SchemaView.describe(after.types)
        let typePointer = pointer.appending("type")
        let transition = "type \(oldText) → \(newText)"
        switch direction {
        case .input:
            if !lost.isEmpty {
                let sentence = lost == ["null"] ? "\(subject) no longer accepts null (\(transition))" : "\(subject) accepts fewer types (\(transition))"
                log.record(.narrowedType, at: typePointer, sentence, before: oldText, after: newText)
            } else {
                log.record(.widenedInput, at: typePointer, "\(subject) accepts more types (\(transition))", before: oldText, after: newText)
            }
        case .output:
            if !gained.isEmpty {
                let sentence = gained == ["null"] ? "\(subject) may now be null (\(transition))" : "\(subject) may now be of another type (\(transition))"
                log.record(.widenedType, at: typePointer, sentence, before: oldText, after: newText)
            } else {
                let sentence = lost == ["null"] ? "\(subject) is never null any more (\(transition))" : "\(subject) has fewer types (\(transition))"
                log.record(.narrowedOutput, at: typePointer, sentence, before: oldText, after: newText)
            }
        }
    }

    /// Enum values removed from an input, or added to an output, break clients.
    private func compareEnums(_ before: SchemaView, _ after: SchemaView, subject: String, at pointer: JSONPointer, into log: inout ChangeLog) {
        let oldValues = before.enumValues
        let newValues = after.enumValues
        guard oldValues != newValues else { return }
        let oldText = oldValues.map { $0.sorted().joined(separator: ", ") } ?? "any value"
        let newText = newValues.map { $0.sorted().joined(separator: ", ") } ?? "any value"
        let transition = "\(oldText) → \(newText)"
        guard let oldValues, let newValues else {
            // One side has no enum at all.
            if oldValues == nil {
                log.record(direction.tighter, at: pointer, "\(subject) is now limited to \(newText)", before: oldText, after: newText)
            } else if direction == .output {
                log.record(.newEnumValue, at: pointer, "\(subject) is no longer limited to \(oldText)", before: oldText, after: newText)
            } else {
                log.record(.widenedInput, at: pointer, "\(subject) is no longer limited to \(oldText)", before: oldText, after: newText)
            }
            return
        }
        let removed = oldValues.subtracting(newValues).sorted()
        let added = newValues.subtracting(oldValues).sorted()
        switch direction {
        case .input:
            if !removed.isEmpty {
                log.record(.narrowedConstraint, at: pointer, "\(subject) no longer accepts \(removed.joined(separator: ", ")) (enum \(transition))", before: oldText, after: newText)
            }
            if !added.isEmpty {
                log.record(.widenedInput, at: pointer.appending("added"), "\(subject) also accepts \(added.joined(separator: ", ")) (enum \(transition))", before: oldText, after: newText)
            }
        case .output:
            if !added.isEmpty {
                log.record(.newEnumValue, at: pointer, "\(subject) may now be \(added.joined(separator: ", ")) (enum \(transition))", before: oldText, after: newText)
            }
            if !removed.isEmpty {
                log.record(.narrowedOutput, at: pointer.appending("removed"), "\(subject) is never \(removed.joined(separator: ", ")) any more (enum \(transition))", before: oldText, after: newText)
            }
        }
    }

    /// Bounds, pattern, format, unique items and closed objects — each only where both versions admit a
    /// type it constrains: a `maximum` dropped along with `integer` for `string` is part of the type change.
    private func compareConstraints(_ beforeView: SchemaView, _ afterView: SchemaView, subject: String, at pointer: JSONPointer, into log: inout ChangeLog) {
        let before = beforeView.object
        let after = afterView.object
        func applies(_ keyword: String) -> Bool {
            SchemaBounds.types(constrainedBy: keyword).contains { SchemaView.admits(beforeView.types, $0) && SchemaView.admits(afterView.types, $0) }
        }
        for keyword in SchemaBounds.upper + SchemaBounds.lower where applies(keyword) {
            guard let tightens = SchemaBounds.tightens(keyword, from: before[keyword], to: after[keyword]) else { continue }
            let oldText = SchemaBounds.text(before[keyword])
            let newText = SchemaBounds.text(after[keyword])
            log.record(tightens ? direction.tighter : direction.looser, at: pointer.appending(keyword), "\(subject): \(keyword) \(oldText) → \(newText)", before: oldText, after: newText)
        }
        for keyword in ["pattern", "multipleOf"] where before[keyword] != after[keyword] && applies(keyword) {
            let oldText = before[keyword].map(SchemaBounds.text) ?? "unset"
            let newText = after[keyword].map(SchemaBounds.text) ?? "unset"
            let code = before[keyword] == nil ? direction.tighter : after[keyword] == nil ? direction.looser : direction.rewritten
            log.record(code, at: pointer.appending(keyword), "\(subject): \(keyword) \(oldText) → \(newText)", before: oldText, after: newText)
        }
        let typesOverlap = beforeView.types.map { $0.contains { SchemaView.admits(afterView.types, $0) } } ?? true
        if before["format"] != after["format"], typesOverlap {
            let oldText = before["format"]?.stringValue ?? "unset"
            let newText = after["format"]?.stringValue ?? "unset"
            let code: ChangeCode = before["format"] == nil ? direction.tighter : after["format"] == nil ? direction.looser : .formatChanged
            log.record(code, at: pointer.appending("format"), "\(subject): format \(oldText) → \(newText)", before: oldText, after: newText)
        }
        let wasUnique = before["uniqueItems"]?.boolValue ?? false
        let isUnique = after["uniqueItems"]?.boolValue ?? false
        if wasUnique != isUnique, applies("uniqueItems") {
            log.record(isUnique ? direction.tighter : direction.looser, at: pointer.appending("uniqueItems"), "\(subject): uniqueItems \(wasUnique) → \(isUnique)")
        }
        let wasClosed = before["additionalProperties"]?.boolValue == false
        let isClosed = after["additionalProperties"]?.boolValue == false
        if wasClosed != isClosed, applies("additionalProperties") {
            let sentence = isClosed ? "\(subject) no longer admits members it does not list" : "\(subject) may now hold members it does not list"
            log.record(isClosed ? direction.tighter : direction.looser, at: pointer.appending("additionalProperties"), sentence)
        }
    }

    /// Members removed, added, made required or optional, and each common member compared in turn.
    private func compareMembers(_ before: SchemaView, _ after: SchemaView, at pointer: JSONPointer, member: String, depth: Int, visiting: inout Set<String>, into log: inout ChangeLog) {
        let oldMembers = before.properties
        let newMembers = after.properties
        let oldRequired = before.required
        let newRequired = after.required
        let names = oldMembers.keys + newMembers.keys.filter { !oldMembers.contains(key: $0) }
        for name in names {
            let child = member.isEmpty ? name : "\(member).\(name)"
            let childPointer = pointer.appending("properties").appending(name)
            let oldSchema = oldMembers[name]
            let newSchema = newMembers[name]
            // A read-only member is never sent, a write-only one never read: neither matters that way.
            guard !isInvisible(oldSchema, in: old), !isInvisible(newSchema, in: new) else { continue }
            let subject = "\(place), `\(child)`"
            switch (oldSchema, newSchema, direction) {
            case (_?, nil, .output):
                log.record(.removedResponseMember, at: childPointer, "\(place): member `\(child)` removed", before: SchemaView.describe(SchemaView(oldSchema, in: old).types))
            case (_?, nil, .input):
                log.record(.removedRequestMember, at: childPointer, "\(place): member `\(child)` removed; clients that send it are refused or ignored")
            case (nil, _?, .output):
                log.record(.newResponseMember, at: childPointer, "\(place): new member `\(child)`")
            case (nil, _?, .input):
                if newRequired.contains(name) {
                    log.record(.newRequiredInput, at: childPointer, "\(place): new required member `\(child)`")
                } else {
                    log.record(.newOptionalInput, at: childPointer, "\(place): new optional member `\(child)`")
                }
            case (_?, _?, _):
                let wasRequired = oldRequired.contains(name)
                let isRequired = newRequired.contains(name)
                if wasRequired != isRequired {
                    let requiredPointer = childPointer.appending("required")
                    let sentence = "\(subject) is now \(isRequired ? "required" : "optional")"
                    switch (direction, isRequired) {
                    case (.input, true): log.record(.memberNowRequired, at: requiredPointer, sentence, before: "optional", after: "required")
                    case (.input, false): log.record(.widenedInput, at: requiredPointer, sentence, before: "required", after: "optional")
                    case (.output, false): log.record(.responseMemberNowOptional, at: requiredPointer, "\(sentence): clients may find it missing", before: "required", after: "optional")
                    case (.output, true): log.record(.narrowedOutput, at: requiredPointer, "\(sentence): always present", before: "optional", after: "required")
                    }
                }
                compare(oldSchema, newSchema, at: childPointer, member: child, depth: depth + 1, visiting: &visiting, into: &log)
            case (nil, nil, _):
                break
            }
        }
    }

    /// `anyOf`/`oneOf` alternatives compared pairwise; more alternatives widen, fewer narrow.
    private func compareBranches(_ before: SchemaView, _ after: SchemaView, subject: String, at pointer: JSONPointer, member: String, depth: Int, visiting: inout Set<String>, into log: inout ChangeLog) {
        guard !before.branches.isEmpty, !after.branches.isEmpty else { return }
        for index in 0..<min(before.branches.count, after.branches.count) {
            compare(before.branches[index], after.branches[index], at: pointer.appending("anyOf").appending(index), member: member, depth: depth + 1, visiting: &visiting, into: &log)
        }
        let counts = "\(before.branches.count) → \(after.branches.count) alternatives"
        if after.branches.count > before.branches.count {
            let code: ChangeCode = direction == .output ? .widenedType : .widenedInput
            log.record(code, at: pointer.appending("anyOf"), "\(subject) may now match more schemas (\(counts))")
        } else if after.branches.count < before.branches.count {
            let code: ChangeCode = direction == .input ? .narrowedType : .narrowedOutput
            log.record(code, at: pointer.appending("anyOf"), "\(subject) matches fewer schemas (\(counts))")
        }
    }

    /// Whether a member is outside this direction: read-only in an input, write-only in an output.
    private func isInvisible(_ schema: JSONValue?, in document: SpecDocument) -> Bool {
        guard let object = schema.flatMap({ document.resolved($0)?.object }) else { return false }
        return object[direction == .input ? "readOnly" : "writeOnly"]?.boolValue == true
    }
}
