import Testing
@testable import Warrant

/// Entity tags and the two precondition fields, as RFC 9110 spells and compares them.
@Suite("Entity tags")
struct EntityTagTests {
    @Test("a field parses as `*` or a list of strong and weak tags, with optional whitespace")
    func parsing() throws {
        #expect(EntityTagCondition(parsing: "*") == .any)
        #expect(EntityTagCondition(parsing: " * ") == .any)
        let list = try #require(EntityTagCondition(parsing: #" "r1" ,W/"x-y",""  "#))
        #expect(list == .tags([try #require(EntityTag("r1")), try #require(EntityTag("x-y", weak: true)), try #require(EntityTag(""))]))
        // An empty list, and empty elements, are allowed (RFC 9110 §5.6.1).
        #expect(EntityTagCondition(parsing: "") == .tags([]))
        #expect(EntityTagCondition(parsing: " , ") == .tags([]))
        #expect(EntityTagCondition(parsing: #","r1",,"r2","#) == .tags([EntityTag(revision: 1), EntityTag(revision: 2)]))
    }

    @Test("the documented pattern accepts what the parser accepts, and refuses what it refuses")
    func pattern() throws {
        let pattern = try Regex(EntityTagCondition.pattern)
        for field in ["*", "", " , ", #""r1""#, #"W/"a", "b""#, #","r1",,"r2","#] {
            #expect(field.wholeMatch(of: pattern) != nil && EntityTagCondition(parsing: field) != nil, "\(field)")
        }
        for field in ["r1", #""r1"#, #""a b""#, #""r1" "r2""#, "*, \"r1\""] {
            #expect(field.wholeMatch(of: pattern) == nil && EntityTagCondition(parsing: field) == nil, "\(field)")
        }
    }

    @Test("malformed fields do not parse", arguments: ["r1", #""r1"#, #""a b""#, #""r1" "r2""#, #"w/"r1""#, #"W/ "r1""#, "*, \"r1\"", "\"\u{7}\""])
    func malformed(field: String) {
        #expect(EntityTagCondition(parsing: field) == nil)
    }

    @Test("a tag's text may not hold a quote, a space or a control character")
    func tagCharacters() {
        #expect(EntityTag("a\"b") == nil)
        #expect(EntityTag("a b") == nil)
        #expect(EntityTag("a\u{0}") == nil)
        #expect(EntityTag("r#!~é")?.description == "\"r#!~é\"")
        #expect(EntityTag("v", weak: true)?.description == #"W/"v""#)
    }

    @Test("strong comparison for If-Match, weak for If-None-Match")
    func comparison() throws {
        let strong = EntityTag(revision: 7)
        let weak = try #require(EntityTag("r7", weak: true))
        #expect(strong.description == #""r7""#)
        #expect(strong.revision == 7 && weak.revision == nil)
        #expect(strong.strongMatches(strong) && !strong.strongMatches(weak) && !weak.strongMatches(weak))
        #expect(strong.weakMatches(weak) && weak.weakMatches(strong))
        #expect(IfMatch(.tags([weak])).isSatisfied(by: strong) == false)
        #expect(IfMatch(.tags([strong])).isSatisfied(by: strong))
        #expect(IfMatch(.any).isSatisfied(by: strong) && !IfMatch(.any).isSatisfied(by: nil))
        #expect(IfNoneMatch(.tags([weak])).matches(strong))
        #expect(IfNoneMatch(.any).matches(strong) && !IfNoneMatch(nil).matches(strong))
    }

    @Test("If-Match's revisions: nil for `*`, the strong revision tags otherwise (none: nothing matches)")
    func revisions() throws {
        #expect(IfMatch(.any).revisions == nil)
        let tags = try #require(EntityTagCondition(parsing: #""r3", W/"r4", "x", "r+6", "r07", "r99999999999999999999", "r5""#))
        #expect(IfMatch(tags).revisions == [3, 5])
        #expect(IfMatch(.tags([try #require(EntityTag("etag"))])).revisions == [])
    }

    @Test("a digest tag is the same for the same JSON and differs when it differs")
    func digest() {
        #expect(EntityTag.digest(of: "a") == EntityTag.digest(of: "a"))
        #expect(EntityTag.digest(of: "a") != EntityTag.digest(of: "b"))
        #expect(EntityTag.digest(of: "a").opaque.count == 22)
        #expect(EntityTag.digest(of: "a").revision == nil)
    }
}
