import Foundation

/// The events to send: the given files in order, or standard input one JSON document per line.
struct EventSource {
    private var files: [String]
    private let readsStandardInput: Bool

    init(files: [String]) {
        self.files = files
        self.readsStandardInput = files.isEmpty
    }

    /// The next event; `.some(nil)` when a file cannot be read (reported), `nil` at the end.
    /// Blank input lines are skipped.
    mutating func next() -> [UInt8]?? {
        if self.readsStandardInput {
            while let line = readLine(strippingNewline: true) {
                if !line.allSatisfy(\.isWhitespace) { return Array(line.utf8) }
            }
            return nil
        }
        guard !self.files.isEmpty else { return nil }
        let path = self.files.removeFirst()
        guard let data = FileManager.default.contents(atPath: path) else {
            OutputLine.diagnose("cannot read \(path)")
            return .some(nil)
        }
        return .some(Array(data))
    }
}
