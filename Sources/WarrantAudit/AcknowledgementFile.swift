import Foundation
import WarrantJSON

/// The reviewed acknowledgement file (`audit/acknowledged.json`):
/// `{"acknowledged": [{"fingerprint": "…", "change": "…", "reason": "…", "reviewedBy": "…"}]}`.
///
/// It is read strictly — a misspelt member or an entry without a reason is an error, not an entry that
/// silently acknowledges nothing — because a reviewer's decision lives in it.
public enum AcknowledgementFile {
    /// The members an entry may have.
    static let members: Set<String> = ["fingerprint", "change", "reason", "reviewedBy"]

    /// The entries of the file at `path`.
    /// - Parameters:
    ///   - path: The file (relative to the working directory).
    ///   - workingDirectory: The folder a relative path is resolved in; `nil` for the process's.
    /// - Throws: ``AuditError`` for a missing or malformed file, naming the entry and what to fix.
    public static func load(_ path: String, workingDirectory: String? = nil) throws(AuditError) -> [Acknowledgement] {
        let bytes = try SpecLoader(maximumBytes: 4 << 20, workingDirectory: workingDirectory).readFile(path)
        return try parse(bytes, origin: path)
    }

    /// The entries of a file's contents.
    /// - Parameters:
    ///   - bytes: The file's JSON.
    ///   - origin: Its name, for messages.
    /// - Throws: ``AuditError`` for invalid JSON, a wrong shape, an unknown member, or a missing
    ///   fingerprint, reason or reviewer.
    public static func parse(_ bytes: [UInt8], origin: String) throws(AuditError) -> [Acknowledgement] {
        let value: JSONValue
        do {
            value = try JSONParser.parse(bytes)
        } catch {
            let (line, column) = SpecDocument.lineAndColumn(of: error.offset, in: bytes)
            throw AuditError("\(origin) is not valid JSON: \(error.message) (line \(line), column \(column))")
        }
        guard let list = value["acknowledged"]?.arrayValue, value.objectValue?.keys == ["acknowledged"] else {
            throw AuditError(#"\#(origin) must be {"acknowledged": [ … ]}, one entry per acknowledged change"#)
        }
        var entries: [Acknowledgement] = []
        for (index, item) in list.enumerated() {
            let place = "\(origin): entry \(index + 1)"
            guard let entry = item.objectValue else { throw AuditError("\(place) is not an object") }
            if let unknown = entry.keys.first(where: { !members.contains($0) }) {
                throw AuditError("\(place) has the member \"\(unknown)\"; an entry has fingerprint, change, reason and reviewedBy")
            }
            func text(_ key: String, _ hint: String) throws(AuditError) -> String {
                guard let text = entry[key]?.stringValue?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else {
                    throw AuditError("\(place) has no \(key): \(hint)")
                }
                return text
            }
            let fingerprint = try text("fingerprint", "copy it from the audit's FINGERPRINT column")
            guard fingerprint.count == Fingerprint.length, fingerprint.allSatisfy(\.isHexDigit), fingerprint == fingerprint.lowercased() else {
                throw AuditError("\(place) has the fingerprint \"\(fingerprint)\"; a fingerprint is \(Fingerprint.length) lowercase hex digits, as the audit prints it")
            }
            entries.append(Acknowledgement(
                fingerprint: fingerprint,
                change: entry["change"]?.stringValue,
                reason: try text("reason", "say why the change is intended"),
                reviewedBy: try text("reviewedBy", "name who reviewed it")
            ))
        }
        return entries
    }
}
