import SwiftSyntax

/// The conformance `@Schema` writes for a struct: schema component, validating decoder, encoder.
struct StructSchemaExpansion {
    let decl: StructDeclSyntax
    let type: String
    let access: String
    let properties: [StoredProperty]
    let missing: [String]

    init(_ decl: StructDeclSyntax, type: String, missing: [String]) throws {
        self.decl = decl
        self.missing = missing
        self.type = type
        self.access = AccessLevel.prefix(for: decl.modifiers)
        self.properties = try StoredProperty.all(in: decl.memberBlock, keys: CodingKeysReader.keys(in: decl.memberBlock))
    }

    func extensionDecl() throws -> ExtensionDeclSyntax {
        try ExtensionDeclSyntax(
            """
            extension \(raw: type): \(raw: conformances)\(raw: whereClause) {
            \(raw: schemaFunction)
            \(raw: decodeFunction)
            \(raw: initializer)
            \(raw: encodeFunction)
            \(raw: jsonKeyFunction)
            \(raw: membersProperty)
            }
            """
        )
    }

    private var conformances: String {
        SchemaConformances.list(
            ["SchemaDescribable", "JSONDecodableValue", "JSONEncodableValue", "ConstrainedValue", "SchemaValue",
             "NamedSchema", "RequestBodyValue", "ResponseRepresentable", "SchemaModel"],
            missing: missing
        )
    }

    /// Generic parameters must themselves be schema values (`Page<Item>` documents `Item`).
    private var whereClause: String {
        guard let parameters = decl.genericParameterClause?.parameters, !parameters.isEmpty else { return "" }
        return " where " + parameters.map { "\($0.name.text): Warrant.SchemaValue" }.joined(separator: ", ")
    }

    private var decoded: [StoredProperty] { properties.filter { !$0.isConstant } }

    private var schemaFunction: String {
        let doc = DocComment(of: decl)
        var lines = ["var object = Warrant.ObjectSchemaBuilder(description: \(SwiftLiteral.optionalString(doc.full)))"]
        for (index, property) in properties.enumerated() {
            lines.append(
                "\(member(index)).document(\(SwiftLiteral.string(property.key)), in: &object, "
                    + "required: \(property.isConstant || (!property.isOptional && property.initialValue == nil)), "
                    + "nullable: \(property.isOptional && !property.isConstant), "
                    + "description: \(SwiftLiteral.optionalString(property.description)), "
                    + "deprecated: \(property.isDeprecated), "
                    + "constraints: [\(property.constraints.joined(separator: ", "))], "
                    + "example: \(property.example ?? "nil"), components: &components)"
            )
        }
        lines.append("return object.build(example: Self.schemaExample)")
        return """
            \(access)static func componentSchema(in components: inout Warrant.SchemaComponents) -> Warrant.JSONSchema {
                \(lines.joined(separator: "\n    "))
            }
            """
    }

    private var decodeFunction: String {
        var lines = ["let issueCount = issues.count", "guard let object = issues.expectObject(json) else { return nil }"]
        for (index, property) in decoded.enumerated() {
            let key = SwiftLiteral.string(property.key)
            let member = member(properties.firstIndex { $0.name == property.name } ?? index)
            if property.isOptional {
                lines.append("let f\(index) = \(member).decodeOptional(\(key), in: object, issues: &issues)")
            } else if let initial = property.initialValue {
                lines.append("let f\(index) = \(member).decode(\(key), in: object, default: \(initial), issues: &issues)")
            } else {
                lines.append("let f\(index) = \(member).decode(\(key), in: object, issues: &issues)")
            }
            for constraint in property.constraints {
                let binding = property.isOptional ? "if case let value?? = f\(index)" : "if let value = f\(index)"
                lines.append("\(binding) { \(member).check(value, \(constraint), at: \(key), issues: &issues) }")
            }
        }
        let bindings = ["issues.count == issueCount"] + decoded.indices.map { "let f\($0)" }
        lines.append("guard " + bindings.joined(separator: ", ") + " else { return nil }")
        let arguments = ["_warrantDecoded: ()"] + decoded.enumerated().map { "\($1.name): f\($0)" }
        // A `Validating` type's own rules run once every member is valid; for any other this is the value.
        lines.append("return Warrant.SchemaValidation.validated(Self(\(arguments.joined(separator: ", "))), issues: &issues)")
        return """
            \(access)static func decode(json: Warrant.JSONValue, issues: inout Warrant.ValidationIssues) -> Self? {
                \(lines.joined(separator: "\n    "))
            }
            """
    }

