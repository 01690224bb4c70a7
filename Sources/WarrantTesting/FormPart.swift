public import NIOCore

/// One part of a `multipart/form-data` body a test sends with ``TestClient/post(_:multipart:as:headers:sourceLocation:)``.
public enum FormPart: Sendable {
    /// A text field.
    case field(String, String)
    /// A file: the field's name, the file's name, its media type and its bytes.
    case file(String, filename: String, contentType: String = "application/octet-stream", ByteBuffer)

    /// The parts as a body with `boundary`, as a browser writes them.
    static func body(_ parts: [FormPart], boundary: String) -> ByteBuffer {
        var body = ByteBuffer()
        for part in parts {
            body.writeString("--\(boundary)\r\n")
            switch part {
            case .field(let name, let value):
                body.writeString("Content-Disposition: form-data; name=\"\(escape(name))\"\r\n\r\n\(value)\r\n")
            case .file(let name, let filename, let contentType, var bytes):
                body.writeString("Content-Disposition: form-data; name=\"\(escape(name))\"; filename=\"\(escape(filename))\"\r\n")
                body.writeString("Content-Type: \(contentType)\r\n\r\n")
                body.writeBuffer(&bytes)
                body.writeString("\r\n")
            }
        }
        body.writeString("--\(boundary)--\r\n")
        return body
    }

    /// Quotes and line breaks escaped as the WHATWG form encoding does.
    private static func escape(_ name: String) -> String {
        var escaped = ""
        for character in name {
            switch character {
            case "\"": escaped += "%22"
            case "\r\n": escaped += "%0D%0A"
            case "\r": escaped += "%0D"
            case "\n": escaped += "%0A"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
