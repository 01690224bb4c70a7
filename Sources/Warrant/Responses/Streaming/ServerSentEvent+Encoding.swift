import NIOCore
import WarrantJSON

extension ServerSentEvent {
    /// The event in the `text/event-stream` format: its fields, one `data:` line per line of JSON, and the
    /// blank line that dispatches it.
    func encoded() -> ByteBuffer {
        var writer = JSONWriter()
        data.encode(to: &writer)
        let json = writer.buffer
        var buffer = ByteBuffer()
        buffer.reserveCapacity(json.readableBytes + 64)
        if let id { buffer.writeField("id", SSEField.clean(id, droppingNUL: true)) }
        if let event { buffer.writeField("event", SSEField.clean(event, droppingNUL: false)) }
        if let retry { buffer.writeField("retry", String(SSEField.milliseconds(retry))) }
        // Compact JSON holds no raw line break, but a value's own encoding might: each line is its own
        // `data:` line, which a client joins back with "\n".
        for line in json.readableBytesView.split(omittingEmptySubsequences: false, whereSeparator: { $0 == 0x0A || $0 == 0x0D }) {
            buffer.writeString("data: ")
            buffer.writeBytes(line)
            buffer.writeInteger(UInt8(0x0A))
        }
        buffer.writeInteger(UInt8(0x0A))
        return buffer
    }
}

/// Field values of the event-stream format.
enum SSEField {
    /// The keep-alive comment: a line a client ignores.
    static let keepAlive = ByteBuffer(string: ": keep-alive\n\n")

    /// `value` without CR or LF (which would end the field and start another) and, for an id, without NUL
    /// (a client ignores an id holding one).
    static func clean(_ value: String, droppingNUL: Bool) -> String {
        guard value.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D || $0 == 0 }) else { return value }
        return String(value.unicodeScalars.filter { $0 != "\n" && $0 != "\r" && !(droppingNUL && $0 == "\0") })
    }

    /// A duration as the whole milliseconds of `retry:`, never negative.
    static func milliseconds(_ duration: Duration) -> Int64 {
        let (seconds, attoseconds) = duration.components
        let total = seconds.multipliedReportingOverflow(by: 1000)
        guard !total.overflow else { return seconds < 0 ? 0 : Int64.max }
        return max(0, total.partialValue + attoseconds / 1_000_000_000_000_000)
    }
}

extension ByteBuffer {
    fileprivate mutating func writeField(_ name: String, _ value: String) {
        writeString(name)
        writeString(": ")
        writeString(value)
        writeInteger(UInt8(0x0A))
    }
}
