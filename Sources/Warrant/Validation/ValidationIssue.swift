/// One thing wrong with a request's input, as a 422 problem lists it.
public struct ValidationIssue: Sendable, Equatable {
    /// Where in the request the bad value is.
    public enum Location: String, Sendable {
        /// The JSON body; ``ValidationIssue/pointer`` locates the value.
        case body
        /// A path segment.
        case path
        /// A query item.
        case query
        /// A header field.
        case header
        /// A cookie of the `Cookie` header.
        case cookie
    }

    /// The part of the request.
    public var location: Location
    /// The JSON Pointer (RFC 6901) to the value inside the body, `""` for the whole body.
    public var pointer: String {
        var result = ""
        for component in reversedComponents.reversed() {
            result += "/" + component.replacing("~", with: "~0").replacing("/", with: "~1")
        }
        return result
    }
    /// The parameter or header name, for issues outside the body.
    public var name: String?
    /// A stable machine-readable code: `missing`, `type`, `too_short`, `out_of_range`, ….
    public var code: String
    /// A human-readable explanation.
    public var detail: String

    /// Path components from the innermost outwards, so nesting prepends by appending.
    var reversedComponents: [String]

    /// An issue at the root of whatever is being decoded; decoders of enclosing values add the path.
    public init(code: String, detail: String) {
        self.location = .body
        self.name = nil
        self.code = code
        self.detail = detail
        self.reversedComponents = []
    }
}
