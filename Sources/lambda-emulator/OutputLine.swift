import Foundation

/// Writes one JSON object per line to standard output, flushed at once so a parent process
/// reading the pipe sees each line as it happens.
enum OutputLine {
    static func write(_ fields: [String: Any]) {
        guard let data = try? JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys, .withoutEscapingSlashes]) else {
            return
        }
        FileHandle.standardOutput.write(data + Data("\n".utf8))
    }

    /// A payload as JSON when it is JSON, as a string otherwise.
    static func payload(_ bytes: [UInt8]) -> Any {
        (try? JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])) ?? String(decoding: bytes, as: UTF8.self)
    }

    /// Writes a message to standard error.
    static func diagnose(_ message: String) {
        FileHandle.standardError.write(Data("lambda-emulator: \(message)\n".utf8))
    }
}
