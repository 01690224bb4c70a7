import WarrantJSON

/// Turns a read ``MultipartForm`` into the JSON object its `@Schema` type decodes, files included.
///
/// A file goes into the object as `{"$file": "<index>"}` and ``UploadedFile``'s decoder finds it in the
/// task-local list of the form being decoded. Text fields never become objects, so a client cannot pass a
/// text field off as a file.
enum MultipartDecoding {
    /// The files of the form being decoded.
    @TaskLocal static var files: [UploadedFile] = []

    private static let fileKey = "$file"

    /// The file a placeholder stands for, if `json` is one of the form being decoded.
    static func file(for json: JSONValue) -> UploadedFile? {
        guard case .object(let object) = json, object.count == 1, case .string(let text)? = object[fileKey],
              let index = Int(text), files.indices.contains(index)
        else { return nil }
        return files[index]
    }

    /// The form as one object: fields typed by their property's kind, repeated names as arrays where the
    /// property is one, parts no property names left out; `nil` after recording issues (a repeated single
    /// field, a file sent for a text field).
    static func object(
        _ form: MultipartForm, kinds: [String: MultipartFieldKind], limits: JSONLimits, issues: inout ValidationIssues
    ) -> JSONValue? {
        var values: [(name: String, value: JSONValue)] = []
        // Parts the type has no property for are left out, as a JSON body's unknown members are ignored.
        for field in form.fields {
            guard let kind = kinds[field.name] else { continue }
            if let value = kind.value(of: field.value, limits: limits) { values.append((field.name, value)) }
        }
        for (index, file) in form.files.enumerated() {
            switch kinds[file.name] {
            case nil:
                continue
            case .file?, .array(.file)?:
                values.append((file.name, .object(JSONObject([(fileKey, .string(String(index)))]))))
            default:
                record("type", "is a file part; send it as a text field", at: file.name, in: &issues)
            }
        }
        var object = JSONObject()
        for (name, value) in values {
            guard case .array? = kinds[name] else {
                if object[name] != nil {
                    record("form", "is sent more than once; it takes one value", at: name, in: &issues)
                } else {
                    object[name] = value
                }
                continue
            }
            if case .array(var elements)? = object[name] {
                elements.append(value)
                object[name] = .array(elements)
            } else {
                object[name] = .array([value])
            }
        }
        return issues.isEmpty ? .object(object) : nil
    }

    private static func record(_ code: String, _ detail: String, at name: String, in issues: inout ValidationIssues) {
        var nested = ValidationIssues()
        nested.record(code, detail)
        issues.absorb(nested, under: name)
    }
}
