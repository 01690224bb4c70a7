/// What the project's Swift sources already declare, read with plain text scanning (no compiler needed).
///
/// The scans err on the side of finding too much: a commented-out `struct Bookmark` still counts, which at
/// worst refuses a name that would have worked.
public enum SourceScan {
    /// The keywords that introduce a named type (or a macro, which an attribute of the same name would hide).
    public static let typeKeywords: Set<Substring> = ["struct", "enum", "class", "actor", "protocol", "typealias", "macro"]

    /// The names declared by `struct X`, `enum X`, `class X`, `actor X`, `protocol X`, `typealias X` or
    /// `macro X` outside `//` comments; with `publicOnly`, only those whose line says `public` or `open`
    /// (what another module sees).
    public static func declaredTypes(in text: String, publicOnly: Bool = false) -> Set<String> {
        var names: Set<String> = []
        for line in text.split(separator: "\n") {
            let code = line.firstRange(of: "//").map { line[..<$0.lowerBound] } ?? line[...]
            let tokens = code.split { !($0.isLetter || $0.isNumber || $0 == "_") }
            for (index, keyword) in tokens.enumerated() where typeKeywords.contains(keyword) && index + 1 < tokens.count {
                if publicOnly, !tokens[..<index].contains(where: { $0 == "public" || $0 == "open" }) { continue }
                names.insert(String(tokens[index + 1]))
            }
        }
        return names
    }

    /// The modules `text` imports (`import Warrant`, `@testable import App`, `public import NIOCore`).
    public static func imports(in text: String) -> Set<String> {
        Set(text.matches(of: /(?m)^\s*(?:@\w+\s+)*(?:public\s+|internal\s+|package\s+)?import\s+(\w+)/).map { String($0.1) })
    }

    /// The path of every `@GET("…")`, `@POST("…")`, … in `text`, behind the file's `@Routes(path: "…")` prefix if any.
    public static func routePaths(in text: String) -> [String] {
        let prefix = text.firstMatch(of: /@Routes\([^)]*path:\s*"([^"]*)"/).map { String($0.1) } ?? ""
        return text.matches(of: /@(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\(\s*"([^"]*)"/).map { prefix + $0.1 }
    }

    /// Every `Migration(version: N` in `text`.
    public static func migrationVersions(in text: String) -> [Int] {
        text.matches(of: /Migration\(\s*version:\s*([0-9]+)/).compactMap { Int($0.1) }
    }

    /// The tables, views and indexes `text` creates or renames (lowercased, without schema or quotes).
    public static func sqlRelations(in text: String) -> Set<String> {
        var names: Set<String> = []
        // `\\?"` also reads a quote escaped inside a one-line Swift string literal.
        let created = /(?i)\b(?:TABLE|VIEW|INDEX)\s+(?:CONCURRENTLY\s+)?(?:IF\s+NOT\s+EXISTS\s+)?(?:(?:\\?")?\w+(?:\\?")?\.)?(?:\\?")?(\w+)/
        for match in text.matches(of: created) { names.insert(match.1.lowercased()) }
        for match in text.matches(of: /(?i)\bRENAME\s+TO\s+(?:\\?")?(\w+)/) { names.insert(match.1.lowercased()) }
        return names
    }

    /// The properties (and locals) `var x:`, `let x:`, `var x =` and `let x =` in `text`.
    public static func properties(in text: String) -> Set<String> {
        Set(text.matches(of: /\b(?:var|let)\s+(\w+)\s*[:=]/).map { String($0.1) })
    }
}
