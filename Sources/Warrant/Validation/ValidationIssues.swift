/// The violations found while decoding one request's inputs.
///
/// Decoders record every problem instead of stopping at the first, so a 422 lists them all.
/// Recording nests cheaply: a decoder reports issues relative to its own value and the enclosing
/// decoder prefixes the key, so nothing is allocated while input is valid.
public struct ValidationIssues: Sendable {
    /// The issues recorded so far.
    public private(set) var all: [ValidationIssue] = []
    /// A refusal that is not about a value's shape, such as a missing `If-Match` (428): answered instead of
    /// the 422 when no value is invalid.
    public private(set) var refusal: Problem?

    /// No issues yet.
    public init() {}

    /// Whether nothing is wrong.
    public var isEmpty: Bool { all.isEmpty && refusal == nil }

    /// Records a refusal (the first one wins): see ``refusal``.
    public mutating func refuse(_ problem: Problem) {
        if refusal == nil { refusal = problem }
    }

    /// How many issues are recorded; decoders compare it before and after to know whether they failed.
    public var count: Int { all.count }

    /// Records an issue at the value being decoded.
    public mutating func record(_ code: String, _ detail: String) {
        all.append(ValidationIssue(code: code, detail: detail))
    }

    /// Adds `nested`'s issues, found inside the member or element `component`.
    public mutating func absorb(_ nested: ValidationIssues, under component: String) {
        for var issue in nested.all {
            issue.reversedComponents.append(component)
            all.append(issue)
        }
    }

    /// Moves every issue to a request location (and names the parameter for non-body locations).
    mutating func place(in location: ValidationIssue.Location, name: String?) {
        for index in all.indices {
            all[index].location = location
            all[index].name = name
        }
    }

    /// Records an issue at the request header `name`.
    mutating func record(_ code: String, _ detail: String, inHeader name: String) {
        var issue = ValidationIssue(code: code, detail: detail)
        issue.location = .header
        issue.name = name
        all.append(issue)
    }

    /// Appends issues already placed in their request location.
    mutating func append(contentsOf other: ValidationIssues) {
        all.append(contentsOf: other.all)
    }

    /// The 422 problem listing every issue, or the ``refusal`` when no value is invalid.
    public var failure: Problem {
        if all.isEmpty, let refusal { return refusal }
        let count = all.count
        let detail = count == 1 ? "1 input value is invalid." : "\(count) input values are invalid."
        return Problem(status: .unprocessableContent, title: "Unprocessable Content", detail: detail, violations: all)
    }
}
