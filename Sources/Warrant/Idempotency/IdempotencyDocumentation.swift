import OpenAPIKit

/// What an ``Idempotency`` declaration adds to its operation's document.
enum IdempotencyDocumentation {
    /// The `Idempotency-Key` header parameter.
    static func parameter(_ idempotency: Idempotency) -> OpenAPI.Parameter {
        let schema = JSONSchema.string(minLength: 1, maxLength: 257, pattern: IdempotencyKey.pattern, examples: ["8e03978e-40d5-43e8-bc93-6894a57f9324"])
        let hours = idempotency.retention % 3600 == 0 ? "\(idempotency.retention / 3600) h" : "\(idempotency.retention) s"
        return OpenAPI.Parameter(
            name: "Idempotency-Key",
            context: .header(required: idempotency.required, schema: schema),
            description: "A key you choose for this operation (a UUID), sent again on its retries: a retry gets the first answer "
                + "without the operation running twice. Answers are kept for \(hours).")
    }

    /// The 409 and 422 the key may cause.
    static func responses(in components: inout SchemaComponents) -> [DocumentedResponse] {
        [
            .problem(.conflict, "A request with this `Idempotency-Key` is still running: retry after it finishes.", in: &components),
            .problem(.unprocessableContent, "This `Idempotency-Key` was used for a different request.", in: &components),
        ]
    }

    /// The header a replayed success carries.
    static let replayedHeader = (name: "Idempotent-Replayed", description: "`true` when this is the recorded answer of an earlier request with the same `Idempotency-Key`.")

    /// A paragraph for the operation's description.
    static func description(_ idempotency: Idempotency) -> String {
        "**Idempotent**: send an `Idempotency-Key`\(idempotency.required ? " (required)" : ""); a retry with the same key and "
            + "request gets the recorded answer (`Idempotent-Replayed: true`) without running again. Only successful answers are recorded."
    }
}
