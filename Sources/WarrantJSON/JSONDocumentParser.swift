/// The parsing engine: one pass over contiguous bytes, no recursion.
///
/// Nesting is tracked on an explicit stack, so hostile depth can only produce
/// a `nestingTooDeep` error, never a stack overflow. Children of open
/// containers accumulate in shared scratch stacks; closing a container moves
/// its children out into an exact-size array.
struct JSONDocumentParser {
    let bytes: UnsafeBufferPointer<UInt8>
    let maxDepth: Int
    let maxStringLength: Int
    let maxKeysPerObject: Int
    let maxArrayLength: Int
    let maxNumberLength: Int

    /// Offset of the next unread byte.
    var index = 0
    /// Reused output buffer for strings that contain escapes.
    var unescaped: [UInt8] = []

    init(bytes: UnsafeBufferPointer<UInt8>, limits: JSONLimits) {
        self.bytes = bytes
        maxDepth = limits.effectiveMaxDepth
        maxStringLength = max(limits.maxStringLength, 0)
        maxKeysPerObject = max(limits.maxKeysPerObject, 0)
        maxArrayLength = max(limits.maxArrayLength, 0)
        maxNumberLength = max(limits.maxNumberLength, 0)
    }

    /// Parses exactly one value surrounded by optional whitespace.
    mutating func parseDocument() throws(JSONSyntaxError) -> JSONValue {
        skipWhitespace()
        guard index < bytes.count else {
            throw error(.unexpectedEndOfInput, at: index, "unexpected end of input, expected a value")
        }
        let value: JSONValue
        if bytes[index] == ASCII.openBracket || bytes[index] == ASCII.openBrace {
            // Scratch space is only set up for documents that need it, and
            // starts in temporary (stack) memory: frames are bounded by the
            // depth limit, and the first children of open containers fit in
            // the initial scratch capacity, so small documents allocate only
            // their final arrays.
            value = try withUnsafeTemporaryAllocation(of: ContainerFrame.self, capacity: maxDepth) {
                (frames) throws(JSONSyntaxError) -> JSONValue in
                try withUnsafeTemporaryAllocation(of: JSONValue.self, capacity: NestingStacks.initialCapacity) {
                    (elementSpace) throws(JSONSyntaxError) -> JSONValue in
                    try withUnsafeTemporaryAllocation(of: JSONObject.Member.self, capacity: NestingStacks.initialCapacity) {
                        (memberSpace) throws(JSONSyntaxError) -> JSONValue in
                        var stacks = NestingStacks(elementSpace: elementSpace, memberSpace: memberSpace)
                        return try parseContainer(frames: frames, using: &stacks)
                    }
                }
            }
        } else {
            value = try parseScalar()
        }
        skipWhitespace()
        if index < bytes.count {
            throw error(
                .trailingData, at: index,
                "unexpected \(ErrorSnippet.describe(byte: bytes[index])) after the top-level value")
        }
        return value
    }

    // MARK: - Structure

    /// The parser's scratch space for the children of open containers.
    private struct NestingStacks: ~Copyable {
        /// Children that fit in temporary memory before the stacks move to the heap.
        static let initialCapacity = 16
        /// Elements of open arrays.
        var elements: ScratchStack<JSONValue>
        /// Members of open objects. A member is pushed as soon as its key is
        /// read, with a `null` placeholder that its value then replaces.
        var members: ScratchStack<JSONObject.Member>
        /// Key sets of open objects with many members, by frame index.
        var largeObjectKeys = [Int: Set<String>]()

        init(elementSpace: UnsafeMutableBufferPointer<JSONValue>, memberSpace: UnsafeMutableBufferPointer<JSONObject.Member>) {
            elements = ScratchStack(startingIn: elementSpace)
            members = ScratchStack(startingIn: memberSpace)
        }
    }

