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
        writeToken("{")
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
        writeToken("[")
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
        writeQuoted(name, colonAfter: true)
        needsComma = false
    }

    /// Writes a key fixed at compile time whose characters need no escaping (letters, digits, `_`, `-`),
    /// without scanning it: for hot paths that write the same members every time, such as log lines.
    public mutating func key(verbatim name: StaticString) {
        let length = name.utf8CodeUnitCount
        let source = name.utf8Start
        writeUnit(maximumLength: length + 3) { target in
            target.storeBytes(of: ASCII.quote, as: UInt8.self)
            (target + 1).copyMemory(from: source, byteCount: length)
            (target + 1 + length).storeBytes(of: ASCII.quote, as: UInt8.self)
            (target + 2 + length).storeBytes(of: ASCII.colon, as: UInt8.self)
            return length + 3
        }
        needsComma = false
    }

    // MARK: - Literals

    /// Writes `true` or `false`.
    public mutating func bool(_ value: Bool) {
        writeToken(value ? "true" : "false")
        needsComma = true
    }

    /// Writes `null`.
    public mutating func null() {
        writeToken("null")
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
    //
    // Every ByteBuffer call pays for capacity, uniqueness and exclusivity
    // checks, so each helper does one `writeWithUnsafeMutableBytes` for the
    // comma and the token together.

    @inline(__always)
    mutating func writeCommaIfNeeded() {
        if needsComma {
            buffer.writeInteger(ASCII.comma)
        }
    }

    /// Writes the comma if one is due, then `token`, in one buffer call.
    @inline(__always)
    mutating func writeToken(_ token: StaticString) {
        let length = token.utf8CodeUnitCount
        let source = token.utf8Start
        writeUnit(maximumLength: length) { target in
            target.copyMemory(from: source, byteCount: length)
            return length
        }
    }

    /// Reserves room for the comma plus `maximumLength` bytes and lets `body`
    /// fill the bytes after the comma, returning how many it wrote.
    ///
    /// `body` gets a plain pointer rather than a buffer slice: slicing and
    /// rebasing raw buffers costs more than the few bytes most units write.
    @inline(__always)
    mutating func writeUnit(maximumLength: Int, _ body: (UnsafeMutableRawPointer) -> Int) {
        let comma = needsComma
        buffer.writeWithUnsafeMutableBytes(minimumWritableBytes: maximumLength + 1) { target in
            // At least one writable byte was reserved, so the base exists.
            guard let base = target.baseAddress else { return 0 }
            guard comma else {
                return body(base)
            }
            base.storeBytes(of: ASCII.comma, as: UInt8.self)
            return 1 + body(base + 1)
        }
    }

    /// Records that a complete value was written.
    @inline(__always)
    mutating func finishValue() {
        needsComma = true
    }
}
