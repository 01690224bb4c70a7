import HTTPTypes
import OpenAPIKit

/// Builds the OpenAPI 3.1 document from the route table: the same table the server routes with.
struct OpenAPIDocumentBuilder {
    let info: APIInfo
    let security: SecurityDocumentation
    let commonProblems: [ProblemCase]

    /// The document, or an error naming each declaration the document cannot represent.
    func build(_ table: RouteTable) throws(APIDeclarationError) -> OpenAPI.Document {
        var components = SchemaComponents()
        var paths: OrderedDictionary<OpenAPI.Path, OpenAPI.PathItem> = [:]
        let allowByPath = Self.allowedMethods(table)
        for route in table.routes {
            let operation = self.operation(for: route, allow: allowByPath[route.endpoint.path] ?? "", providers: table.providers, components: &components)
            let path = OpenAPI.Path(rawValue: route.endpoint.path)
            var item = paths[path] ?? OpenAPI.PathItem()
            item[route.endpoint.method.openAPIVerb] = operation
            paths[path] = item
        }
        var problems = components.invalidDeclarations
        problems += components.conflicts.map { "two Swift types are published under the schema name '\($0)'; rename one" }
        var schemas = OpenAPI.ComponentDictionary<JSONSchema>()
        for (name, schema) in components.schemas.sorted(by: { $0.key < $1.key }) {
            guard let key = OpenAPI.ComponentKey(rawValue: name) else {
                problems.append("'\(name)' is not a valid schema component name")
                continue
            }
            schemas[key] = schema
        }
        guard problems.isEmpty else { throw APIDeclarationError(problems: problems) }
        return OpenAPI.Document(
            openAPIVersion: .v3_1_1,
            info: .init(title: info.title, summary: info.summary, description: info.description, version: info.version),
            servers: [],
            paths: paths.mapValues { .b($0) },
            components: .init(
                schemas: schemas,
                securitySchemes: security.components
            ),
            security: [],
            tags: table.tags.map { OpenAPI.Tag(name: $0.name, description: $0.description) }
        )
    }

    /// Each path's `Allow` value: its methods in registration order, `HEAD` after `GET`.
    private static func allowedMethods(_ table: RouteTable) -> [String: String] {
        var methods: [String: [String]] = [:]
        for route in table.routes {
            let method = route.endpoint.method
            methods[route.endpoint.path, default: []].append(method.rawValue)
            if method == .get { methods[route.endpoint.path, default: []].append("HEAD") }
        }
        return methods.mapValues { $0.joined(separator: ", ") }
    }