    /// Parses the array or object starting at `index`, iteratively.
    /// `frames` has room for `maxDepth` open containers.
    private mutating func parseContainer(
        frames: UnsafeMutableBufferPointer<ContainerFrame>, using stacks: inout NestingStacks
    ) throws(JSONSyntaxError) -> JSONValue {
        var depth = 0
        // Always initialized: finished values are swapped into the scratch
        // stacks (leaving `null` behind) rather than copied, so handing a
        // value to its container costs no reference counting.
        var value = JSONValue.null
        nextValue: while true {
            skipWhitespace()
            guard index < bytes.count else {
                throw error(.unexpectedEndOfInput, at: index, "unexpected end of input, expected a value")
            }
            switch bytes[index] {
            case ASCII.openBracket:
                try checkDepth(depth)
                index += 1
                skipWhitespace()
                if index < bytes.count, bytes[index] == ASCII.closeBracket {
                    index += 1
                    value = .array([])
                } else {
                    try checkArrayRoom(elementCount: 0)
                    frames[depth] = ContainerFrame(isObject: false, firstChild: stacks.elements.count)
                    depth += 1
                    continue nextValue
                }
            case ASCII.openBrace:
                try checkDepth(depth)
                index += 1
                skipWhitespace()
                if index < bytes.count, bytes[index] == ASCII.closeBrace {
                    index += 1
                    value = .object(JSONObject())
                } else {
                    frames[depth] = ContainerFrame(isObject: true, firstChild: stacks.members.count)
                    depth += 1
                    try parseMemberKey(afterComma: false, frame: depth - 1, firstMember: stacks.members.count, using: &stacks)
                    continue nextValue
                }
            default:
                value = try parseScalar()
            }

            // Hand the finished value to its container, closing every
            // container that ends right after it.
            while depth > 0 {
                let frame = frames[depth - 1]
                if frame.isObject {
                    swap(&stacks.members[stacks.members.count - 1].value, &value)
                    skipWhitespace()
                    guard index < bytes.count else {
                        throw error(.unexpectedEndOfInput, at: index, "unexpected end of input inside object")
                    }
                    switch bytes[index] {
                    case ASCII.comma:
                        index += 1
                        try parseMemberKey(afterComma: true, frame: depth - 1, firstMember: frame.firstChild, using: &stacks)
                        continue nextValue
                    case ASCII.closeBrace:
                        index += 1
                        depth -= 1
                        if stacks.members.count - frame.firstChild > DuplicateKeyCheck.linearScanLimit {
                            stacks.largeObjectKeys[depth] = nil
                        }
                        value = .object(JSONObject(uncheckedUniqueMembers: stacks.members.popArray(from: frame.firstChild)))
                    case let byte:
                        throw unexpected(byte, at: index, expecting: "',' or '}'")
                    }
                } else {
                    stacks.elements.push(.null)
                    swap(&stacks.elements[stacks.elements.count - 1], &value)
                    skipWhitespace()
                    guard index < bytes.count else {
                        throw error(.unexpectedEndOfInput, at: index, "unexpected end of input inside array")
                    }
                    switch bytes[index] {
                    case ASCII.comma:
                        index += 1
                        skipWhitespace()
                        if index < bytes.count, bytes[index] == ASCII.closeBracket {
                            throw error(.unexpectedCharacter, at: index, "trailing comma in array")
                        }
                        try checkArrayRoom(elementCount: stacks.elements.count - frame.firstChild)
                        continue nextValue
                    case ASCII.closeBracket:
                        index += 1
                        depth -= 1
                        value = .array(stacks.elements.popArray(from: frame.firstChild))
                    case let byte:
                        throw unexpected(byte, at: index, expecting: "',' or ']'")
                    }
                }
            }
            return value
        }
    }

    @inline(__always)
    mutating func skipWhitespace() {
        while index < bytes.count, ASCII.isWhitespace(bytes[index]) {
            index += 1
        }
    }

    /// Called at `[` or `{`, with `openContainers` already open around it.
    private func checkDepth(_ openContainers: Int) throws(JSONSyntaxError) {
        if openContainers >= maxDepth {
            throw error(.nestingTooDeep, at: index, "nesting deeper than \(maxDepth) levels")
        }
    }

    /// Called before parsing the element that would follow `elementCount`
    /// elements, so an over-long array is rejected before its excess is read.
    private func checkArrayRoom(elementCount: Int) throws(JSONSyntaxError) {
        if elementCount >= maxArrayLength {
            throw error(.arrayTooLong, at: index, "array longer than \(maxArrayLength) elements")
        }
    }

    /// Parses `"key"` and `:` for the object in frame `frame`, whose members
    /// start at `firstMember`, and pushes the member with a placeholder value.
    private mutating func parseMemberKey(
        afterComma: Bool, frame: Int, firstMember: Int, using stacks: inout NestingStacks
    ) throws(JSONSyntaxError) {
        skipWhitespace()
        guard index < bytes.count else {
            throw error(.unexpectedEndOfInput, at: index, "unexpected end of input inside object")
        }
        guard bytes[index] == ASCII.quote else {
            if afterComma, bytes[index] == ASCII.closeBrace {
                throw error(.unexpectedCharacter, at: index, "trailing comma in object")
            }
            throw unexpected(bytes[index], at: index, expecting: "a string key")
        }
        if stacks.members.count - firstMember >= maxKeysPerObject {
            throw error(.tooManyKeys, at: index, "object with more than \(maxKeysPerObject) keys")
        }
        let keyOffset = index
        let key = try parseString()
        if Self.isDuplicate(key, frame: frame, firstMember: firstMember, in: &stacks) {
            throw error(.duplicateKey, at: keyOffset, "duplicate key \(ErrorSnippet.quoted(key))")
        }
        skipWhitespace()
        guard index < bytes.count else {
            throw error(.unexpectedEndOfInput, at: index, "unexpected end of input inside object")
        }
        guard bytes[index] == ASCII.colon else {
            throw unexpected(bytes[index], at: index, expecting: "':' after object key")
        }
        index += 1
        stacks.members.push(JSONObject.Member(key: key, value: .null))
    }

    /// Whether `key` already names a member of the object in frame `frame`;
    /// large objects also record it in their key set.
    private static func isDuplicate(
        _ key: String, frame: Int, firstMember: Int, in stacks: inout NestingStacks
    ) -> Bool {
        let memberCount = stacks.members.count - firstMember
        if memberCount < DuplicateKeyCheck.linearScanLimit {
            for position in firstMember..<stacks.members.count where stacks.members[position].key == key {
                return true
            }
            return false
        }
        if memberCount == DuplicateKeyCheck.linearScanLimit {
            var seen = Set<String>(minimumCapacity: memberCount * 2)
            for position in firstMember..<stacks.members.count {
                seen.insert(stacks.members[position].key)
            }
            stacks.largeObjectKeys[frame] = seen
        }
        let inserted = stacks.largeObjectKeys[frame, default: []].insert(key).inserted
        return !inserted
    }
}
