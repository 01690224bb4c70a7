public import WarrantJSON
public import OpenAPIKit

extension UploadedFile: SchemaValue {
    /// `{"type": "string", "format": "binary", "contentMediaType": "application/octet-stream"}`: a file
    /// input in Swagger UI and a file in generated clients.
    public static func schema(in components: inout SchemaComponents) -> JSONSchema {
        .string(format: UploadDocumentation.binaryFormat, contentMediaType: .other("application/octet-stream"))
    }

    /// The file part this member names, from the multipart body being decoded; a file cannot come as JSON.
    public static func decode(json: JSONValue, issues: inout ValidationIssues) -> UploadedFile? {
        if let file = MultipartDecoding.file(for: json) { return file }
        issues.record("type", "must be a file: send the body as multipart/form-data with this field as a file part (a part with a filename)")
        return nil
    }

    /// A file has no JSON form: it is written as `null` (return its metadata in a type of your own).
    public func encode(to writer: inout JSONWriter) { writer.null() }

    /// Checks `@MediaTypes` (the declared type, `image/*` ranges allowed) and `@MaxBytes`.
    public func check(_ constraint: Constraint, issues: inout ValidationIssues) {
        switch constraint.rule {
        case .mediaTypes(let types):
            guard !types.contains(where: { MediaTypeRange.matches($0, contentType) }) else { return }
            issues.record("media_type", "must be one of \(types.joined(separator: ", ")), not \(contentType)")
        case .maxBytes(let limit) where size > limit:
            issues.record("too_large", "must be at most \(limit) bytes, not \(size)")
        default:
            return
        }
    }
}
