import NIOCore
import WarrantJSON

/// The JSON items of a streamed body, for checking each against the documented `x-item-schema`.
enum StreamItems {
    /// Each item parsed (`nil` for one that is not JSON): the `data:` of every server-sent event, or every
    /// line of NDJSON.
    static func values(of body: ByteBuffer, mediaType: String) -> [JSONValue?] {
        let text = String(buffer: body)
        let items = mediaType == "text/event-stream" ? eventData(text) : text.split(separator: "\n").map(String.init)
        return items.map { try? JSONParser.parse(ByteBuffer(string: $0)) }
    }

    /// The data of each event: its `data:` lines joined by line feeds (comments and other fields skipped).
    private static func eventData(_ text: String) -> [String] {
        var events: [String] = []
        var data: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.isEmpty {
                if !data.isEmpty { events.append(data.joined(separator: "\n")) }
                data = []
            } else if line.hasPrefix("data:") {
                let value = line.dropFirst(5)
                data.append(String(value.first == " " ? value.dropFirst() : value))
            }
        }
        if !data.isEmpty { events.append(data.joined(separator: "\n")) }
        return events
    }
}
