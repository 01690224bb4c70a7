import WarrantJSON

/// One parameter of an operation, with its `$ref` followed.
struct SpecParameter: Sendable {
    /// Where it travels: `path`, `query`, `header` or `cookie`.
    let location: String
    /// Its name (as the document writes it).
    let name: String
    /// The parameter object.
    let object: JSONObject
    /// How it is matched with the other document's parameters: location and name (a header's name in
    /// lowercase, as HTTP compares them), or a path parameter's position in the template, since renaming
    /// `{id}` changes no URL.
    let matchKey: String

    /// Whether a client must send it (a path parameter always).
    var isRequired: Bool { location == "path" || object["required"]?.boolValue == true }

    /// Its schema.
    var schema: JSONValue? { object["schema"] }

    /// `parameters/query/limit`: the logical place of the parameter in its operation.
    func pointer(in operation: JSONPointer) -> JSONPointer {
        operation.appending("parameters").appending(location).appending(name)
    }

    /// "query parameter `limit`".
    var label: String { "\(location) parameter `\(name)`" }

    /// A parameter from its (resolved) object; `nil` when it names no location or name.
    /// - Parameters:
    ///   - object: The parameter object.
    ///   - pathParameters: The template's parameter names in order, to match path parameters by position.
    init?(_ object: JSONObject, pathParameters: [String]) {
        guard let location = object["in"]?.stringValue, let name = object["name"]?.stringValue else { return nil }
        self.location = location
        self.name = name
        self.object = object
        switch location {
        case "path":
            matchKey = "path/#\(pathParameters.firstIndex(of: name).map(String.init) ?? name)"
        case "header":
            matchKey = "header/\(name.lowercased())"
        default:
            matchKey = "\(location)/\(name)"
        }
    }
}
