import WarrantJSON

/// An operation's request body, before and after: required or not, its content types, and each common
/// content type's schema compared as an input.
enum RequestBodyDiff {
    /// Records the request-body changes of one operation.
    static func compare(_ old: SpecOperation, _ new: SpecOperation, documents: (old: SpecDocument, new: SpecDocument), into log: inout ChangeLog) {
        let pointer = new.pointer.appending("requestBody")
        let before = old.requestBody(in: documents.old)
        let after = new.requestBody(in: documents.new)
        switch (before, after) {
        case (nil, nil):
            return
        case (nil, let body?):
            let required = body["required"]?.boolValue == true
            log.record(required ? .newRequiredInput : .newOptionalInput, at: pointer, required ? "new required request body" : "new optional request body")
            return
        case (_?, nil):
            log.record(.removedRequestMember, at: pointer, "the request body is no longer read; clients that send one are refused or ignored")
            return
        case (let before?, let after?):
            let wasRequired = before["required"]?.boolValue == true
            let isRequired = after["required"]?.boolValue == true
            if !wasRequired, isRequired {
                log.record(.memberNowRequired, at: pointer.appending("required"), "the request body is now required", before: "optional", after: "required")
            } else if wasRequired, !isRequired {
                log.record(.widenedInput, at: pointer.appending("required"), "the request body is now optional", before: "required", after: "optional")
            }
            compareContent(before, after, at: pointer.appending("content"), documents: documents, into: &log)
        }
    }

    private static func compareContent(_ before: JSONObject, _ after: JSONObject, at pointer: JSONPointer, documents: (old: SpecDocument, new: SpecDocument), into log: inout ChangeLog) {
        let oldContent = MediaTypes(before["content"])
        let newContent = MediaTypes(after["content"])
        for type in oldContent.types where newContent[type] == nil {
            log.record(.removedRequestContentType, at: pointer.appending(type), "the request body is no longer accepted as \(type)", before: type)
        }
        for type in newContent.types where oldContent[type] == nil {
            log.record(.newOptionalInput, at: pointer.appending(type), "the request body is also accepted as \(type)", after: type)
        }
        for type in newContent.types {
            guard let oldMedia = oldContent[type], let newMedia = newContent[type] else { continue }
            SchemaDiff(old: documents.old, new: documents.new, direction: .input, place: "request body (\(type))")
                .compare(oldMedia["schema"], newMedia["schema"], at: pointer.appending(type).appending("schema"), into: &log)
        }
    }
}
