import Testing
import WarrantAudit

/// Every pair of the corpus classified as its manifest says: exactly those codes, kinds and operations.
@Suite("The corpus of spec pairs")
struct CorpusTests {
    @Test("the manifest lists the pairs, each with two readable documents")
    func manifest() throws {
        let pairs = try Corpus.loadPairs()
        #expect(pairs.count >= 40)
        #expect(Set(pairs.map(\.name)).count == pairs.count)
        for pair in pairs {
            _ = try Corpus.document(pair.old)
            _ = try Corpus.document(pair.new)
        }
    }

    @Test("each pair is classified as expected", arguments: Corpus.pairs)
    func pair(_ pair: CorpusPair) throws {
        let changes = try Corpus.changes(pair.old, pair.new)
        let found = changes.map { CorpusPair.Expectation(code: $0.code.rawValue, kind: $0.kind.rawValue, operation: $0.operation?.label ?? "") }.sorted()
        #expect(found == pair.expected.sorted(), "\(pair.name): \(pair.description)\n\(changes.map(\.message).joined(separator: "\n"))")
        for expectation in pair.expected {
            #expect(ChangeCode(rawValue: expectation.code) != nil, "\(expectation.code) is not a code")
            #expect(expectation.code.hasPrefix(expectation.kind + "."), "\(expectation.code) is not of kind \(expectation.kind)")
        }
    }

    @Test("every pair compared with itself has no change")
    func identity() throws {
        for pair in Corpus.pairs {
            #expect(try Corpus.changes(pair.old, pair.old).isEmpty, "\(pair.old)")
            #expect(try Corpus.changes(pair.new, pair.new).isEmpty, "\(pair.new)")
        }
    }

    @Test("the corpus exercises every change code")
    func coverage() throws {
        let covered = Set(Corpus.pairs.flatMap { $0.expected.map(\.code) })
        let uncovered = Set(ChangeCode.allCases.map(\.rawValue)).subtracting(covered)
        #expect(uncovered.isEmpty, "no pair expects \(uncovered.sorted())")
    }
}
