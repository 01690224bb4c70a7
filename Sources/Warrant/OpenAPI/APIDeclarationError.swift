/// Declarations the server refuses to start with: the document could not describe them truthfully.
public struct APIDeclarationError: Error, CustomStringConvertible {
    /// One sentence per mistake.
    public let problems: [String]

    /// The mistakes, one per line.
    public var description: String {
        "The API's declarations are inconsistent:\n" + problems.map { "  - \($0)" }.joined(separator: "\n")
    }
}
