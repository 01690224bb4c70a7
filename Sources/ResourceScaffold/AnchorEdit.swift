/// Inserting lines above anchor comments in one file's text.
public enum AnchorEdit {
    /// `text` with each insertion's line placed directly above its anchor, indented as the anchor is, in the
    /// order given; or the problems: an anchor missing, or there more than once (which one would be meant?).
    public static func apply(_ insertions: [AnchorInsertion], to text: String, file: String) -> Result<String, ScaffoldRefusal> {
        // Split on "\n" scalars: as Characters, "\r\n" is one grapheme and would not split.
        var lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { String(String.UnicodeScalarView($0)) }
        var problems: [String] = []
        for insertion in insertions {
            let matches = lines.indices.filter { lines[$0].drop(while: \.isWhitespace).hasPrefix(insertion.anchor.marker) }
            guard let index = matches.first else {
                let problem = "\(file) has lost the line `\(insertion.anchor.marker)`: restore `\(insertion.anchor.restorableLine)` where its lines go"
                if !problems.contains(problem) { problems.append(problem) }
                continue
            }
            guard matches.count == 1 else {
                let problem = "\(file) has the line `\(insertion.anchor.marker)` \(matches.count) times: keep only the one where its lines go"
                if !problems.contains(problem) { problems.append(problem) }
                continue
            }
            let anchor = lines[index]
            let indentation = anchor.prefix(while: { $0 == " " || $0 == "\t" })
            // Keep a CRLF file CRLF: the anchor's line still holds its "\r".
            let ending = anchor.hasSuffix("\r") ? "\r" : ""
            lines.insert(indentation + insertion.line + ending, at: index)
        }
        guard problems.isEmpty else { return .failure(ScaffoldRefusal(problems)) }
        return .success(lines.joined(separator: "\n"))
    }
}
