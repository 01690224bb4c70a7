import Foundation
import Testing
import Warrant
import WarrantJSON

/// Someone to write to.
@Schema
struct Contact: Sendable, Equatable {
    /// The address.
    var email: EmailAddress
}

@Suite("EmailAddress: a practical addr-spec")
struct EmailAddressTests {
    private static let longLocal = String(repeating: "a", count: 64)
    private static let label = String(repeating: "b", count: 63)

    @Test("accepted addresses; the domain is lower-cased, the local part kept", arguments: [
        ("ada@example.com", "ada@example.com"),
        ("Ada.Lovelace@Example.COM", "Ada.Lovelace@example.com"),
        ("first.last+tag@sub.example.co.uk", "first.last+tag@sub.example.co.uk"),
        ("!#$%&'*+-/=?^_`{|}~@x-1.example", "!#$%&'*+-/=?^_`{|}~@x-1.example"),
        ("\(longLocal)@example.com", "\(longLocal)@example.com"),
        ("a@\(label).com", "a@\(label).com"),
        ("a@xn--bcher-kva.example", "a@xn--bcher-kva.example"),
    ])
    func accepted(_ text: String, _ stored: String) throws {
        let (value, issues) = try JSONTestSupport.decode(Contact.self, #"{"email":"\#(text)"}"#)
        #expect(issues.isEmpty)
        let email = try #require(value?.email)
        #expect(email.description == stored)
        #expect(JSONTestSupport.encode(Contact(email: email)) == #"{"email":"\#(stored)"}"#)
    }

    @Test("refused addresses are a format issue naming the member", arguments: [
        "", "ada", "@example.com", "ada@", "ada@@example.com", "a@b@example.com", "ada@localhost", ".ada@example.com",
        "ada.@example.com", "a..b@example.com", "ada@example..com", "ada@.example.com", "ada@example.com.",
        "ada@-example.com", "ada@example-.com", "ada@exa_mple.com", "a b@example.com", "\"a b\"@example.com",
        "ada@[192.0.2.1]", "adé@example.com", "ada@exämple.com", "a(comment)@example.com",
        "\(longLocal)a@example.com", "a@\(label)b.com",
        "a@" + Array(repeating: label, count: 4).joined(separator: ".") + ".com",
    ])
    func refused(_ text: String) throws {
        let (value, issues) = try JSONTestSupport.decode(Contact.self, #"{"email":"\#(text.replacingOccurrences(of: "\"", with: "\\\""))"}"#)
        #expect(value == nil)
        #expect(issues.map(\.pointer) == ["/email"])
        #expect(issues.map(\.code) == ["format"])
    }

    @Test("254 octets is the limit")
    func totalLength() {
        let domain = [String(repeating: "b", count: 63), String(repeating: "c", count: 63), String(repeating: "d", count: 63)].joined(separator: ".")
        let local = String(repeating: "a", count: 254 - 1 - domain.count - 4)
        #expect(EmailAddress("\(local)@\(domain).com") != nil)
        #expect(EmailAddress("\(local)x@\(domain).com") == nil)
    }

    @Test("equality: the domain's case does not matter, the local part's does")
    func equality() {
        #expect(EmailAddress("ada@EXAMPLE.com") == EmailAddress("ada@example.com"))
        #expect(EmailAddress("Ada@example.com") != EmailAddress("ada@example.com"))
    }

    @Test("the schema: format email, maxLength 254, a pattern that agrees with the decoder")
    func schema() throws {
        var components = SchemaComponents()
        let schema = try JSONTestSupport.object(EmailAddress.schema(in: &components))
        #expect(schema["format"] as? String == "email")
        #expect(schema["maxLength"] as? Int == 254)
        let regex = try Regex(try #require(schema["pattern"] as? String))
        for sample in ["ada@example.com", "A.B+c@x.example", "ada@localhost", "a..b@example.com", "ada@-x.com",
                       "\(Self.longLocal)@example.com", "\(Self.longLocal)a@example.com", "a@\(Self.label)b.com", "ada@x.com."] {
            let matched = try regex.wholeMatch(in: sample) != nil
            #expect(matched == (EmailAddress(sample) != nil), "\(sample)")
        }
    }

    @Test("as a parameter; Codable as its text")
    func parameterAndCodable() throws {
        #expect(EmailAddress(parameterText: "ada@example.com")?.domain == "example.com")
        #expect(EmailAddress(parameterText: "nope") == nil)
        let email = try #require(EmailAddress("ada@example.com"))
        let data = try JSONEncoder().encode([email])
        #expect(try JSONDecoder().decode([EmailAddress].self, from: data) == [email])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([EmailAddress].self, from: Data(#"["nope"]"#.utf8)) }
    }
}
