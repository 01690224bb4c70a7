import SwiftSyntax

/// Reads Warrant's marker attributes (`@Length(1...200)`, `@Example("x")`, `@Query(1...100)`, …) off a declaration.
struct AttributeReader {
    let attributes: [AttributeSyntax]

    init(_ list: AttributeListSyntax) {
        attributes = list.compactMap { element in
            if case .attribute(let attribute) = element { return attribute }
            return nil
        }
    }

    /// The attribute with this name (`Length` matches `@Length` and `@Warrant.Length`).
    func attribute(named name: String) -> AttributeSyntax? {
        attributes.first { Self.name(of: $0) == name }
    }

    /// The source text of the attribute's single unlabeled argument.
    func argumentText(of name: String) -> String? {
        guard let attribute = attribute(named: name),
              case .argumentList(let arguments) = attribute.arguments,
              let first = arguments.first
        else { return nil }
        return first.expression.trimmedDescription
    }

    /// Whether `@available(*, deprecated…)` is present.
    var isDeprecated: Bool {
        attributes.contains { attribute in
            guard Self.name(of: attribute) == "available" else { return false }
            return attribute.arguments?.trimmedDescription.contains("deprecated") ?? false
        }
    }

    /// Constraint expressions from `@Length`, `@Range`, `@Pattern`, `@Items`, `@MediaTypes` and `@MaxBytes`.
    func constraints() throws -> [String] {
        var result: [String] = []
        for (attributeName, factory) in [("Length", "length"), ("Range", "range"), ("Pattern", "pattern"), ("Items", "items"), ("MediaTypes", "mediaTypes"), ("MaxBytes", "maxBytes")] {
            guard let attribute = attribute(named: attributeName) else { continue }
            // `@MediaTypes("image/png", "image/jpeg")` passes its whole list on.
            let argumentsText = attributeName == "MediaTypes" ? attribute.arguments?.trimmedDescription : argumentText(of: attributeName)
            guard let text = argumentsText, !text.isEmpty else {
                throw MacroError("@\(attributeName) needs one argument", at: attribute)
            }
            result.append(".\(factory)(\(text))")
        }
        return result
    }

    /// Constraint expressions from the labeled arguments of a parameter marker:
    /// `@Query(1...100)` (a range), `@Query(length: 1...50)`, `@Query(pattern: "…")`, `@Query(items: 1...5)`.
    func parameterConstraints(of attribute: AttributeSyntax) -> [String] {
        guard case .argumentList(let arguments) = attribute.arguments else { return [] }
        var result: [String] = []
        for argument in arguments {
            let text = argument.expression.trimmedDescription
            switch argument.label?.text {
            case nil:
                if argument.expression.is(StringLiteralExprSyntax.self) { continue }  // a header name
                result.append(".range(\(text))")
            case "length": result.append(".length(\(text))")
            case "pattern": result.append(".pattern(\(text))")
            case "items": result.append(".items(\(text))")
            default: continue
            }
        }
        return result
    }

    /// The attribute's name without a module qualifier.
    static func name(of attribute: AttributeSyntax) -> String {
        let text = attribute.attributeName.trimmedDescription
        return text.split(separator: ".").last.map(String.init) ?? text
    }
}
