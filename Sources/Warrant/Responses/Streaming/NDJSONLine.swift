import NIOCore
import WarrantJSON

/// One line of newline-delimited JSON.
enum NDJSONLine {
    /// `value` as compact JSON and a line feed. Compact JSON escapes every line break inside strings, so
    /// the line feed is the only one on the line.
    static func encode<Value: JSONEncodableValue>(_ value: Value) -> ByteBuffer {
        var writer = JSONWriter()
        value.encode(to: &writer)
        var line = writer.buffer
        line.writeInteger(UInt8(0x0A))
        return line
    }
}
