import OpenAPIKit

/// The schemas of Warrant's problem documents, published as components.
enum ProblemSchemas {
    /// `#/components/schemas/Problem`.
    static func problem(in components: inout SchemaComponents) -> JSONSchema {
        components.register("Problem", problemObject(errors: false))
    }

    /// `#/components/schemas/ValidationProblem`: a problem listing every invalid input.
    static func validationProblem(in components: inout SchemaComponents) -> JSONSchema {
        let violation = components.register("Violation", JSONSchema.object(
            description: "One invalid input value.",
            properties: [
                "in": .string(description: "Where the value is: body, path, query, header or cookie.", allowedValues: ["body", "path", "query", "header", "cookie"]),
                "pointer": .string(required: false, description: "For body values: a JSON Pointer (RFC 6901) to the value, as a URI fragment (`#/title`)."),
                "parameter": .string(required: false, description: "For path, query and header values: the parameter's name."),
                "code": .string(description: "A stable machine-readable reason: missing, type, format, too_short, too_long, out_of_range, pattern, enum, json, limit, …"),
                "detail": .string(description: "A human-readable explanation."),
            ]
        ))
        return components.register("ValidationProblem", problemObject(errors: true, violation: violation))
    }

    private static func problemObject(errors: Bool, violation: JSONSchema? = nil) -> JSONSchema {
        var properties: OrderedDictionary<String, JSONSchema> = [
            "type": .string(description: "A URI identifying the problem type; `about:blank` when the status says it all."),
            "title": .string(description: "A short summary of the problem type."),
            "status": .integer(description: "The HTTP status code."),
            "detail": .string(required: false, description: "An explanation specific to this occurrence."),
            "instance": .string(description: "The path of the request that failed."),
            "request_id": .string(required: false, description: "The request's identifier, also in the `X-Request-Id` header and the server's logs."),
        ]
        if errors, let violation {
            properties["errors"] = .array(description: "Every invalid input value.", items: violation)
        }
        return .object(
            description: errors
                ? "An RFC 9457 problem document listing every invalid input value."
                : "An RFC 9457 problem document.",
            properties: properties
        )
    }
}
