import OpenAPIKit
import NIOCore
import WarrantJSON

/// The request's JSON body (or, when allowed, an HTML form), decoded as `Value` with every violation reported.
public struct JSONBody<Value: SchemaValue>: RouteInputDescriptor {
    let description: String?
    let isRequired: Bool
    /// Whether `application/x-www-form-urlencoded` is accepted too (its fields decode as strings).
    public let acceptsForm: Bool

    /// A body descriptor; `required: false` lets an empty body decode to `nil`; `form: true` also accepts
    /// an HTML form (as OAuth2's password grant sends).
    public init(description: String?, required: Bool = true, form: Bool = false) {
        self.description = description
        self.isRequired = required
        self.acceptsForm = form
    }

    /// The decoded body, or `nil` after recording why it is invalid.
    public func extract(from input: RouteInput, issues: inout ValidationIssues) -> Value? {
        guard let json = RequestJSON.parse(input, required: true, issues: &issues) else { return nil }
        return RequestJSON.decode(Value.self, json, issues: &issues)
    }

    /// Like ``extract(from:issues:)``, but an empty body gives `.some(nil)`.
    public func extractOptional(from input: RouteInput, issues: inout ValidationIssues) -> Value?? {
        guard (input.body?.readableBytes ?? 0) > 0 else { return .some(nil) }
        guard let json = RequestJSON.parse(input, required: false, issues: &issues) else { return nil }
        guard let value = RequestJSON.decode(Value.self, json, issues: &issues) else { return nil }
        return .some(value)
    }

    /// Adds the `application/json` request body.
    public func document(in operation: inout OperationInputs, components: inout SchemaComponents) {
        let schema = Value.schema(in: &components)
        var content: OpenAPI.Content.Map = [.json: .b(OpenAPI.Content(schema: schema))]
        if acceptsForm { content[.form] = .b(OpenAPI.Content(schema: schema)) }
        operation.requestBody = OpenAPI.Request(description: description, content: content, required: isRequired)
    }

    /// The body is read.
    public var readsBody: Bool { true }
}

/// Parsing shared by required and optional bodies.
enum RequestJSON {
    /// The parsed body, or `nil` after recording a `missing`, `json` or `limit` issue at the body's root.
    static func parse(_ input: RouteInput, required: Bool, issues: inout ValidationIssues) -> JSONValue? {
        var local = ValidationIssues()
        defer {
            local.place(in: .body, name: nil)
            issues.append(contentsOf: local)
        }
        guard let body = input.body, body.readableBytes > 0 else {
            local.record("missing", "a JSON body is required")
            return nil
        }
        if input.bodyIsForm {
            return FormBody.parse(body, limits: input.jsonLimits, issues: &local)
        }
        do {
            return try JSONParser.parse(body, limits: input.jsonLimits)
        } catch {
            local.record(error.kind.isLimitExceeded ? "limit" : "json", "is not valid JSON: \(error.message) at byte \(error.offset)")
            return nil
        }
    }

    /// The decoded value, with issues placed in the body.
    static func decode<Value: SchemaValue>(_ type: Value.Type, _ json: JSONValue, issues: inout ValidationIssues) -> Value? {
        var local = ValidationIssues()
        let value = Value.decode(json: json, issues: &local)
        if !local.isEmpty {
            local.place(in: .body, name: nil)
            issues.append(contentsOf: local)
        }
        return value
    }
}
