import SwiftSyntax

/// A route handler: a method marked `@GET("/path")` (or another verb) inside a `@Routes` type.
struct HandlerDeclaration {
    static let verbs = ["GET", "POST", "PUT", "PATCH", "DELETE"]

    let function: FunctionDeclSyntax
    let verb: String
    let path: String
    /// The access state, e.g. `Authorized<Admin>` from `Request<Authorized<Admin>>`.
    let access: String
    let parameters: [HandlerParameter]
    let doc: DocComment
    let throwsType: String?
    let isThrowing: Bool
    let isAsync: Bool
    let returnType: String?
    /// Error types listed with `errors:` on the verb attribute.
    let listedErrors: [String]
    /// The verb attribute's `operationID:` string, replacing the default.
    let explicitOperationID: String?
    /// The verb attribute's `deprecated:` expression (a `Deprecation`).
    let deprecation: String?
    /// The verb attribute's `rateLimit:` expression (a `RateLimit`).
    let rateLimit: String?
    /// The verb attribute's `idempotency:` expression (an `Idempotency`).
    let idempotency: String?

    /// Reads `function` if it carries a verb attribute; `nil` otherwise.
    /// - Parameter pathPrefix: The `@Routes(path:)` prefix of the group, put before the handler's path.
    init?(_ function: FunctionDeclSyntax, pathPrefix: String = "") throws {
        let reader = AttributeReader(function.attributes)
        guard let attribute = reader.attributes.first(where: { Self.verbs.contains(AttributeReader.name(of: $0)) }) else {
            return nil
        }
        self.function = function
        verb = AttributeReader.name(of: attribute)
        guard case .argumentList(let arguments) = attribute.arguments,
              let literal = arguments.first?.expression.as(StringLiteralExprSyntax.self),
              let path = literal.representedLiteralValue
        else {
            throw MacroError("@\(verb) needs the path as a string literal, e.g. @\(verb)(\"/todos/{id}\")", at: attribute)
        }
        guard path.hasPrefix("/") else { throw MacroError("a route path starts with '/'", at: literal) }
        if pathPrefix.isEmpty {
            self.path = path
        } else {
            self.path = path == "/" ? pathPrefix : pathPrefix + path
        }
        var errors: [String] = []
        var operationID: String?
        var deprecation: String?
        var rateLimit: String?
        var idempotency: String?
        var inErrors = false
        for argument in arguments.dropFirst() {
            switch argument.label?.text {
            case "errors":
                inErrors = true
            case "operationID":
                inErrors = false
                guard let idLiteral = argument.expression.as(StringLiteralExprSyntax.self), let id = idLiteral.representedLiteralValue, !id.isEmpty else {
                    throw MacroError("operationID: takes a non-empty string literal, e.g. operationID: \"listTodos\"", at: argument)
                }
                operationID = id
                continue
            case "deprecated":
                inErrors = false
                deprecation = argument.expression.trimmedDescription
                continue
            case "rateLimit":
                inErrors = false
                rateLimit = Self.staticExpression(argument.expression)
                continue
            case "idempotency":
                inErrors = false
                idempotency = Self.staticExpression(argument.expression)
                continue
            case nil where inErrors:
                break
            default:
                inErrors = false
                continue
            }
            let text = argument.expression.trimmedDescription
            if text.hasSuffix(".self") { errors.append(String(text.dropLast(5))) }
        }
        listedErrors = errors
        explicitOperationID = operationID
        self.deprecation = deprecation
        self.rateLimit = rateLimit
        self.idempotency = idempotency
        if AttributeReader(function.attributes).isDeprecated, deprecation == nil {
            throw MacroError(
                "a deprecated route says since when, for its Deprecation header: @\(verb)(\"\(path)\", deprecated: Deprecation(since: \"YYYY-MM-DD\"))",
                at: attribute
            )
        }
        doc = DocComment(of: function)

        var syntaxParameters = Array(function.signature.parameterClause.parameters)
        guard let first = syntaxParameters.first, let access = Self.access(of: first.type) else {
            throw MacroError(
                "a route handler's first parameter is its request, e.g. 'Request<Unauthenticated>' or 'Request<Authorized<Admin>>'",
                at: function.signature.parameterClause
            )
        }
        self.access = access
        if first.firstName.text != "_" {
            throw MacroError("write the request parameter without a label: '_ request: Request<…>'", at: first)
        }
        syntaxParameters.removeFirst()
        let pathNames = Set(Self.pathSegments(in: self.path))
        parameters = try syntaxParameters.map { try HandlerParameter($0, pathNames: pathNames) }
        for name in pathNames where !parameters.contains(where: { $0.name == name }) {
            throw MacroError("the path segment '{\(name)}' needs a parameter named '\(name)'", at: literal)
        }
        if parameters.filter({ if case .body = $0.source { true } else { false } }).count > 1 {
            throw MacroError("a route reads at most one body", at: function.signature.parameterClause)
        }

        let effects = function.signature.effectSpecifiers
        isAsync = effects?.asyncSpecifier != nil
        isThrowing = effects?.throwsClause != nil
        throwsType = effects?.throwsClause?.type?.trimmedDescription
        returnType = function.signature.returnClause?.type.trimmedDescription
    }

    /// An attribute argument as the registration code writes it: a bare name is the type's static member
    /// (`rateLimit: perClient`), which the instance method the code runs in would not find unqualified.
    static func staticExpression(_ expression: ExprSyntax) -> String {
        if let reference = expression.as(DeclReferenceExprSyntax.self) { return "Self.\(reference.trimmedDescription)" }
        return expression.trimmedDescription
    }

