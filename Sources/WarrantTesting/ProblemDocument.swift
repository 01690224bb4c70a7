import WarrantJSON

/// An `application/problem+json` body as a test reads it.
public struct ProblemDocument: Sendable, Equatable {
    /// One entry of `errors`: an invalid input value.
    public struct Violation: Sendable, Equatable {
        /// `body`, `path`, `query` or `header`.
        public let location: String
        /// The JSON Pointer fragment for body values (`#/title`).
        public let pointer: String?
        /// The parameter name for other values.
        public let parameter: String?
        /// The machine-readable code.
        public let code: String
        /// The human-readable detail.
        public let detail: String
    }

    /// `type`.
    public let type: String
    /// `title`.
    public let title: String
    /// `status`.
    public let status: Int
    /// `detail`.
    public let detail: String?
    /// `request_id`.
    public let requestID: String?
    /// `errors`.
    public let violations: [Violation]

    init(json: JSONValue) throws {
        guard case .object(let object) = json,
              case .string(let type)? = object["type"],
              case .string(let title)? = object["title"],
              case .number(let status)? = object["status"], let code = status.int
        else { throw TestResponseError.notAProblem }
        self.type = type
        self.title = title
        self.status = code
        if case .string(let detail)? = object["detail"] { self.detail = detail } else { detail = nil }
        if case .string(let id)? = object["request_id"] { requestID = id } else { requestID = nil }
        var violations: [Violation] = []
        if case .array(let entries)? = object["errors"] {
            for case .object(let entry) in entries {
                guard case .string(let location)? = entry["in"], case .string(let code)? = entry["code"],
                      case .string(let detail)? = entry["detail"]
                else { throw TestResponseError.notAProblem }
                var pointer: String?
                if case .string(let text)? = entry["pointer"] { pointer = text }
                var parameter: String?
                if case .string(let text)? = entry["parameter"] { parameter = text }
                violations.append(Violation(location: location, pointer: pointer, parameter: parameter, code: code, detail: detail))
            }
        }
        self.violations = violations
    }

    /// The body pointers of the violations (`#/title`), in order.
    public var pointers: [String] { violations.compactMap(\.pointer) }
}
