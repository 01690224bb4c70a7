import SwiftSyntax

/// The documentation comment written above a declaration, split the way Swift's documentation tools read it.
///
/// The first paragraph is the summary, later paragraphs the discussion; `- Parameter x:` and
/// `- Parameters:` callouts document parameters, `- Returns:` the result, `- Throws:` the errors.
struct DocComment {
    /// The first paragraph.
    var summary: String?
    /// Every paragraph after the first, separated by blank lines.
    var discussion: String?
    /// Parameter descriptions by parameter name.
    var parameters: [String: String] = [:]
    /// The `- Returns:` callout.
    var returns: String?

    /// Summary and discussion together: the description of a schema or property.
    var full: String? {
        switch (summary, discussion) {
        case let (s?, d?): "\(s)\n\n\(d)"
        case let (s?, nil): s
        case let (nil, d?): d
        case (nil, nil): nil
        }
    }

    /// Reads the doc comment in the leading trivia of `node`.
    init(of node: some SyntaxProtocol) {
        self.init(lines: Self.lines(in: node.leadingTrivia))
    }

    init(lines: [String]) {
        var paragraphs: [[String]] = [[]]
        var callout: Callout?
        var inParametersList = false
        for raw in lines {
            let line = raw.trimmingSpaces
            if line.isEmpty {
                callout = nil
                inParametersList = false
                if !(paragraphs.last?.isEmpty ?? true) { paragraphs.append([]) }
                continue
            }
            if let parsed = Callout(line: line, inParametersList: inParametersList) {
                if case .parametersList = parsed.kind {
                    inParametersList = true
                    callout = nil
                    continue
                }
                if case .parameter = parsed.kind {} else { inParametersList = false }
                callout = parsed
                self.record(parsed)
                continue
            }
            if var current = callout {
                current.text += " " + line
                callout = current
                self.record(current)
                continue
            }
            paragraphs[paragraphs.count - 1].append(line)
        }
        let texts = paragraphs.filter { !$0.isEmpty }
        if let first = texts.first { self.summary = first.joined(separator: " ") }
        let rest = texts.dropFirst().map { $0.joined(separator: "\n") }
        if !rest.isEmpty { self.discussion = rest.joined(separator: "\n\n") }
    }

    private mutating func record(_ callout: Callout) {
        switch callout.kind {
        case .parameter(let name): parameters[name] = callout.text
        case .returns: returns = callout.text
        case .parametersList, .other: break
        }
    }

    /// The text of each doc-comment line, without its `///` or `/** */` markers.
    static func lines(in trivia: Trivia) -> [String] {
        var lines: [String] = []
        for piece in trivia {
            switch piece {
            case .docLineComment(let text):
                var line = text.dropFirst(3)
                if line.first == " " { line = line.dropFirst() }
                lines.append(String(line))
            case .docBlockComment(let text):
                let body = text.dropFirst(3).dropLast(2)
                for rawLine in body.split(separator: "\n", omittingEmptySubsequences: false) {
                    var line = Substring(rawLine.trimmingSpaces)
                    if line.hasPrefix("*") { line = line.dropFirst(); if line.first == " " { line = line.dropFirst() } }
                    lines.append(String(line))
                }
            default:
                continue
            }
        }
        return lines
    }
}

/// One `- Name: text` line of a doc comment.
private struct Callout {
    enum Kind {
        case parameter(String)
        case parametersList
        case returns
        case other
    }

    var kind: Kind
    var text: String

    init?(line: String, inParametersList: Bool) {
        guard line.hasPrefix("- ") else { return nil }
        let body = line.dropFirst(2)
        guard let colon = body.firstIndex(of: ":") else { return nil }
        let head = body[..<colon].trimmingSpaces
        let text = body[body.index(after: colon)...].trimmingSpaces
        let words = head.split(separator: " ")
        switch words.first.map(String.init) {
        case "Parameters" where words.count == 1:
            kind = .parametersList
        case "Parameter" where words.count == 2:
            kind = .parameter(String(words[1]))
        case "Returns" where words.count == 1:
            kind = .returns
        case _ where inParametersList && words.count == 1:
            kind = .parameter(head)
        default:
            kind = .other
        }
        self.text = text
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs.
    var trimmingSpaces: String {
        var slice = Substring(self)
        while let first = slice.first, first == " " || first == "\t" { slice = slice.dropFirst() }
        while let last = slice.last, last == " " || last == "\t" || last == "\r" { slice = slice.dropLast() }
        return String(slice)
    }
}
