import WarrantJSON

/// A `content` object: media type → media type object, with types compared in lowercase (as HTTP does).
struct MediaTypes {
    /// The media types in document order, lowercase.
    let types: [String]
    private let objects: [String: JSONObject]

    /// The media types of a `content` value (none when absent).
    init(_ content: JSONValue?) {
        var types: [String] = []
        var objects: [String: JSONObject] = [:]
        for member in content?.objectValue?.members ?? [] {
            let type = member.key.lowercased()
            guard objects[type] == nil else { continue }
            types.append(type)
            objects[type] = member.value.objectValue ?? JSONObject()
        }
        self.types = types
        self.objects = objects
    }

    /// The media type object for `type`.
    subscript(type: String) -> JSONObject? { objects[type] }
}
