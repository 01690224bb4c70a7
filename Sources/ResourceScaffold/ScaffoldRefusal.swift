/// Why the scaffold refused to run: every problem found, so one run shows them all.
///
/// A refusal is raised before anything is written, so the project is exactly as it was.
public struct ScaffoldRefusal: Error, Sendable, Equatable, CustomStringConvertible {
    /// One sentence per problem, each naming what is wrong and where.
    public var problems: [String]

    /// A refusal for these problems.
    public init(_ problems: [String]) {
        self.problems = problems
    }

    /// The problems, one per line.
    public var description: String {
        "nothing was written:\n" + problems.map { "  - \($0)" }.joined(separator: "\n")
    }
}
