import Foundation
import Testing
import Warrant
import WarrantJSON

/// A link.
@Schema
struct Link: Sendable, Equatable {
    /// Where it points.
    var target: URL
}

@Suite("URL: absolute http and https")
struct URLValueTests {
    @Test("accepted URLs decode and encode as written", arguments: [
        "https://example.com", "http://example.com/", "HTTPS://Example.com/a/b?q=1&r=%20x#frag",
        "https://example.com:8443/path", "https://[2001:db8::1]/", "https://xn--bcher-kva.example/caf%C3%A9",
        "https://example.com/a;b,c!$'()*+=~_.-",
    ])
    func accepted(_ text: String) throws {
        let (value, issues) = try JSONTestSupport.decode(Link.self, #"{"target":"\#(text)"}"#)
        #expect(issues.isEmpty)
        let target = try #require(value?.target)
        #expect(JSONTestSupport.encode(Link(target: target)) == #"{"target":"\#(text)"}"#)
    }

    @Test("refused URLs are a format issue naming the member", arguments: [
        "", "example.com", "/relative/path", "//example.com", "ftp://example.com", "javascript:alert(1)",
        "data:text/html,x", "file:///etc/passwd", "mailto:ada@example.com", "https:example.com", "https://",
        "https:///path", "https://user:pw@example.com", "https://bank.example@evil.example/", "https://example.com:",
        "https://example.com:123456", "https://example.com:8a", "https://exa mple.com", "https://example.com/a b",
        "https://example.com/%zz", "https://example.com/%4", "https://exämple.com", "https://example.com/<script>",
        "https://example.com/\\\\", "https://exa]mple.com", "https://[]/", "http://example.com/" + String(repeating: "a", count: 2030),
    ])
    func refused(_ text: String) throws {
        let (value, issues) = try JSONTestSupport.decode(Link.self, #"{"target":"\#(text)"}"#)
        #expect(value == nil)
        #expect(issues.map(\.pointer) == ["/target"])
        #expect(issues.map(\.code) == ["format"])
    }

    @Test("2048 octets is the limit")
    func length() {
        let base = "https://example.com/"
        #expect(WebAddress.accepts(base + String(repeating: "a", count: 2048 - base.count)))
        #expect(!WebAddress.accepts(base + String(repeating: "a", count: 2049 - base.count)))
    }

    @Test("a non-string is a format issue")
    func notAString() throws {
        let (_, issues) = try JSONTestSupport.decode(Link.self, #"{"target":42}"#)
        #expect(issues.map(\.code) == ["format"])
    }

    @Test("the schema: format uri, maxLength 2048, a pattern for scheme and host")
    func schema() throws {
        var components = SchemaComponents()
        let schema = try JSONTestSupport.object(URL.schema(in: &components))
        #expect(schema["type"] as? String == "string")
        #expect(schema["format"] as? String == "uri")
        #expect(schema["maxLength"] as? Int == 2048)
        let regex = try Regex(try #require(schema["pattern"] as? String))
        for sample in ["https://example.com", "HTTP://x/y", "https://x:80?q", "ftp://x", "https://[::1]:8080/", "https://a]b", "https://u@x", "https://", "https://x:"] {
            let found = try regex.firstMatch(in: sample) != nil
            #expect(found == WebAddress.accepts(sample), "\(sample)")
        }
    }
}
