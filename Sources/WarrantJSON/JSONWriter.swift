import NIOCore

/// Appends compact JSON to a NIO `ByteBuffer`, inserting commas itself.
///
/// ```swift
/// var writer = JSONWriter()
/// writer.beginObject()
/// writer.key("title"); writer.string("Buy milk")
/// writer.key("done"); writer.bool(false)
/// writer.endObject()
/// // writer.buffer holds {"title":"Buy milk","done":false}
/// ```
///
/// The caller supplies the structure (a `key` before each object value,
/// balanced `begin`/`end` calls); the writer supplies separators, escaping and
/// number formatting. It does not validate structure, because its callers are
/// typed encoders, not untrusted input. `depth` tells whether every container
/// was closed.
public struct JSONWriter: Sendable {
    /// The output. The writer appends after the bytes it already held.
    public var buffer: ByteBuffer

    /// Number of containers begun and not yet ended.
    public private(set) var depth = 0

    /// Whether the next key or value must be preceded by a comma: true after
    /// any complete value, false right after `[`, `{` or a key.
    private var needsComma = false

    /// Creates a writer that appends to `buffer`.
    public init(buffer: ByteBuffer) {
        self.buffer = buffer
    }

    /// Creates a writer with a fresh buffer of `initialCapacity` bytes.
    public init(allocator: ByteBufferAllocator = ByteBufferAllocator(), initialCapacity: Int = 256) {
        buffer = allocator.buffer(capacity: initialCapacity)
    }

    /// A copy of the written bytes, for callers that want `[UInt8]`.
    public var bytes: [UInt8] { Array(buffer.readableBytesView) }

    /// The written JSON as a `String`.
    public var text: String { String(buffer: buffer) }

    // MARK: - Structure

    /// Writes `{`.
    public mutating func beginObject() {
        writeCommaIfNeeded()
        buffer.writeInteger(ASCII.openBrace)
        needsComma = false
        depth += 1
    }

    /// Writes `}`.
    public mutating func endObject() {
        buffer.writeInteger(ASCII.closeBrace)
        needsComma = true
        depth -= 1
    }

    /// Writes `[`.
    public mutating func beginArray() {
        writeCommaIfNeeded()
        buffer.writeInteger(ASCII.openBracket)
        needsComma = false
        depth += 1
    }

    /// Writes `]`.
    public mutating func endArray() {
        buffer.writeInteger(ASCII.closeBracket)
        needsComma = true
        depth -= 1
    }

    /// Writes an object key and the `:` after it; the next call writes its value.
    public mutating func key(_ name: String) {
        writeCommaIfNeeded()
        writeQuoted(name)
        buffer.writeInteger(ASCII.colon)
        needsComma = false
    }

    // MARK: - Literals

    /// Writes `true` or `false`.
    public mutating func bool(_ value: Bool) {
        writeCommaIfNeeded()
        if value {
            buffer.writeStaticString("true")
        } else {
            buffer.writeStaticString("false")
        }
        needsComma = true
    }

    /// Writes `null`.
    public mutating func null() {
        writeCommaIfNeeded()
        buffer.writeStaticString("null")
        needsComma = true
    }

    /// Writes a pre-encoded JSON value verbatim. The caller guarantees it is
    /// exactly one valid JSON value; only the comma before it is managed.
    public mutating func raw(_ jsonFragment: String) {
        writeCommaIfNeeded()
        buffer.writeString(jsonFragment)
        needsComma = true
    }

    /// Writes the readable bytes of a pre-encoded JSON value verbatim. The
    /// caller guarantees they are exactly one valid JSON value.
    public mutating func raw(_ jsonFragment: ByteBuffer) {
        writeCommaIfNeeded()
        buffer.writeImmutableBuffer(jsonFragment)
        needsComma = true
    }

    // MARK: - Shared helpers

    @inline(__always)
    mutating func writeCommaIfNeeded() {
        if needsComma {
            buffer.writeInteger(ASCII.comma)
        }
    }

    /// Records that a complete value was written.
    @inline(__always)
    mutating func finishValue() {
        needsComma = true
    }
}