    /// The names inside `{…}` in a path template.
    static func pathSegments(in path: String) -> [String] {
        path.split(separator: "/").compactMap { segment in
            guard segment.hasPrefix("{"), segment.hasSuffix("}") else { return nil }
            return String(segment.dropFirst().dropLast())
        }
    }

    /// `X` from `Request<X>` or `Warrant.Request<X>`.
    private static func access(of type: TypeSyntax) -> String? {
        if let identifier = type.as(IdentifierTypeSyntax.self), identifier.name.text == "Request" {
            return identifier.genericArgumentClause?.arguments.first?.argument.trimmedDescription
        }
        if let member = type.as(MemberTypeSyntax.self), member.name.text == "Request" {
            return member.genericArgumentClause?.arguments.first?.argument.trimmedDescription
        }
        return nil
    }

    /// The default operationId: the group's name and the handler's, `todoCreate` for `TodoRoutes.create`
    /// (just the handler's when it already starts with the group's name, as `me` in `MeRoutes`).
    static func defaultOperationID(group: String, handler: String) -> String {
        let base = group.hasSuffix("Routes") && group != "Routes" ? String(group.dropLast(6)) : group
        guard let first = base.first else { return handler }
        let lowered = first.lowercased() + base.dropFirst()
        if handler == lowered { return handler }
        if handler.hasPrefix(lowered), let next = handler.dropFirst(lowered.count).first, next.isUppercase || next.isNumber { return handler }
        guard let head = handler.first else { return lowered }
        return lowered + head.uppercased() + handler.dropFirst()
    }

    /// The registration code for this handler; `tag` is the Swift expression of the group's tag.
    func registration(tag: String, owner: String) -> String {
        let name = function.name.text.trimmingBackticks
        let operationID = explicitOperationID ?? Self.defaultOperationID(group: owner, handler: name)
        let isDeprecated = AttributeReader(function.attributes).isDeprecated
        var lines = ["do {"]
        let inputs = parameters.indices.filter { !parameters[$0].isDependency }
        let dependencies = parameters.indices.filter { parameters[$0].isDependency }
        for index in parameters.indices {
            lines.append("    let p\(index) = \(parameters[index].descriptor(description: doc.parameters[parameters[index].name]))")
        }
        var errorTypes = listedErrors
        if let throwsType, !errorTypes.contains(throwsType) { errorTypes.insert(throwsType, at: 0) }
        let problems = "[" + errorTypes.map { "\($0).self" }.joined(separator: ", ") + "]"
        var policies = ""
        if let rateLimit { policies += ", rateLimit: \(rateLimit)" }
        if let idempotency { policies += ", idempotency: \(idempotency)" }
        let dependencyList = dependencies.isEmpty ? "" : ", dependencies: [\(dependencies.map { "p\($0)" }.joined(separator: ", "))]"
        lines.append(
            "    routes.add(Warrant.Endpoint(method: .\(verb.lowercased()), path: \(SwiftLiteral.string(path)), "
                + "operationID: \(SwiftLiteral.string(operationID)), summary: \(SwiftLiteral.optionalString(doc.summary)), "
                + "description: \(SwiftLiteral.optionalString(doc.discussion)), "
                + "tags: [\(tag)], deprecation: \(deprecation ?? "nil"), "
                + "declaredIn: \(SwiftLiteral.string(owner)), handlerName: \(SwiftLiteral.string(name)), "
                + "returns: \(SwiftLiteral.optionalString(doc.returns))\(policies)), "
                + "inputs: [\(inputs.map { "p\($0)" }.joined(separator: ", "))], problems: \(problems)\(dependencyList)) "
                + "{ (request: Warrant.Request<\(access)>, input: Warrant.RouteInput) async throws -> \(returnType ?? "Warrant.NoContent") in"
        )
        if !inputs.isEmpty {
            lines.append("        var issues = Warrant.ValidationIssues()")
            for index in inputs {
                lines.append("        let v\(index) = p\(index).extract(from: input, issues: &issues)")
            }
            let bindings = inputs.map { "let v\($0)" }.joined(separator: ", ")
            lines.append("        guard issues.isEmpty, \(bindings) else { throw issues.failure }")
        }
        let arguments = ["request"] + parameters.enumerated().map { index, parameter in
            parameter.label.map { "\($0): v\(index)" } ?? "v\(index)"
        }
        let effects = (isThrowing ? "try " : "") + (isAsync ? "await " : "")
        var call = "\(effects)self.\(function.name.text)(\(arguments.joined(separator: ", ")))"
        if isDeprecated {
            // Through the peer type `@GET` emitted, so the user's build shows no deprecation warning.
            let values = ["self", "request"] + parameters.indices.map { "v\($0)" }
            call = "try await Warrant.callDeprecatedHandler(_WarrantDeprecated_\(name).self, (\(values.joined(separator: ", "))))"
        }
        var body: [String] = []
        if returnType == nil {
            body.append(call)
            body.append("return Warrant.NoContent()")
        } else {
            body.append("return \(call)")
        }
        if dependencies.isEmpty {
            lines += body.map { "        " + $0 }
        } else {
            // Dependencies live for the handler's call: built in its scope, cleaned up with its outcome.
            lines.append("        return try await Warrant.withDependencies(request, input) { scope in")
            for index in dependencies {
                lines.append("            let v\(index) = try await scope.value(\(parameters[index].wrappedType).self, for: request)")
            }
            lines += body.map { "            " + $0 }
            lines.append("        }")
        }
        lines.append("    }")
        lines.append("}")
        return lines.joined(separator: "\n")
    }
}
