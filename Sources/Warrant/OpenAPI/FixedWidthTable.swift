/// Rows of cells padded to fixed widths, two spaces apart, the last column unpadded: the layout of
/// ``SecurityReport``'s table, for the report's other tables and the audit's (package-wide).
package enum FixedWidthTable {
    /// `rows` (the first is the header) as lines, each ending in a newline.
    package static func render(_ rows: [[String]]) -> String {
        guard let columns = rows.first?.count, columns > 0 else { return "" }
        let widths = (0..<columns - 1).map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { cells in
            var line = ""
            for (index, cell) in cells.enumerated() {
                if index > 0 { line += "  " }
                line += cell
                if index < widths.count { line += String(repeating: " ", count: max(0, widths[index] - cell.count)) }
            }
            while line.last == " " { line.removeLast() }
            return line
        }.joined(separator: "\n") + "\n"
    }
}

/// Text inside a Markdown table cell (package-wide: the security report and the audit report).
package enum MarkdownCell {
    /// `text` safe inside a cell: pipes escaped, line breaks as `<br>`, angle brackets and ampersands as
    /// entities (a PR comment renders HTML).
    package static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;")
            .replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
            .replacingOccurrences(of: "|", with: "\\|")
            .replacingOccurrences(of: "\r\n", with: "<br>")
            .replacingOccurrences(of: "\n", with: "<br>")
    }

    /// `names` as code spans, comma-separated; "—" for none.
    package static func codeList(_ names: [String]) -> String {
        names.isEmpty ? "—" : names.map { "`\(escaped($0))`" }.joined(separator: ", ")
    }
}
