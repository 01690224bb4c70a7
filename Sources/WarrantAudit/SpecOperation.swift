import WarrantJSON

/// One operation of a document — a method on a path — with what the audit compares.
struct SpecOperation: Sendable {
    /// The methods a path item may hold operations under.
    static let methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"]

    /// The method, as the document writes it (lowercase).
    let method: String
    /// The path template.
    let path: String
    /// The operation object.
    let object: JSONObject
    /// The path item's and the operation's parameters, the operation's winning on the same location and name.
    let parameters: [SpecParameter]
    /// Who may call it.
    let security: OperationSecurity
    /// How it is matched with the other document's operations: the method and the path's shape.
    let matchKey: String

    /// `/paths/~1todos/get`.
    var pointer: JSONPointer { JSONPointer(components: ["paths", path, method]) }

    /// The operationId.
    var operationID: String? { object["operationId"]?.stringValue }

    /// Every operation of `document`, in document order.
    static func all(in document: SpecDocument) -> [SpecOperation] {
        var operations: [SpecOperation] = []
        for pathMember in document.paths.members {
            guard let pathItem = document.resolved(pathMember.value)?.object else { continue }
            let templateNames = PathTemplate.parameterNames(in: pathMember.key)
            let shared = parameters(pathItem["parameters"], in: document, templateNames: templateNames)
            for method in methods {
                guard let operation = pathItem[method]?.objectValue else { continue }
                var merged: [String: SpecParameter] = [:]
                var order: [String] = []
                for parameter in shared + parameters(operation["parameters"], in: document, templateNames: templateNames) {
                    if merged[parameter.matchKey] == nil { order.append(parameter.matchKey) }
                    merged[parameter.matchKey] = parameter
                }
                operations.append(SpecOperation(
                    method: method,
                    path: pathMember.key,
                    object: operation,
                    parameters: order.compactMap { merged[$0] },
                    security: OperationSecurity(operation: operation, root: document.root),
                    matchKey: "\(method.uppercased()) \(PathTemplate.shape(of: pathMember.key))"
                ))
            }
        }
        return withUniqueKeys(operations)
    }

    /// Operations whose paths differ only in parameter names (which OpenAPI forbids) are matched by
    /// their exact paths instead, so no two share a key.
    private static func withUniqueKeys(_ operations: [SpecOperation]) -> [SpecOperation] {
        var counts: [String: Int] = [:]
        for operation in operations { counts[operation.matchKey, default: 0] += 1 }
        return operations.map { operation in
            guard counts[operation.matchKey, default: 0] > 1 else { return operation }
            return SpecOperation(
                method: operation.method, path: operation.path, object: operation.object, parameters: operation.parameters,
                security: operation.security, matchKey: "\(operation.method.uppercased()) \(operation.path)"
            )
        }
    }

    private static func parameters(_ list: JSONValue?, in document: SpecDocument, templateNames: [String]) -> [SpecParameter] {
        (list?.arrayValue ?? []).compactMap { entry in
            document.resolved(entry).flatMap { SpecParameter($0.object, pathParameters: templateNames) }
        }
    }

    /// The request body object, its `$ref` followed.
    func requestBody(in document: SpecDocument) -> JSONObject? {
        object["requestBody"].flatMap { document.resolved($0)?.object }
    }

    /// The responses, by status code, each `$ref` followed.
    func responses(in document: SpecDocument) -> [String: JSONObject] {
        var responses: [String: JSONObject] = [:]
        for member in object["responses"]?.objectValue?.members ?? [] {
            if let response = document.resolved(member.value)?.object { responses[member.key.uppercased()] = response }
        }
        return responses
    }

    /// The reference reports name it by, given the older document's version of it (if any).
    func reference(previous: SpecOperation? = nil) -> OperationReference {
        OperationReference(method: method, path: path, operationID: operationID, previousOperationID: previous?.operationID)
    }
}
