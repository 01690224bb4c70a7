import SwiftSyntax

/// One parameter of a route handler after `Request<…>`, and where its value comes from.
struct HandlerParameter {
    /// Where the value is read.
    enum Source {
        /// A `{name}` segment of the path template.
        case path
        /// A query item (`@Query`, or inferred for a plain value type).
        case query
        /// A header (`@Header("Name")`).
        case header(String)
        /// A cookie (`@Cookie`), by its name.
        case cookie(String)
        /// The JSON body (`@Body`, or inferred for a `@Schema` struct).
        case body
        /// A query item or the body, decided by the type at compile time.
        case inferred
        /// A per-request value from the provider registered for its type (`@Depends`).
        case dependency
    }

    /// The argument label used at the call site (`nil` for `_`).
    var label: String?
    /// The parameter's name: the query/path name and the key of its doc comment.
    var name: String
    var source: Source
    /// The type without a trailing `?`.
    var wrappedType: String
    var isOptional: Bool
    var defaultValue: String?
    var constraints: [String]
    /// `@Body(form: true)`: the body may also be an HTML form.
    var acceptsForm = false
    /// `@Body(multipart: true)`: the body is `multipart/form-data`.
    var isMultipart = false
    /// `@Body(mediaTypes: […])`: the raw body's accepted media types, as written.
    var mediaTypes: String?

    init(_ syntax: FunctionParameterSyntax, pathNames: Set<String>) throws {
        let first = syntax.firstName.text
        label = first == "_" ? nil : first
        name = (syntax.secondName ?? syntax.firstName).text.trimmingBackticks
        let (wrapped, optional) = TypeShape.unwrapOptional(syntax.type)
        wrappedType = wrapped
        isOptional = optional
        defaultValue = syntax.defaultValue?.value.trimmedDescription
        let reader = AttributeReader(syntax.attributes)
        let marker = reader.attributes.first { ["Query", "Path", "Header", "Cookie", "Body", "Depends"].contains(AttributeReader.name(of: $0)) }
        constraints = marker.map(reader.parameterConstraints(of:)) ?? []
        switch marker.map(AttributeReader.name(of:)) {
        case "Header":
            source = .header(Self.headerName(marker, default: name))
        case "Cookie":
            source = .cookie(Self.cookieName(marker, default: name))
        case "Body":
            source = .body
            if case .argumentList(let arguments)? = marker?.arguments {
                acceptsForm = arguments.contains { $0.label?.text == "form" && $0.expression.trimmedDescription == "true" }
                isMultipart = arguments.contains { $0.label?.text == "multipart" && $0.expression.trimmedDescription == "true" }
                mediaTypes = arguments.first { $0.label?.text == "mediaTypes" }?.expression.trimmedDescription
            }
        case "Query":
            source = .query
        case "Depends":
            source = .dependency
            if optional { throw MacroError("a @Depends parameter is not optional: its provider supplies a value or the request fails", at: syntax.type) }
            if syntax.defaultValue != nil { throw MacroError("a @Depends parameter has no default: its provider supplies the value", at: syntax) }
        default:
            source = pathNames.contains(name) ? .path : .inferred
        }
        if case .path = source {
            guard pathNames.contains(name) else {
                throw MacroError("'\(name)' is marked @Path but the path has no '{\(name)}' segment", at: syntax)
            }
            if optional { throw MacroError("path parameter '\(name)' cannot be optional", at: syntax.type) }
        } else if pathNames.contains(name) {
            throw MacroError("'{\(name)}' is a path segment; its parameter cannot be read from elsewhere", at: syntax)
        }
    }

    /// `@Header("If-Match")` names the header; without a name, `ifMatch` becomes `If-Match`.
    /// The cookie's name: the marker's string, or the parameter's name as written (cookie names are case-sensitive).
    private static func cookieName(_ attribute: AttributeSyntax?, default name: String) -> String {
        if case .argumentList(let arguments)? = attribute?.arguments,
           let literal = arguments.first(where: { $0.label == nil })?.expression.as(StringLiteralExprSyntax.self),
           let text = literal.representedLiteralValue
        {
            return text
        }
        return name
    }

    private static func headerName(_ attribute: AttributeSyntax?, default name: String) -> String {
        if case .argumentList(let arguments)? = attribute?.arguments,
           let literal = arguments.first(where: { $0.label == nil })?.expression.as(StringLiteralExprSyntax.self),
           let text = literal.representedLiteralValue
        {
            return text
        }
        var words: [String] = []
        var current = ""
        for character in name {
            if character.isUppercase, !current.isEmpty {
                words.append(current)
                current = ""
            }
            current.append(character)
        }
        words.append(current)
        return words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: "-")
    }

    /// The Swift expression that builds this parameter's input descriptor at registration.
    func descriptor(description: String?) -> String {
        let doc = SwiftLiteral.optionalString(description)
        let constraintList = "[\(constraints.joined(separator: ", "))]"
        let key = SwiftLiteral.string(name)
        switch source {
        case .path:
            return "Warrant.Inputs.path(\(wrappedType).self, \(key), description: \(doc), constraints: \(constraintList))"
        case .header(let header):
            let factory = isOptional ? "optionalHeader" : "header"
            return "Warrant.Inputs.\(factory)(\(wrappedType).self, \(SwiftLiteral.string(header)), description: \(doc)\(defaultArgument), constraints: \(constraintList))"
        case .cookie(let cookie):
            let factory = isOptional ? "optionalCookie" : "cookie"
            return "Warrant.Inputs.\(factory)(\(wrappedType).self, \(SwiftLiteral.string(cookie)), description: \(doc)\(defaultArgument), constraints: \(constraintList))"
        case .body:
            if isMultipart {
                return "Warrant.Inputs.multipartBody(\(wrappedType).self, description: \(doc))"
            }
            if let mediaTypes {
                return "Warrant.Inputs.body(\(wrappedType).self, description: \(doc), mediaTypes: \(mediaTypes))"
            }
            if acceptsForm && !isOptional {
                return "Warrant.Inputs.body(\(wrappedType).self, description: \(doc), form: true)"
            }
            return "Warrant.Inputs.\(isOptional ? "optionalBody" : "body")(\(wrappedType).self, description: \(doc))"
        case .query:
            let factory = isOptional ? "optionalQuery" : "query"
            return "Warrant.Inputs.\(factory)(\(wrappedType).self, \(key), description: \(doc)\(defaultArgument), constraints: \(constraintList))"
        case .dependency:
            return "Warrant.DependencyKey(\(wrappedType).self)"
        case .inferred:
            let factory = isOptional ? "optionalInferred" : "inferred"
            return "Warrant.Inputs.\(factory)(\(wrappedType).self, \(key), description: \(doc)\(defaultArgument), constraints: \(constraintList))"
        }
    }

    /// Whether the value comes from a dependency provider rather than the request's inputs.
    var isDependency: Bool {
        if case .dependency = source { return true }
        return false
    }

    private var defaultArgument: String {
        guard !isOptional, let defaultValue else { return "" }
        return ", default: \(defaultValue)"
    }
}
