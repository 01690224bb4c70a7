import WarrantJSON

/// An operation's responses, before and after: success statuses, their content types and schemas
/// (compared as outputs), the 401 and 403 a protected operation documents, and other responses.
enum ResponseDiff {
    /// Records the response changes of one operation.
    static func compare(_ old: SpecOperation, _ new: SpecOperation, documents: (old: SpecDocument, new: SpecDocument), into log: inout ChangeLog) {
        let pointer = new.pointer.appending("responses")
        let before = old.responses(in: documents.old)
        let after = new.responses(in: documents.new)
        let oldSuccess = before.keys.filter(isSuccess).sorted()
        let newSuccess = after.keys.filter(isSuccess).sorted()
        let removed = oldSuccess.filter { after[$0] == nil }
        let added = newSuccess.filter { before[$0] == nil }
        if let first = removed.first {
            let now = newSuccess.isEmpty ? "none" : newSuccess.joined(separator: ", ")
            log.record(.statusChanged, at: pointer.appending(first), "success status \(oldSuccess.joined(separator: ", ")) → \(now): clients that expect \(removed.joined(separator: ", ")) break", before: oldSuccess.joined(separator: ", "), after: now)
        }
        // A status that replaces a removed one is part of the status change, not news of its own.
        for status in added where removed.isEmpty {
            log.record(.newResponseMember, at: pointer.appending(status), "new success status \(status)", after: status)
        }
        var pairs = oldSuccess.filter { after[$0] != nil }.map { (old: $0, new: $0) }
        if removed.count == 1, added.count == 1 { pairs.append((old: removed[0], new: added[0])) }
        for pair in pairs {
            guard let oldResponse = before[pair.old], let newResponse = after[pair.new] else { continue }
            compareContent(oldResponse, newResponse, status: pair.new, at: pointer.appending(pair.new).appending("content"), documents: documents, into: &log)
        }
        compareFailures(before, after, security: (old.security, new.security), at: pointer, into: &log)
    }

    /// Whether a status code (or range, `2XX`) is a success.
    private static func isSuccess(_ status: String) -> Bool { status.hasPrefix("2") }

    private static func compareContent(_ before: JSONObject, _ after: JSONObject, status: String, at pointer: JSONPointer, documents: (old: SpecDocument, new: SpecDocument), into log: inout ChangeLog) {
        let oldContent = MediaTypes(before["content"])
        let newContent = MediaTypes(after["content"])
        for type in oldContent.types where newContent[type] == nil {
            log.record(.removedResponseContentType, at: pointer.appending(type), "response \(status) is no longer offered as \(type)", before: type)
        }
        for type in newContent.types where oldContent[type] == nil {
            log.record(.newResponseMember, at: pointer.appending(type), "response \(status) is also offered as \(type)", after: type)
        }
        for type in newContent.types {
            guard let oldMedia = oldContent[type], let newMedia = newContent[type] else { continue }
            SchemaDiff(old: documents.old, new: documents.new, direction: .output, place: "response \(status) (\(type))")
                .compare(oldMedia["schema"], newMedia["schema"], at: pointer.appending(type).appending("schema"), into: &log)
        }
    }

    /// A protected operation that stops documenting its 401, or a role operation its 403, hides how it
    /// refuses callers: a security change. A 401 or 403 that comes or goes with the access itself (an
    /// operation made public, a role dropped or required) is part of that change. Other failure
    /// responses coming and going are listed only.
    private static func compareFailures(_ before: [String: JSONObject], _ after: [String: JSONObject], security: (old: OperationSecurity, new: OperationSecurity), at pointer: JSONPointer, into log: inout ChangeLog) {
        let protected = (old: security.old.level != .anyone, new: security.new.level != .anyone)
        let roles = (old: security.old.level == .role, new: security.new.level == .role)
        for status in before.keys.sorted() where !isSuccess(status) && after[status] == nil {
            switch status {
            case "401" where protected.old && protected.new:
                log.record(.removed401, at: pointer.appending(status), "the protected operation no longer documents its 401 (no valid credential)", before: status)
            case "403" where roles.old && roles.new:
                log.record(.removed403, at: pointer.appending(status), "the operation still requires a role but no longer documents its 403 (role not granted)", before: status)
            case "401" where protected.old, "403" where roles.old:
                continue
            default:
                log.record(.responsesChanged, at: pointer.appending(status), "response \(status) removed", before: status)
            }
        }
        for status in after.keys.sorted() where !isSuccess(status) && before[status] == nil {
            switch status {
            case "401" where protected.new && !protected.old, "403" where roles.new && !roles.old:
                continue
            default:
                log.record(.responsesChanged, at: pointer.appending(status), "response \(status) added", after: status)
            }
        }
    }
}
