import HTTPTypes

/// A route table whose declarations passed every check, with what the checks computed.
struct CheckedDeclarations: Sendable {
    /// Who may act as which role: what the gate admits by and what the document and report describe.
    let roles: RoleGraph
    /// The `Deprecation`/`Sunset`/`Link` headers of each deprecated route, by its index in the table.
    let deprecationHeaders: [Int: HTTPFields]
}

extension RouteTable {
    /// Checks every declaration rule, all at once, before the API does anything else: unique operationIds
    /// and method + path pairs, framework access states, group prefixes, deprecation dates, and the roles.
    ///
    /// - Parameter gate: The credential verifiers and the roles the application declares beyond those its
    ///   routes require.
    /// - Throws: ``APIDeclarationError`` with one sentence per mistake, naming the declarations.
    func checked(gate: AccessGate) throws(APIDeclarationError) -> CheckedDeclarations {
        var problems = registrationProblems
        var operationIDs: [String: String] = [:]
        var endpoints: [String: String] = [:]
        var deprecationHeaders: [Int: HTTPFields] = [:]
        for (index, route) in routes.enumerated() {
            let endpoint = route.endpoint
            if !OperationID.isValid(endpoint.operationID) {
                problems.append("the operationId '\(endpoint.operationID)' of \(endpoint.declaration) has characters other than letters, digits, '_', '.' and '-'")
            }
            if let other = operationIDs[endpoint.operationID] {
                problems.append("operationId '\(endpoint.operationID)' is used by \(other) and \(endpoint.declaration); give one an explicit operationID: on its verb attribute, or its group an operationIDPrefix")
            } else {
                operationIDs[endpoint.operationID] = endpoint.declaration
            }
            let key = "\(endpoint.method) \(Self.routingShape(endpoint.path))"
            if let other = endpoints[key] {
                problems.append("\(endpoint.method) \(endpoint.path) is declared by \(other) and \(endpoint.declaration)")
            } else {
                endpoints[key] = endpoint.declaration
            }
            if let problem = endpoint.rateLimit?.declarationProblem {
                problems.append("the rate limit of \(endpoint.declaration) \(problem)")
            }
            if let idempotency = endpoint.idempotency {
                if let problem = idempotency.declarationProblem { problems.append("the idempotency of \(endpoint.declaration) \(problem)") }
                if endpoint.method == .get || endpoint.method == .head {
                    problems.append("\(endpoint.declaration) takes an Idempotency-Key on \(endpoint.method); GET is safe already: declare idempotency on POST or PATCH routes")
                }
            }
            if let deprecation = endpoint.deprecation {
                switch deprecation.headers() {
                case .success(let headers): deprecationHeaders[index] = headers
                case .failure(let error): problems.append("the deprecation of \(endpoint.declaration): \(error)")
                }
            }
        }
        // Routes sharing a policy name count into one budget: they must declare the same one.
        var policies: [String: (RateLimit, String)] = [:]
        for route in routes {
            guard let limit = route.endpoint.rateLimit, let name = limit.name else { continue }
            if let (first, declaration) = policies[name] {
                if first != limit {
                    problems.append("the rate limit '\(name)' of \(route.endpoint.declaration) differs from the one of \(declaration); routes sharing a name share one budget, so declare the same limit")
                }
            } else {
                policies[name] = (limit, route.endpoint.declaration)
            }
        }
        let provided = Dictionary(providers.map { ($0.valueKey, String(reflecting: type(of: $0))) }, uniquingKeysWith: { first, second in
            first + "|" + second
        })
        for (key, names) in provided where names.contains("|") {
            problems.append("two providers supply \(DependencyRegistry.typeName(key, in: providers)): \(names.split(separator: "|").joined(separator: " and ")); provide one")
        }
        for route in routes {
            for dependency in route.dependencies where provided[dependency.id] == nil {
                problems.append("\(route.endpoint.declaration) depends on \(dependency.name), which nothing provides; add routes.provide(…) with a RequestDependency whose Value is \(dependency.name)")
            }
        }
        var roles = RoleGraph()
        do {
            roles = try RoleGraph(roles: gate.declaredRoles + routes.compactMap(\.requiredRole))
            problems += gate.problems(roles: roles)
            let security = gate.admitting(by: roles).documentation
            for route in routes where route.requirement != .none && security.admittingSchemes(for: route.requirement).isEmpty {
                problems.append("\(route.endpoint.declaration) requires \(route.requirement.roleNames.first.map { "the role '\($0)'" } ?? "a credential"), which no configured credential scheme may grant; allow it for one (\(gate.schemes.map(\.name).joined(separator: ", ")))")
            }
        } catch {
            problems += error.problems
        }
        guard problems.isEmpty else { throw APIDeclarationError(problems: problems) }
        return CheckedDeclarations(roles: roles, deprecationHeaders: deprecationHeaders)
    }

    /// The path as the router matches it: `/todos/{id}` and `/todos/{todoID}` are the same route.
    private static func routingShape(_ path: String) -> String {
        path.split(separator: "/", omittingEmptySubsequences: false).map { segment in
            segment.hasPrefix("{") && segment.hasSuffix("}") ? "{}" : String(segment)
        }.joined(separator: "/")
    }
}
