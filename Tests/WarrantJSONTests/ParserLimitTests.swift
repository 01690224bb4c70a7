import Testing
import WarrantJSON

@Suite("Parser: limits")
struct ParserLimitTests {
    @Test("nesting one level over the limit is rejected where it starts")
    func depthOverLimit() throws {
        let depth = JSONLimits.default.maxDepth
        let arrays = String(repeating: "[", count: depth + 1) + String(repeating: "]", count: depth + 1)
        let error = try #require(parseError(arrays))
        #expect(error.kind == .nestingTooDeep)
        #expect(error.offset == depth)
        #expect(error.message == "nesting deeper than 32 levels")
        #expect(error.kind.isLimitExceeded)

        let objects = String(repeating: "{\"a\":", count: depth + 1) + "1" + String(repeating: "}", count: depth + 1)
        let objectError = try #require(parseError(objects))
        #expect(objectError.kind == .nestingTooDeep)
        #expect(objectError.offset == depth * 5)
    }

    @Test("a custom depth limit counts arrays and objects alike, empty or not")
    func customDepth() {
        let limits = JSONLimits(maxDepth: 2)
        #expect(parseError("[[]]", limits: limits) == nil)
        #expect(parseError(#"[{"a":[]}]"#, limits: limits)?.kind == .nestingTooDeep)
        #expect(parseError("[[{}]]", limits: limits)?.offset == 2)
        #expect(parseError("[1,[2],[3]]", limits: limits) == nil)
        #expect(parseError("1", limits: JSONLimits(maxDepth: 0)) == nil)
        #expect(parseError("[]", limits: JSONLimits(maxDepth: 0))?.kind == .nestingTooDeep)
        #expect(parseError("[]", limits: JSONLimits(maxDepth: -5))?.kind == .nestingTooDeep)
    }

    @Test("100,000 open brackets throw cleanly, never overflow the stack")
    func hostileDepth() throws {
        let open = [UInt8](repeating: UInt8(ascii: "["), count: 100_000)
        let error = try #require(parseError(open))
        #expect(error.kind == .nestingTooDeep)
        #expect(error.offset == 32)

        let balanced = open + [UInt8](repeating: UInt8(ascii: "]"), count: 100_000)
        let raised = JSONLimits(maxDepth: 1_000_000)
        let ceilingError = try #require(parseError(balanced, limits: raised))
        #expect(ceilingError.kind == .nestingTooDeep)
        #expect(ceilingError.offset == JSONLimits.depthCeiling)

        let objects = [UInt8](String(repeating: "{\"a\":", count: 100_000).utf8)
        #expect(parseError(objects, limits: raised)?.kind == .nestingTooDeep)
    }

    @Test("depth up to the hard ceiling parses when allowed")
    func ceilingDepth() throws {
        let depth = JSONLimits.depthCeiling
        let text = String(repeating: "[", count: depth) + "0" + String(repeating: "]", count: depth)
        let value = try JSONParser.parse(text, limits: JSONLimits(maxDepth: depth))
        var current = value
        var levels = 0
        while let inner = current[0] {
            current = inner
            levels += 1
        }
        #expect(levels == depth)
        #expect(current.numberValue?.int64 == 0)
    }

    @Test("strings are limited by UTF-8 length after unescaping")
    func stringLength() throws {
        let limits = JSONLimits(maxStringLength: 5)
        #expect(parseError(#""abcde""#, limits: limits) == nil)
        #expect(parseError(#""""#, limits: limits) == nil)
        #expect(parseError(#""ab\ncd""#, limits: limits) == nil)  // 6 bytes raw, 5 decoded
        #expect(parseError("\"ééa\"", limits: limits) == nil)  // 5 bytes
        #expect(parseError(#""\u00e9\u00e9a""#, limits: limits) == nil)

        let tooLong = try #require(parseError(#""abcdef""#, limits: limits))
        #expect(tooLong.kind == .stringTooLong)
        #expect(tooLong.offset == 0)
        #expect(tooLong.kind.isLimitExceeded)
        #expect(parseError("\"ééé\"", limits: limits)?.kind == .stringTooLong)
        #expect(parseError(#""\u00e9\u00e9\u00e9""#, limits: limits)?.kind == .stringTooLong)
        #expect(parseError(#""abc\ndef""#, limits: limits)?.kind == .stringTooLong)
        #expect(parseError(#"["ok","abcdefgh"]"#, limits: limits)?.offset == 6)
        #expect(parseError(#"{"abcdef":1}"#, limits: limits)?.kind == .stringTooLong)
        #expect(parseError(#"{"abcdef":1}"#, limits: limits)?.offset == 1)
        // An unterminated string longer than the limit reports the limit.
        #expect(parseError(#""abcdefgh"#, limits: limits)?.kind == .stringTooLong)
        #expect(parseError(#""abc"#, limits: limits)?.kind == .unexpectedEndOfInput)
        #expect(parseError(#""a"#, limits: JSONLimits(maxStringLength: 0))?.kind == .stringTooLong)
        #expect(parseError(#""""#, limits: JSONLimits(maxStringLength: 0)) == nil)
    }

