import Testing
import WarrantJSON

@Suite("Parser: duplicate keys")
struct ParserDuplicateKeyTests {
    @Test("a repeated key is rejected at the repeat")
    func simpleDuplicate() throws {
        let error = try #require(parseError(#"{"a":1,"a":2}"#))
        #expect(error.kind == .duplicateKey)
        #expect(error.offset == 7)
        #expect(error.message == #"duplicate key "a""#)
        #expect(!error.kind.isLimitExceeded)
    }

    @Test("the message names the key, as in the HTTP error body")
    func titleMessage() {
        #expect(parseError(#"{"title":"x","done":true,"title":"y"}"#)?.message == #"duplicate key "title""#)
    }

    @Test("an escaped spelling of the same key is a duplicate")
    func escapedDuplicate() {
        #expect(parseError(#"{"a":1,"\u0061":2}"#)?.kind == .duplicateKey)
        #expect(parseError(#"{"é":1,"\u00e9":2}"#)?.kind == .duplicateKey)
    }

    @Test("canonically equivalent keys count as duplicates, so lookups are unambiguous")
    func canonicalEquivalence() {
        // U+00E9 and U+0065 U+0301 compare equal as Swift strings.
        #expect(parseError(#"{"\u00e9":1,"e\u0301":2}"#)?.kind == .duplicateKey)
    }

    @Test("duplicates in nested objects are found at the inner object")
    func nestedDuplicate() throws {
        let error = try #require(parseError(#"{"outer":{"x":1,"x":2}}"#))
        #expect(error.kind == .duplicateKey)
        #expect(error.offset == 16)
    }

    @Test("duplicates are found in large objects, early or late")
    func largeObjectDuplicates() throws {
        let members = (0..<40).map { "\"k\($0)\":\($0)" }
        for repeated in [0, 3, 15, 16, 17, 39] {
            let text = "{" + members.joined(separator: ",") + ",\"k\(repeated)\":0}"
            let error = try #require(parseError(text), "k\(repeated)")
            #expect(error.kind == .duplicateKey)
            #expect(error.offset == text.utf8.count - "\"k\(repeated)\":0}".utf8.count)
        }
        // A repeat within the first 17 keys, before the key set exists.
        let early = "{" + members.prefix(10).joined(separator: ",") + ",\"k2\":0}"
        #expect(parseError(early)?.kind == .duplicateKey)
    }

    @Test("keys differing only in case are distinct")
    func caseSensitive() throws {
        let value = try JSONParser.parse(#"{"a":1,"A":2}"#)
        #expect(value.objectValue?.count == 2)
    }
}
