public import OpenAPIKit

extension Constraint {
    /// `schema` with this constraint written into it (`minLength`, `maximum`, `pattern`, `maxItems`, …).
    ///
    /// A constraint that does not fit the schema's type leaves it unchanged; ``RouteTable`` rejects such
    /// declarations at start-up, so they never pass silently.
    public func applied(to schema: JSONSchema) -> JSONSchema {
        switch (rule, schema.value) {
        case (.length(let min, let max), .string(let core, let string)):
            return JSONSchema(schema: .string(core, .init(
                maxLength: max ?? string.maxLength,
                minLength: min ?? string.minLength,
                pattern: string.pattern,
                contentMediaType: string.contentMediaType,
                contentEncoding: string.contentEncoding
            )))
        case (.pattern(let expression), .string(let core, let string)):
            let patterned = JSONSchema(schema: .string(core, .init(
                maxLength: string.maxLength,
                minLength: string.minLength,
                pattern: expression,
                contentMediaType: string.contentMediaType,
                contentEncoding: string.contentEncoding
            )))
            // A schema has one `pattern`: the declared one and the NUL rule are both required, with allOf —
            // unless the declared one cannot match U+0000 anyway, which keeps the schema a plain string.
            guard string.pattern == TextRules.nulFreePattern, !TextRules.patternExcludesNUL(expression) else { return patterned }
            return .all(of: [patterned, TextRules.stringSchema], core: .init(description: core.description))
        case (.length, .all(of: let schemas, core: let core)) where schemas.count == 2 && schemas[1] == TextRules.stringSchema:
            return .all(of: [applied(to: schemas[0]), schemas[1]], core: core)
        case (.integerRange(let min, let max, let exclusive), .integer(let core, let integer)):
            return JSONSchema(schema: .integer(core, .init(
                multipleOf: integer.multipleOf,
                maximum: max.map { (Int(clamping: $0), exclusive: exclusive) } ?? integer.maximum.map { ($0.value, exclusive: $0.exclusive) },
                minimum: min.map { (Int(clamping: $0), exclusive: false) } ?? integer.minimum.map { ($0.value, exclusive: $0.exclusive) }
            )))
        case (.integerRange(let min, let max, let exclusive), .number(let core, let number)):
            return Constraint(rule: .numberRange(min: min.map(Double.init), max: max.map(Double.init), exclusiveMaximum: exclusive))
                .applied(to: JSONSchema(schema: .number(core, number)))
        case (.numberRange(let min, let max, let exclusive), .number(let core, let number)):
            return JSONSchema(schema: .number(core, .init(
                multipleOf: number.multipleOf,
                maximum: max.map { ($0, exclusive: exclusive) } ?? number.maximum.map { ($0.value, exclusive: $0.exclusive) },
                minimum: min.map { ($0, exclusive: false) } ?? number.minimum.map { ($0.value, exclusive: $0.exclusive) }
            )))
        case (.items(let min, let max), .array(let core, let array)):
            return JSONSchema(schema: .array(core, .init(
                items: array.items,
                maxItems: max ?? array.maxItems,
                minItems: min ?? array.minItems,
                prefixItems: array.prefixItems,
                uniqueItems: array.uniqueItems
            )))
        case (.mediaTypes(let types), .string(let core, let string)) where core.format == UploadDocumentation.binaryFormat:
            // JSON Schema's `contentMediaType` names one type; the list is kept whole in an extension, which
            // a multipart body turns into its part's `encoding.contentType`.
            let typed = JSONSchema(schema: .string(core, .init(
                maxLength: string.maxLength,
                minLength: string.minLength,
                pattern: string.pattern,
                contentMediaType: types.count == 1 ? OpenAPI.ContentType(rawValue: types[0]) : string.contentMediaType,
                contentEncoding: string.contentEncoding
            )))
            return typed.with(vendorExtensions: schema.vendorExtensions.merging([UploadDocumentation.mediaTypesExtension: AnyCodable(types)]) { $1 })
        case (.maxBytes(let limit), .string(let core, _)) where core.format == UploadDocumentation.binaryFormat:
            return schema.with(vendorExtensions: schema.vendorExtensions.merging([UploadDocumentation.maxBytesExtension: AnyCodable(limit)]) { $1 })
        default:
            return schema
        }
    }

    /// The attribute that declares this constraint, for messages.
    var name: String {
        switch rule {
        case .length: "@Length"
        case .integerRange, .numberRange: "@Range"
        case .pattern: "@Pattern"
        case .items: "@Items"
        case .mediaTypes: "@MediaTypes"
        case .maxBytes: "@MaxBytes"
        }
    }

    /// Whether this is a rule on uploaded files (`@MediaTypes`, `@MaxBytes`).
    var isUploadRule: Bool {
        switch rule {
        case .mediaTypes, .maxBytes: true
        default: false
        }
    }

    /// Whether this constraint can apply to a value described by `schema`.
    func fits(_ schema: JSONSchema) -> Bool {
        switch (rule, schema.value) {
        case (.length, .string), (.pattern, .string), (.integerRange, .integer), (.integerRange, .number),
             (.numberRange, .number), (.items, .array):
            return true
        case (.mediaTypes, .string(let core, _)), (.maxBytes, .string(let core, _)):
            return core.format == UploadDocumentation.binaryFormat
        default:
            return false
        }
    }
}