    @Test("a megabyte string is fine by default, one byte more is not")
    func defaultStringLimit() throws {
        let maximum = JSONLimits.default.maxStringLength
        var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: maximum + 2)
        bytes[0] = UInt8(ascii: "\"")
        bytes[maximum + 1] = UInt8(ascii: "\"")
        #expect(try JSONParser.parse(bytes).stringValue?.utf8.count == maximum)
        bytes.insert(UInt8(ascii: "a"), at: 1)
        #expect(parseError(bytes)?.kind == .stringTooLong)
    }

    @Test("numbers are limited by lexeme length")
    func numberLength() throws {
        let limits = JSONLimits(maxNumberLength: 3)
        #expect(parseError("123", limits: limits) == nil)
        #expect(parseError("-12", limits: limits) == nil)
        #expect(parseError("1e5", limits: limits) == nil)
        let error = try #require(parseError("1234", limits: limits))
        #expect(error.kind == .numberTooLong)
        #expect(error.offset == 0)
        #expect(error.kind.isLimitExceeded)
        #expect(parseError("[1, -123]", limits: limits)?.offset == 4)
        #expect(parseError("1.25", limits: limits)?.kind == .numberTooLong)

        let digits = String(repeating: "9", count: 101)
        #expect(parseError(digits)?.kind == .numberTooLong)
        #expect(parseError(String(digits.dropFirst())) == nil)
    }

    @Test("arrays are limited by element count, checked before the excess element")
    func arrayLength() throws {
        let limits = JSONLimits(maxArrayLength: 3)
        #expect(parseError("[1,2,3]", limits: limits) == nil)
        let error = try #require(parseError("[1,2,3,4]", limits: limits))
        #expect(error.kind == .arrayTooLong)
        #expect(error.offset == 7)
        #expect(error.kind.isLimitExceeded)
        // The excess element is not even read: a malformed one still reports the limit.
        #expect(parseError("[1,2,3,@]", limits: limits)?.kind == .arrayTooLong)
        #expect(parseError("[[1,2,3],[1,2,3,4]]", limits: limits)?.offset == 16)
        let empty = JSONLimits(maxArrayLength: 0)
        #expect(parseError("[]", limits: empty) == nil)
        #expect(parseError("[1]", limits: empty)?.offset == 1)
    }

    @Test("objects are limited by key count")
    func keyCount() throws {
        let limits = JSONLimits(maxKeysPerObject: 2)
        #expect(parseError(#"{"a":1,"b":2}"#, limits: limits) == nil)
        let error = try #require(parseError(#"{"a":1,"b":2,"c":3}"#, limits: limits))
        #expect(error.kind == .tooManyKeys)
        #expect(error.offset == 13)
        #expect(error.kind.isLimitExceeded)
        #expect(parseError(#"{"x":{"a":1,"b":2},"y":{"a":1,"b":2}}"#, limits: limits) == nil)
        let none = JSONLimits(maxKeysPerObject: 0)
        #expect(parseError("{}", limits: none) == nil)
        #expect(parseError(#"{"a":1}"#, limits: none)?.offset == 1)
    }

    @Test("only limit kinds report isLimitExceeded")
    func limitKinds() {
        let limitKinds: Set<JSONSyntaxError.Kind> = [
            .nestingTooDeep, .stringTooLong, .numberTooLong, .arrayTooLong, .tooManyKeys,
        ]
        for kind in JSONSyntaxError.Kind.allCases {
            #expect(kind.isLimitExceeded == limitKinds.contains(kind), "\(kind)")
        }
    }
}
