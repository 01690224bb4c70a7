import WarrantJSON

/// Changes to `components.securitySchemes`: schemes added, removed or renamed, and each field that says
/// how a credential travels or is checked.
enum SchemeDiff {
    /// The fields of a scheme that change what a credential is or where it goes.
    static let fields = ["type", "scheme", "bearerFormat", "openIdConnectUrl", "name", "in"]
    /// The URL fields of an OAuth2 flow.
    static let flowURLs = ["authorizationUrl", "tokenUrl", "refreshUrl"]

    /// Records the scheme changes between the documents, and answers the renamed schemes (old name → new),
    /// so operations are compared under the new names.
    static func compare(_ old: SpecDocument, _ new: SpecDocument, into log: inout ChangeLog) -> [String: String] {
        let oldSchemes = old.securitySchemes
        let newSchemes = new.securitySchemes
        let base = JSONPointer(components: ["components", "securitySchemes"])
        var removed = oldSchemes.keys.filter { !newSchemes.contains(key: $0) }
        var added = newSchemes.keys.filter { !oldSchemes.contains(key: $0) }
        var renames: [String: String] = [:]
        // A scheme under a new name with the same definition is a rename, not a removal and an addition.
        for name in removed {
            let twins = added.filter { definitionsMatch(oldSchemes[name], newSchemes[$0]) }
            guard twins.count == 1, let twin = twins.first,
                  removed.filter({ definitionsMatch(oldSchemes[$0], newSchemes[twin]) }).count == 1 else { continue }
            renames[name] = twin
            log.record(.schemeRenamed, at: base.appending(twin), "security scheme `\(name)` renamed to `\(twin)`, its definition unchanged", before: name, after: twin)
        }
        removed.removeAll { renames[$0] != nil }
        added.removeAll { renames.values.contains($0) }
        for name in removed {
            log.record(.schemeRemoved, at: base.appending(name), "security scheme `\(name)` removed (was \(describe(oldSchemes[name])))", before: describe(oldSchemes[name]))
        }
        for name in added {
            log.record(.schemeAdded, at: base.appending(name), "security scheme `\(name)` added: \(describe(newSchemes[name]))", after: describe(newSchemes[name]))
        }
        for name in oldSchemes.keys {
            let newName = renames[name] ?? name
            guard let oldScheme = oldSchemes[name]?.objectValue, let newScheme = newSchemes[newName]?.objectValue else { continue }
            compareScheme(oldScheme, newScheme, named: newName, at: base.appending(newName), into: &log)
        }
        return renames
    }

    private static func definitionsMatch(_ lhs: JSONValue?, _ rhs: JSONValue?) -> Bool {
        guard let lhs = lhs?.objectValue, let rhs = rhs?.objectValue else { return false }
        return CanonicalJSON.equal(.object(CanonicalJSON.removing(["description"], from: lhs)), .object(CanonicalJSON.removing(["description"], from: rhs)))
    }

    private static func compareScheme(_ old: JSONObject, _ new: JSONObject, named name: String, at pointer: JSONPointer, into log: inout ChangeLog) {
        for field in fields {
            let before = text(old[field], field: field)
            let after = text(new[field], field: field)
            guard before != after else { continue }
            log.record(.schemeChanged, at: pointer.appending(field), "security scheme `\(name)` \(field) \(before ?? "unset") → \(after ?? "unset")", before: before, after: after)
        }
        if old["description"] != new["description"] {
            log.record(.descriptionChanged, at: pointer.appending("description"), "security scheme `\(name)` description changed")
        }
        compareFlows(old["flows"]?.objectValue ?? JSONObject(), new["flows"]?.objectValue ?? JSONObject(), scheme: name, at: pointer.appending("flows"), into: &log)
    }

    private static func compareFlows(_ old: JSONObject, _ new: JSONObject, scheme: String, at pointer: JSONPointer, into log: inout ChangeLog) {
        for flow in old.keys where !new.contains(key: flow) {
            log.record(.schemeChanged, at: pointer.appending(flow), "security scheme `\(scheme)` no longer offers the OAuth2 \(flow) flow")
        }
        for flow in new.keys where !old.contains(key: flow) {
            log.record(.schemeChanged, at: pointer.appending(flow), "security scheme `\(scheme)` now offers the OAuth2 \(flow) flow")
        }
        for flow in old.keys {
            guard let oldFlow = old[flow]?.objectValue, let newFlow = new[flow]?.objectValue else { continue }
            let flowPointer = pointer.appending(flow)
            for field in flowURLs where oldFlow[field] != newFlow[field] {
                let before = oldFlow[field]?.stringValue
                let after = newFlow[field]?.stringValue
                log.record(.schemeChanged, at: flowPointer.appending(field), "security scheme `\(scheme)` \(flow) flow \(field) \(before ?? "unset") → \(after ?? "unset")", before: before, after: after)
            }
            let oldScopes = oldFlow["scopes"]?.objectValue ?? JSONObject()
            let newScopes = newFlow["scopes"]?.objectValue ?? JSONObject()
            let scopesPointer = flowPointer.appending("scopes")
            for scope in oldScopes.keys where !newScopes.contains(key: scope) {
                log.record(.schemeChanged, at: scopesPointer.appending(scope), "security scheme `\(scheme)` \(flow) flow scope `\(scope)` removed", before: scope)
            }
            for scope in newScopes.keys where !oldScopes.contains(key: scope) {
                log.record(.schemeChanged, at: scopesPointer.appending(scope), "security scheme `\(scheme)` \(flow) flow scope `\(scope)` added", after: scope)
            }
            for scope in oldScopes.keys where newScopes.contains(key: scope) && oldScopes[scope] != newScopes[scope] {
                log.record(.descriptionChanged, at: scopesPointer.appending(scope), "security scheme `\(scheme)` \(flow) flow scope `\(scope)` description changed")
            }
        }
    }

    /// A field's value as text; the HTTP auth scheme in lowercase, as RFC 7235 compares it.
    private static func text(_ value: JSONValue?, field: String) -> String? {
        guard let value else { return nil }
        let text = value.stringValue ?? CanonicalJSON.text(value)
        return field == "scheme" ? text.lowercased() : text
    }

    /// "http bearer (PASETO v4.public)", "apiKey in header X-API-Key", "oauth2 (password)"…
    static func describe(_ scheme: JSONValue?) -> String {
        guard let scheme = scheme?.objectValue, let type = scheme["type"]?.stringValue else { return "an unknown scheme" }
        switch type {
        case "http":
            let format = scheme["bearerFormat"]?.stringValue.map { " (\($0))" } ?? ""
            return "http \(scheme["scheme"]?.stringValue?.lowercased() ?? "?")\(format)"
        case "apiKey":
            return "apiKey in \(scheme["in"]?.stringValue ?? "?") \(scheme["name"]?.stringValue ?? "?")"
        case "openIdConnect":
            return "openIdConnect at \(scheme["openIdConnectUrl"]?.stringValue ?? "?")"
        case "oauth2":
            return "oauth2 (\((scheme["flows"]?.objectValue?.keys ?? []).joined(separator: ", ")) flow)"
        default:
            return type
        }
    }
}