    /// The operation of `route`; `providers` are the API's dependency providers, whose problems it documents
    /// when it depends on them.
    private func operation(for route: Route, allow: String, providers: [any RequestDependency], components: inout SchemaComponents) -> OpenAPI.Operation {
        var inputs = OperationInputs()
        for input in route.inputs { input.document(in: &inputs, components: &components) }
        var responses = ResponseListBuilder()
        for var success in route.successResponses(&components) {
            if let returns = route.endpoint.returns { success.description = returns }
            // The handler's answers carry the rate limit's fields; refusals before it was counted do not.
            if route.endpoint.rateLimit != nil { success.headers += RateLimitFields.documentedHeaders }
            if route.endpoint.idempotency != nil { success.headers.append(IdempotencyDocumentation.replayedHeader) }
            responses.add(success)
        }
        for response in inputs.responses { responses.add(response) }
        if let idempotency = route.endpoint.idempotency {
            inputs.parameters.append(IdempotencyDocumentation.parameter(idempotency))
            for response in IdempotencyDocumentation.responses(in: &components) { responses.add(response) }
        }
        if route.endpoint.rateLimit != nil {
            responses.add(.problem(
                .tooManyRequests, "The operation's rate limit is used up: wait `Retry-After` seconds.",
                headers: [("Retry-After", "Seconds until the window ends.")] + RateLimitFields.documentedHeaders, in: &components))
        }
        if route.requirement != .none {
            responses.add(.problem(.unauthorized, security.unauthorizedDescription, headers: [("WWW-Authenticate", security.challengeDescription)], in: &components))
            if let unavailable = security.unavailableDescription {
                responses.add(.problem(.serviceUnavailable, unavailable, headers: [("Retry-After", "Seconds to wait before retrying.")], in: &components))
            }
        }
        if case .role(let role) = route.requirement {
            responses.add(.problem(.forbidden, security.forbiddenDescription(for: role), in: &components))
        }
        responses.add(.problem(
            .methodNotAllowed, "The path is served only with \(allow); any other method answers 405.",
            headers: [("Allow", "The methods the path serves: `\(allow)`.")], in: &components
        ))
        if route.readsBody {
            responses.add(.problem(.contentTooLarge, "The body is larger than the server accepts.", in: &components))
            responses.add(.problem(.unsupportedMediaType, "The body is not sent as \(route.bodyFormat.accepted.replacingOccurrences(of: "'", with: "`")).", in: &components))
        }
        if !route.inputs.isEmpty {
            responses.add(.problem(.unprocessableContent, "An input value is invalid; every invalid value is listed.", validation: true, in: &components))
        }
        let dependencyProblems = route.dependencies.flatMap { key in
            providers.first { $0.valueKey == key.id }.map { type(of: $0).problems } ?? []
        }
        for entry in (route.problems + dependencyProblems).flatMap({ $0.documentedProblems }) + commonProblems {
            do {
                let text = entry.detail.map { "**\(entry.title)**: \($0)" } ?? entry.title
                responses.add(.problem(entry.status, text, in: &components))
            }
        }
        let admitted = security.admittedRoles(for: route.requirement)
        return OpenAPI.Operation(
            tags: route.endpoint.tags.isEmpty ? nil : route.endpoint.tags,
            summary: route.endpoint.summary,
            description: Self.description(of: route.endpoint),
            operationId: route.endpoint.operationID,
            parameters: inputs.parameters.map { .b($0) },
            requestBody: inputs.requestBody,
            responses: responses.map(addingHeaders: Self.deprecationHeaders(of: route.endpoint)),
            deprecated: route.endpoint.deprecated,
            security: security.requirement(for: route.requirement),
            vendorExtensions: admitted.isEmpty ? [:] : [SecurityDocumentation.admittedRolesExtension: AnyCodable(admitted)]
        )
    }

    /// The headers every answer of a deprecated operation carries.
    private static func deprecationHeaders(of endpoint: Endpoint) -> [(name: String, description: String)] {
        guard let deprecation = endpoint.deprecation else { return [] }
        var headers = [("Deprecation", "Deprecated since \(deprecation.since) (RFC 9745: `@` and the Unix time).")]
        if let sunset = deprecation.sunset { headers.append(("Sunset", "Stops answering after \(sunset) (RFC 8594, an HTTP-date).")) }
        if deprecation.link != nil { headers.append(("Link", "The deprecation notice, `rel=\"deprecation\"`.")) }
        return headers
    }

    /// The handler's description, then what its rate limit, idempotency key and deprecation add.
    private static func description(of endpoint: Endpoint) -> String? {
        let parts = [
            endpoint.description, endpoint.rateLimit?.documentation,
            endpoint.idempotency.map(IdempotencyDocumentation.description), endpoint.deprecation?.documentation,
        ].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: "\n\n")
    }
}

/// Collects an operation's responses, merging several problems that share a status.
private struct ResponseListBuilder {
    private var entries: [(status: Int, response: DocumentedResponse, descriptions: [String])] = []

    mutating func add(_ response: DocumentedResponse) {
        let code = response.status.code
        if let index = entries.firstIndex(where: { $0.status == code }) {
            if !entries[index].descriptions.contains(response.description) {
                entries[index].descriptions.append(response.description)
            }
        } else {
            entries.append((code, response, [response.description]))
        }
    }

    /// The responses, each with `extra` headers besides its own.
    func map(addingHeaders extra: [(name: String, description: String)]) -> OpenAPI.Response.Map {
        var result: OpenAPI.Response.Map = [:]
        for entry in entries.sorted(by: { $0.status < $1.status }) {
            let response = entry.response
            let description = entry.descriptions.count == 1
                ? entry.descriptions[0]
                : entry.descriptions.map { "- \($0)" }.joined(separator: "\n")
            var headers: OpenAPI.Header.Map = [:]
            for header in response.headers + extra {
                headers[header.name] = .b(OpenAPI.Header(schema: .string, description: header.description))
            }
            let content: OpenAPI.Content.Map = response.schema.map {
                [OpenAPI.ContentType(rawValue: response.contentType) ?? .json: .b(Self.content(schema: $0, itemSchema: response.itemSchema))]
            } ?? [:]
            result[OpenAPI.Response.StatusCode(integerLiteral: entry.status)] = .b(OpenAPI.Response(
                description: description,
                headers: headers.isEmpty ? nil : headers,
                content: content
            ))
        }
        return result
    }

    /// A media type's content: its schema and, for a stream of JSON items, each item's schema as
    /// `x-item-schema` (OpenAPI 3.2's `itemSchema`, which a 3.1 document cannot carry).
    private static func content(schema: JSONSchema, itemSchema: JSONSchema?) -> OpenAPI.Content {
        guard let itemSchema else { return OpenAPI.Content(schema: schema) }
        return OpenAPI.Content(schema: schema, vendorExtensions: [StreamDocumentation.itemSchemaExtension: AnyCodable(itemSchema)])
    }
}

extension HTTPRequest.Method {
    /// The path-item field of this method.
    var openAPIVerb: OpenAPI.HttpMethod {
        switch self {
        case .get: .get
        case .post: .post
        case .put: .put
        case .patch: .patch
        case .delete: .delete
        case .head: .head
        case .options: .options
        default: .get
        }
    }
}
