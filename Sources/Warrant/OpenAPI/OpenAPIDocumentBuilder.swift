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
        var declarationProblems: [String] = []
        var operationIDs: [String: String] = [:]
        var endpoints: Set<String> = []
        for route in table.routes {
            let endpoint = route.endpoint
            if let other = operationIDs[endpoint.operationID] {
                declarationProblems.append("operationId '\(endpoint.operationID)' is used by \(other) and \(endpoint.declaredIn); handler names must be unique")
            }
            operationIDs[endpoint.operationID] = endpoint.declaredIn
            if !endpoints.insert("\(endpoint.method) \(endpoint.path)").inserted {
                declarationProblems.append("\(endpoint.method) \(endpoint.path) is declared twice (again in \(endpoint.declaredIn))")
            }
            let operation = self.operation(for: route, components: &components)
            let path = OpenAPI.Path(rawValue: route.endpoint.path)
            var item = paths[path] ?? OpenAPI.PathItem()
            item[route.endpoint.method.openAPIVerb] = operation
            paths[path] = item
        }
        var problems = declarationProblems + components.invalidDeclarations
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
                securitySchemes: security.schemes
            ),
            security: [],
            tags: table.tags.map { OpenAPI.Tag(name: $0.name, description: $0.description) }
        )
    }

    private func operation(for route: Route, components: inout SchemaComponents) -> OpenAPI.Operation {
        var inputs = OperationInputs()
        for input in route.inputs { input.document(in: &inputs, components: &components) }
        var responses = ResponseListBuilder()
        for var success in route.successResponses(&components) {
            if let returns = route.endpoint.returns { success.description = returns }
            responses.add(success)
        }
        if route.requirement != .none {
            responses.add(DocumentedResponse(status: .unauthorized, description: security.unauthorizedDescription, schema: ProblemSchemas.problem(in: &components), contentType: "application/problem+json", headers: [("WWW-Authenticate", "`Bearer`, with an RFC 6750 error code when a token was sent.")]))
        }
        if case .role = route.requirement {
            responses.add(DocumentedResponse(status: .forbidden, description: security.forbiddenDescription, schema: ProblemSchemas.problem(in: &components), contentType: "application/problem+json"))
        }
        if route.readsBody {
            responses.add(DocumentedResponse(status: .contentTooLarge, description: "The body is larger than the server accepts.", schema: ProblemSchemas.problem(in: &components), contentType: "application/problem+json"))
            responses.add(DocumentedResponse(status: .unsupportedMediaType, description: route.acceptsForm ? "The body is sent neither as `application/json` nor as `application/x-www-form-urlencoded`." : "The body is not sent as `application/json`.", schema: ProblemSchemas.problem(in: &components), contentType: "application/problem+json"))
        }
        if !route.inputs.isEmpty {
            responses.add(DocumentedResponse(status: .unprocessableContent, description: "An input value is invalid; every invalid value is listed.", schema: ProblemSchemas.validationProblem(in: &components), contentType: "application/problem+json"))
        }
        for entry in route.problems.flatMap({ $0.documentedProblems }) + commonProblems {
            do {
                let text = entry.detail.map { "**\(entry.title)**: \($0)" } ?? entry.title
                responses.add(DocumentedResponse(status: entry.status, description: text, schema: ProblemSchemas.problem(in: &components), contentType: "application/problem+json"))
            }
        }
        return OpenAPI.Operation(
            tags: route.endpoint.tags.isEmpty ? nil : route.endpoint.tags,
            summary: route.endpoint.summary,
            description: route.endpoint.description,
            operationId: route.endpoint.operationID,
            parameters: inputs.parameters.map { .b($0) },
            requestBody: inputs.requestBody,
            responses: responses.map,
            deprecated: route.endpoint.deprecated,
            security: security.requirement(for: route.requirement)
        )
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

    var map: OpenAPI.Response.Map {
        var result: OpenAPI.Response.Map = [:]
        for entry in entries.sorted(by: { $0.status < $1.status }) {
            let response = entry.response
            let description = entry.descriptions.count == 1
                ? entry.descriptions[0]
                : entry.descriptions.map { "- \($0)" }.joined(separator: "\n")
            var headers: OpenAPI.Header.Map = [:]
            for header in response.headers {
                headers[header.name] = .b(OpenAPI.Header(schema: .string, description: header.description))
            }
            let content: OpenAPI.Content.Map = response.schema.map {
                [OpenAPI.ContentType(rawValue: response.contentType) ?? .json: .b(OpenAPI.Content(schema: $0))]
            } ?? [:]
            result[OpenAPI.Response.StatusCode(integerLiteral: entry.status)] = .b(OpenAPI.Response(
                description: description,
                headers: headers.isEmpty ? nil : headers,
                content: content
            ))
        }
        return result
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
