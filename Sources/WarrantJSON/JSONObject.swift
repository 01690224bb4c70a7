/// A JSON object: key/value members in insertion order with unique keys.
///
/// Request bodies and token claims have a handful of members, so the members
/// live in one array and lookup is a linear scan: for small objects that beats
/// hashing and keeps the order the sender used for error messages and output.
///
/// Keys compare with Swift `String` equality (Unicode canonical equivalence),
/// the same rule the parser uses to reject duplicates, so a lookup can never
/// be ambiguous.
public struct JSONObject: Sendable, Hashable {
    /// One key/value pair of an object.
    public struct Member: Sendable, Hashable {
        /// The member name, already unescaped.
        public var key: String
        /// The member value.
        public var value: JSONValue

        /// Creates a member.
        public init(key: String, value: JSONValue) {
            self.key = key
            self.value = value
        }
    }

    /// The members in insertion order.
    public private(set) var members: [Member]

    /// Creates an empty object.
    public init() {
        members = []
    }

    /// Creates an object from `(key, value)` pairs in order. A key that occurs
    /// again replaces the earlier value in its original position.
    public init(_ pairs: some Sequence<(String, JSONValue)>) {
        members = []
        for (key, value) in pairs {
            self[key] = value
        }
    }

    /// Wraps members the parser has already checked for duplicates.
    init(uncheckedUniqueMembers members: [Member]) {
        self.members = members
    }

    /// The value for `key`, or `nil` when absent. Lookup is O(n).
    ///
    /// Setting a value replaces an existing member in place or appends a new
    /// one; setting `nil` removes the member.
    public subscript(key: String) -> JSONValue? {
        get {
            for member in members where member.key == key {
                return member.value
            }
            return nil
        }
        set {
            let existing = members.firstIndex { $0.key == key }
            switch (existing, newValue) {
            case (let index?, let value?):
                members[index].value = value
            case (let index?, nil):
                members.remove(at: index)
            case (nil, let value?):
                members.append(Member(key: key, value: value))
            case (nil, nil):
                break
            }
        }
    }

    /// The keys in insertion order.
    public var keys: [String] { members.map(\.key) }

    /// Whether a member named `key` exists.
    public func contains(key: String) -> Bool {
        members.contains { $0.key == key }
    }
}

extension JSONObject: RandomAccessCollection {
    /// Position of the first member.
    public var startIndex: Int { members.startIndex }
    /// Position one past the last member.
    public var endIndex: Int { members.endIndex }
    /// The member at `position`, in insertion order.
    public subscript(position: Int) -> Member { members[position] }
}

extension JSONObject: ExpressibleByDictionaryLiteral {
    /// Creates an object from a literal; a repeated key keeps the last value.
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self.init(elements)
    }
}
