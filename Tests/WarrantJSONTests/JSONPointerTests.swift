import Testing
import WarrantJSON

@Suite("JSON Pointer (RFC 6901)")
struct JSONPointerTests {
    @Test("the root pointer is empty")
    func root() {
        #expect(JSONPointer.root.description == "")
        #expect(JSONPointer().isRoot)
        #expect(JSONPointer.root.components == [])
    }

    @Test("appending keys and indices")
    func appending() {
        let pointer = JSONPointer.root.appending("items").appending(0).appending("title")
        #expect(pointer.description == "/items/0/title")
        #expect(pointer.components == ["items", "0", "title"])
        #expect(!pointer.isRoot)
        var mutable = JSONPointer()
        mutable.append("a")
        mutable.append(12)
        #expect("\(mutable)" == "/a/12")
        #expect(JSONPointer.root.appending("") .description == "/")
    }

    @Test("~ and / are escaped as ~0 and ~1")
    func escaping() {
        #expect(JSONPointer.root.appending("a/b").description == "/a~1b")
        #expect(JSONPointer.root.appending("m~n").description == "/m~0n")
        #expect(JSONPointer.root.appending("~1").description == "/~01")
        #expect(JSONPointer.root.appending("/~/").description == "/~1~0~1")
        #expect(JSONPointer.root.appending("é/😀").description == "/é~1😀")
    }

    @Test("components decode escapes in one pass")
    func decoding() {
        let keys = ["a/b", "m~n", "~1", "~0", "", "/~/", "plain", "é/😀"]
        let pointer = JSONPointer(components: keys)
        #expect(pointer.components == keys)
        #expect(JSONPointer(encoded: "/~01")?.components == ["~1"])
    }

    @Test("encoded pointers are validated")
    func parsingEncoded() {
        #expect(JSONPointer(encoded: "") == JSONPointer.root)
        #expect(JSONPointer(encoded: "/items/0")?.components == ["items", "0"])
        #expect(JSONPointer(encoded: "/a~1b/~0") == JSONPointer(components: ["a/b", "~"]))
        #expect(JSONPointer(encoded: "items") == nil)
        #expect(JSONPointer(encoded: "/~2") == nil)
        #expect(JSONPointer(encoded: "/~") == nil)
        #expect(JSONPointer(encoded: "/a~") == nil)
        #expect(JSONPointer(encoded: "//")?.components == ["", ""])
    }
}
