/// The name an attachment is kept under: the uploaded file's name, never a path.
enum AttachmentName {
    /// The last component of `uploaded` (browsers on some systems send a whole path), without control
    /// characters, at most 255 characters; `nil` when nothing is left.
    static func sanitized(_ uploaded: String?) -> String? {
        guard let uploaded else { return nil }
        let last = uploaded.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        let printable = String(String.UnicodeScalarView(last.unicodeScalars.filter { !$0.properties.generalCategory.isControl }))
        let name = printable.trimmingWhitespace().prefix(255)
        return name.isEmpty || name == "." || name == ".." ? nil : String(name)
    }
}

extension Unicode.GeneralCategory {
    /// Control and format characters (`Cc`, `Cf`): nothing a file name shows.
    fileprivate var isControl: Bool { self == .control || self == .format }
}

extension String {
    fileprivate func trimmingWhitespace() -> Substring {
        let start = firstIndex { !$0.isWhitespace } ?? endIndex
        let end = lastIndex { !$0.isWhitespace }.map(index(after:)) ?? start
        return self[start..<max(start, end)]
    }
}
