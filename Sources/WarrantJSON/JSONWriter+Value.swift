import NIOCore

extension JSONWriter {
    /// Writes a whole `JSONValue`. Numbers keep their lexeme, so parsing and
    /// writing a document reproduces its numbers exactly.
    ///
    /// Recurses once per nesting level; parsed values are bounded by
    /// `JSONLimits.depthCeiling`.
    public mutating func value(_ value: JSONValue) {
        switch value {
        case .null:
            null()
        case .bool(let flag):
            bool(flag)
        case .number(let number):
            self.number(number)
        case .string(let text):
            string(text)
        case .array(let elements):
            beginArray()
            for element in elements {
                self.value(element)
            }
            endArray()
        case .object(let object):
            beginObject()
            for member in object.members {
                key(member.key)
                self.value(member.value)
            }
            endObject()
        }
    }

    /// Serialises `value` into a new buffer.
    public static func serialize(
        _ value: JSONValue, allocator: ByteBufferAllocator = ByteBufferAllocator()
    ) -> ByteBuffer {
        var writer = JSONWriter(allocator: allocator)
        writer.value(value)
        return writer.buffer
    }
}

extension JSONValue: CustomStringConvertible {
    /// The value as compact JSON text.
    public var description: String {
        String(buffer: JSONWriter.serialize(self))
    }
}