    private var initializer: String {
        let parameters = ["_warrantDecoded: Void"] + decoded.map { "\($0.name): \(alias(of: $0))\($0.isOptional ? "?" : "")" }
        let assignments = decoded.map { "self.\($0.name) = \($0.name)" }
        return """
            \(access)init(\(parameters.joined(separator: ", "))) {
                \(assignments.joined(separator: "\n    "))
            }
            """
    }

    private var encodeFunction: String {
        var lines = ["writer.beginObject()"]
        for (index, property) in properties.enumerated() {
            lines.append("\(member(index)).encode(\(SwiftLiteral.string(property.key)), self.\(property.name), to: &writer)")
        }
        lines.append("writer.endObject()")
        return """
            \(access)func encode(to writer: inout Warrant.JSONWriter) {
                \(lines.joined(separator: "\n    "))
            }
            """
    }
}

extension StructSchemaExpansion {
    /// The witnesses of the properties' types (`Warrant.SchemaMember`), made in this one place, so a type
    /// that is not a schema value is reported once, here, with the fix — every other use goes through them.
    fileprivate var membersProperty: String {
        guard !properties.isEmpty else { return "" }
        let types = properties.indices.map { "Warrant.SchemaMember<\(MemberTypeAliases.name($0))>" }
        let values = properties.indices.map { "Warrant.schemaMember(\(MemberTypeAliases.name($0)).self)" }
        let type = types.count == 1 ? types[0] : "(\(types.joined(separator: ", ")))"
        let value = values.count == 1 ? values[0] : "(\(values.joined(separator: ", ")))"
        return "\(access)static var _warrantMembers: \(type) { \(value) }"
    }

    /// The alias (``MemberTypeAliases``) of a property's unwrapped type.
    fileprivate func alias(of property: StoredProperty) -> String {
        MemberTypeAliases.name(properties.firstIndex { $0.name == property.name } ?? 0)
    }

    /// The expression of the witness of the property at `index`.
    fileprivate func member(_ index: Int) -> String {
        properties.count == 1 ? "Self._warrantMembers" : "Self._warrantMembers.\(index)"
    }

    /// Where a `ValidationReport` places an issue about a member: its JSON key, found by key path.
    fileprivate var jsonKeyFunction: String {
        let lines = properties.map { "if keyPath == \\Self.\($0.name) { return \(SwiftLiteral.string($0.key)) }" }
        return """
            \(access)static func jsonKey(for keyPath: PartialKeyPath<Self>) -> String? {
                \((lines + ["return nil"]).joined(separator: "\n    "))
            }
            """
    }
}

/// Reads `enum CodingKeys: String, CodingKey { case createdAt = "created_at" }` so JSON keys follow it.
enum CodingKeysReader {
    /// Each property's key: the declared raw value, or the case name.
    static func keys(in members: MemberBlockSyntax) -> [String: String] {
        declaredKeys(in: members) ?? [:]
    }

    /// The keys of the `CodingKeys` enum, or `nil` if the type declares none (every property is then keyed
    /// by its name).
    static func declaredKeys(in members: MemberBlockSyntax) -> [String: String]? {
        var keys: [String: String]?
        for member in members.members {
            guard let codingKeys = member.decl.as(EnumDeclSyntax.self), codingKeys.name.text == "CodingKeys" else { continue }
            keys = keys ?? [:]
            for caseMember in codingKeys.memberBlock.members {
                guard let caseDecl = caseMember.decl.as(EnumCaseDeclSyntax.self) else { continue }
                for element in caseDecl.elements {
                    let name = element.name.text.trimmingBackticks
                    if let literal = element.rawValue?.value.as(StringLiteralExprSyntax.self),
                       let text = literal.representedLiteralValue
                    {
                        keys?[name] = text
                    } else {
                        keys?[name] = name
                    }
                }
            }
        }
        return keys
    }
}
