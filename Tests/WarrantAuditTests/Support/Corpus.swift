import Foundation
import Testing
import WarrantAudit
import WarrantJSON

/// The spec pairs under Corpus/ and their expected classification (Corpus/manifest.json).
enum Corpus {
    /// The corpus folder in the test bundle.
    static var folder: URL? { Bundle.module.url(forResource: "Corpus", withExtension: nil) }

    /// A corpus file's URL.
    static func url(_ path: String) throws -> URL {
        guard let folder else { throw CorpusError("the Corpus folder is not in the test bundle") }
        return folder.appendingPathComponent(path)
    }

    /// A corpus document, parsed.
    static func document(_ path: String) throws -> SpecDocument {
        try SpecDocument(parsing: Array(Data(contentsOf: url(path))), origin: path)
    }

    /// The changes between two corpus documents.
    static func changes(_ old: String, _ new: String) throws -> [SpecChange] {
        SpecDiff.changes(from: try document(old), to: try document(new))
    }

    /// Every pair the manifest lists (none when it cannot be read: a separate test fails then).
    static let pairs: [CorpusPair] = (try? loadPairs()) ?? []

    static func loadPairs() throws -> [CorpusPair] {
        let manifest = try JSONParser.parse(Array(Data(contentsOf: url("manifest.json"))))
        return try (manifest["pairs"]?.arrayValue ?? []).map { entry in
            guard let name = entry["name"]?.stringValue, let old = entry["old"]?.stringValue, let new = entry["new"]?.stringValue,
                  let expected = entry["expected"]?.arrayValue else { throw CorpusError("malformed manifest entry \(entry)") }
            return CorpusPair(name: name, description: entry["description"]?.stringValue ?? "", old: old, new: new, expected: try expected.map { item in
                guard let code = item["code"]?.stringValue, let kind = item["kind"]?.stringValue else { throw CorpusError("malformed expectation in \(name)") }
                return CorpusPair.Expectation(code: code, kind: kind, operation: item["operation"]?.stringValue ?? "")
            })
        }
    }
}

/// One pair: two documents and the changes between them.
struct CorpusPair: Sendable, CustomTestStringConvertible {
    /// One expected change: its code, its kind, and its operation ("" for the document).
    struct Expectation: Sendable, Hashable, Comparable, CustomStringConvertible {
        let code: String
        let kind: String
        let operation: String

        static func < (lhs: Expectation, rhs: Expectation) -> Bool { lhs.description < rhs.description }

        var description: String { "\(kind) \(code) \(operation.isEmpty ? "(document)" : operation)" }
    }

    let name: String
    let description: String
    let old: String
    let new: String
    let expected: [Expectation]

    var testDescription: String { name }
}

struct CorpusError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
