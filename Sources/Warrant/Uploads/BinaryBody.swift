import OpenAPIKit

/// The whole request body as one ``UploadedFile`` (a handler parameter of that type), sent with one of
/// the declared media types: `application/octet-stream` unless `@Body(mediaTypes: ["image/png"])` says.
public struct BinaryBody: RouteInputDescriptor {
    let description: String?
    let mediaTypes: [String]

    /// A raw body descriptor accepting `mediaTypes` (ranges such as `image/*` allowed).
    public init(description: String?, mediaTypes: [String] = ["application/octet-stream"]) {
        self.description = description
        self.mediaTypes = mediaTypes.map { $0.lowercased() }
    }

    /// The uploaded body, or `nil` after recording that it is missing.
    public func extract(from input: RouteInput, issues: inout ValidationIssues) -> UploadedFile? {
        guard let upload = input.upload else {
            var local = ValidationIssues()
            local.record("missing", "a body is required")
            local.place(in: .body, name: nil)
            issues.append(contentsOf: local)
            return nil
        }
        return upload
    }

    /// Adds the request body: each accepted media type with a binary string schema.
    public func document(in operation: inout OperationInputs, components: inout SchemaComponents) {
        var content: OpenAPI.Content.Map = [:]
        for type in mediaTypes {
            guard let contentType = OpenAPI.ContentType(rawValue: type) else { continue }
            content[contentType] = .b(OpenAPI.Content(schema: .string(format: UploadDocumentation.binaryFormat, contentMediaType: contentType)))
        }
        operation.requestBody = OpenAPI.Request(description: description, content: content, required: true)
    }

    /// The body is read.
    public var readsBody: Bool { true }
    /// Raw bytes of the declared types.
    public var bodyFormat: RequestBodyFormat { .binary(mediaTypes) }
}
