import Foundation
import Testing
import WarrantAudit

/// The reviewed acknowledgement file: acknowledged changes stop gating, stale entries are warned about,
/// and a malformed file is an error that says what to fix.
@Suite("Acknowledgements")
struct AcknowledgementTests {
    static func entry(_ fingerprint: String, reason: String = "Intended: the report is public.") -> String {
        #"{"fingerprint": "\#(fingerprint)", "change": "now public", "reason": "\#(reason)", "reviewedBy": "ada"}"#
    }

    static func file(_ entries: [String]) -> [UInt8] {
        Array(#"{"acknowledged": [\#(entries.joined(separator: ","))]}"#.utf8)
    }

    @Test("an acknowledged security change no longer gates: exit 0, and it is still listed, marked")
    func acknowledged() throws {
        let changes = try Corpus.changes("became-public/old.json", "became-public/new.json")
        let fingerprint = try #require(changes.first?.fingerprint)
        let acknowledgements = try AcknowledgementFile.parse(Self.file([Self.entry(fingerprint)]), origin: "acknowledged.json")
        let report = AuditReport(changes: changes, acknowledgements: acknowledgements, old: "old", new: "new")
        #expect(report.exitCode == .clean)
        #expect(report.entries.count == 1)
        #expect(report.entries.first?.acknowledgement?.reviewedBy == "ada")
        #expect(report.warnings.isEmpty)
        #expect(report.summary == "1 security (1 acknowledged), 0 breaking, 0 other")
    }

    @Test("an entry that matches no change is reported as stale, and gates nothing")
    func stale() throws {
        let changes = try Corpus.changes("removed-parameter/old.json", "removed-parameter/new.json")
        let acknowledgements = try AcknowledgementFile.parse(Self.file([Self.entry("0123456789abcdef")]), origin: "acknowledged.json")
        let report = AuditReport(changes: changes, acknowledgements: acknowledgements, old: "old", new: "new")
        #expect(report.exitCode == .breaking)
        #expect(report.staleAcknowledgements.map(\.fingerprint) == ["0123456789abcdef"])
        #expect(report.warnings.count == 1)
        #expect(report.warnings.first?.contains("0123456789abcdef matches no change") == true)
        #expect(report.warnings.first?.contains("now public") == true)
    }

    @Test("a fingerprint listed twice is warned about")
    func repeated() throws {
        let changes = try Corpus.changes("became-public/old.json", "became-public/new.json")
        let fingerprint = try #require(changes.first?.fingerprint)
        let acknowledgements = try AcknowledgementFile.parse(Self.file([Self.entry(fingerprint), Self.entry(fingerprint)]), origin: "a.json")
        let report = AuditReport(changes: changes, acknowledgements: acknowledgements, old: "old", new: "new")
        #expect(report.exitCode == .clean)
        #expect(report.warnings == ["acknowledgement \(fingerprint) is listed more than once; keep one entry"])
    }

    @Test("a malformed file is refused, saying what to fix", arguments: [
        ("[]", "must be {\"acknowledged\": [ … ]}"),
        (#"{"acknowledged": [], "extra": 1}"#, "must be {\"acknowledged\": [ … ]}"),
        (#"{"acknowledged": [1]}"#, "entry 1 is not an object"),
        (#"{"acknowledged": [{"fingerprnt": "0123456789abcdef", "reason": "x", "reviewedBy": "y"}]}"#, "has the member \"fingerprnt\""),
        (#"{"acknowledged": [{"fingerprint": "0123456789abcdef", "reviewedBy": "y"}]}"#, "has no reason"),
        (#"{"acknowledged": [{"fingerprint": "0123456789abcdef", "reason": " ", "reviewedBy": "y"}]}"#, "has no reason"),
        (#"{"acknowledged": [{"fingerprint": "0123456789abcdef", "reason": "x"}]}"#, "has no reviewedBy"),
        (#"{"acknowledged": [{"fingerprint": "XYZ", "reason": "x", "reviewedBy": "y"}]}"#, "a fingerprint is 16 lowercase hex digits"),
        (#"{"acknowledged": [}"#, "is not valid JSON"),
    ])
    func malformed(text: String, message: String) {
        #expect {
            _ = try AcknowledgementFile.parse(Array(text.utf8), origin: "audit/acknowledged.json")
        } throws: { error in
            "\(error)".hasPrefix("audit/acknowledged.json") && "\(error)".contains(message)
        }
    }

    @Test("a missing file is an input error naming the path")
    func missing() {
        #expect(throws: AuditError.self) { _ = try AcknowledgementFile.load("/nonexistent/acknowledged.json") }
    }
}
