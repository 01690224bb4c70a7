/// Rows of cells padded to fixed widths, two spaces apart, the last column unpadded — the layout of the
/// security report, so the two read alike in a terminal.
enum TextTable {
    /// `rows` (the first is the header) as lines.
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
