import OpenAPIKit
import WarrantJSON

/// A `multipart/form-data` body decoded as the `@Schema` struct `Value`: its ``UploadedFile`` properties
/// are the file parts, the others text fields, checked with the same rules and messages as a JSON body.
///
/// Declared with `@Body(multipart: true) upload: AvatarUpload`. Text fields are typed by their property
/// (`42` for an `Int`, `true`/`on` for a `Bool`, JSON text for a nested object); a property that is an
/// array takes a repeated field or several files.
public struct MultipartBody<Value: SchemaModel>: RouteInputDescriptor {
    let description: String?
    let kinds: [String: MultipartFieldKind]

    /// A multipart body descriptor.
    public init(description: String?) {
        self.description = description
        var components = SchemaComponents()
        kinds = MultipartFieldKind.properties(of: Value.schema(in: &components), in: components)
    }

    /// The decoded form, or `nil` after recording why it is invalid.
    public func extract(from input: RouteInput, issues: inout ValidationIssues) -> Value? {
        var local = ValidationIssues()
        defer {
            local.place(in: .body, name: nil)
            issues.append(contentsOf: local)
        }
        guard let form = input.form else {
            local.record("missing", "a multipart/form-data body is required")
            return nil
        }
        if let failure = form.failure {
            local.record("multipart", failure)
            return nil
        }
        guard let json = MultipartDecoding.object(form, kinds: kinds, limits: input.jsonLimits, issues: &local) else { return nil }
        return MultipartDecoding.$files.withValue(form.files.map(\.file)) {
            Value.decode(json: json, issues: &local)
        }
    }

    /// Adds the `multipart/form-data` request body, each file's accepted media types in its `encoding`.
    public func document(in operation: inout OperationInputs, components: inout SchemaComponents) {
        let schema = Value.schema(in: &components)
        var encoding: OrderedDictionary<String, OpenAPI.Content.Encoding> = [:]
        for (name, types) in UploadDocumentation.declaredMediaTypes(of: schema, in: components) {
            encoding[name] = OpenAPI.Content.Encoding(contentTypes: types.compactMap { OpenAPI.ContentType(rawValue: $0) })
        }
        let content = OpenAPI.Content(schema: schema, encoding: encoding.isEmpty ? nil : encoding)
        operation.requestBody = OpenAPI.Request(description: description, content: [.multipartForm: .b(content)], required: true)
    }

    /// The body is read.
    public var readsBody: Bool { true }
    /// Multipart.
    public var bodyFormat: RequestBodyFormat { .multipart }
}
