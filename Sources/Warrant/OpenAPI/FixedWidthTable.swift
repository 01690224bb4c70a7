/// Rows of cells padded to fixed widths, two spaces apart, the last column unpadded: the layout of
/// ``SecurityReport``'s table, for the report's other tables.
enum FixedWidthTable {
    /// `rows` (the first is the header) as lines, each ending in a newline.
    static func render(_ rows: [[String]]) -> String {
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

/// Text inside a Markdown table cell.
enum MarkdownCell {
    /// `text` with pipes escaped and line breaks as `<br>`.
    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: "<br>")
    }

    /// `names` as code spans, comma-separated; "—" for none.
    static func codeList(_ names: [String]) -> String {
        names.isEmpty ? "—" : names.map { "`\(escaped($0))`" }.joined(separator: ", ")
    }
}
