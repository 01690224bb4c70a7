/// An RFC 6901 JSON Pointer such as `/items/0/title`, used to say where in a
/// request body a problem is.
///
/// The pointer is kept in its encoded form, so appending a component is one
/// string append and `description` costs nothing. In components `~` is
/// written `~0` and `/` is written `~1`.
public struct JSONPointer: Sendable, Hashable, CustomStringConvertible {
    /// The encoded pointer: `""` for the whole document, else `/`-prefixed
    /// components.
    public private(set) var description: String

    /// The pointer to the whole document (`""`).
    public static let root = JSONPointer()

    /// Creates the pointer to the whole document.
    public init() {
        description = ""
    }

    /// Creates a pointer from unescaped components, e.g.
    /// `["items", "0", "title"]` → `/items/0/title`.
    public init(components: some Sequence<String>) {
        description = ""
        for component in components {
            append(component)
        }
    }

    /// Parses an encoded pointer; `nil` unless it is empty or starts with `/`
    /// and every `~` is followed by `0` or `1`.
    public init?(encoded: String) {
        guard encoded.isEmpty || encoded.utf8.first == ASCII.slash else { return nil }
        var afterTilde = false
        for byte in encoded.utf8 {
            if afterTilde {
                guard byte == ASCII.zero || byte == ASCII.zero + 1 else { return nil }
                afterTilde = false
            } else if byte == ASCII.tilde {
                afterTilde = true
            }
        }
        guard !afterTilde else { return nil }
        description = encoded
    }

    /// Whether this is the pointer to the whole document.
    public var isRoot: Bool { description.isEmpty }

    /// The unescaped components, e.g. `["a/b", "0"]` for `/a~1b/0`.
    public var components: [String] {
        guard !isRoot else { return [] }
        return description.utf8.dropFirst().split(separator: ASCII.slash, omittingEmptySubsequences: false)
            .map(Self.unescape)
    }

    /// Decodes `~1` to `/` and `~0` to `~`. Decoding both in one left-to-right
    /// pass matters: `~01` is `~1` literally, not `/`.
    private static func unescape(_ encoded: Substring.UTF8View.SubSequence) -> String {
        var decoded: [UInt8] = []
        decoded.reserveCapacity(encoded.count)
        var afterTilde = false
        for byte in encoded {
            if afterTilde {
                decoded.append(byte == ASCII.zero ? ASCII.tilde : ASCII.slash)
                afterTilde = false
            } else if byte == ASCII.tilde {
                afterTilde = true
            } else {
                decoded.append(byte)
            }
        }
        return String(decoding: decoded, as: UTF8.self)
    }

    /// Appends an object key.
    public mutating func append(_ key: String) {
        description.append("/")
        if !key.utf8.contains(where: { $0 == ASCII.tilde || $0 == ASCII.slash }) {
            description.append(key)
            return
        }
        for character in key.unicodeScalars {
            switch character {
            case "~": description.append("~0")
            case "/": description.append("~1")
            default: description.unicodeScalars.append(character)
            }
        }
    }

    /// Appends an array index.
    public mutating func append(_ index: Int) {
        description.append("/")
        description.append(String(index))
    }

    /// This pointer with an object key appended.
    public func appending(_ key: String) -> JSONPointer {
        var copy = self
        copy.append(key)
        return copy
    }

    /// This pointer with an array index appended.
    public func appending(_ index: Int) -> JSONPointer {
        var copy = self
        copy.append(index)
        return copy
    }
}
