import HTTPTypes
import NIOCore

/// An answer as an ``IdempotencyStore`` keeps it: status, header fields and body.
public struct RecordedResponse: Sendable, Equatable {
    /// The status code.
    public var status: Int
    /// The header fields, as (name, value) pairs in order.
    public var headers: [HeaderField]
    /// The body.
    public var body: [UInt8]

    /// One header field.
    public struct HeaderField: Sendable, Equatable {
        /// The field's name.
        public var name: String
        /// The field's value.
        public var value: String

        /// A field.
        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    /// A recorded answer.
    public init(status: Int, headers: [HeaderField], body: [UInt8]) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// `response` as recorded; `nil` when its body is streamed (never recorded).
    init?(_ response: RouteResponse) {
        guard response.stream == nil else { return nil }
        status = response.status.code
        headers = response.headers.map { HeaderField(name: $0.name.rawName, value: $0.value) }
        body = response.body.map { Array($0.readableBytesView) } ?? []
    }

    /// The answer replayed: the recorded one, with `Idempotent-Replayed: true`.
    var replayed: RouteResponse {
        var fields = HTTPFields()
        for field in headers {
            if let name = HTTPField.Name(field.name) { fields.append(HTTPField(name: name, value: field.value)) }
        }
        fields[.idempotentReplayed] = "true"
        return RouteResponse(status: HTTPResponse.Status(code: status), headers: fields, body: body.isEmpty ? nil : ByteBuffer(bytes: body))
    }
}

extension HTTPField.Name {
    /// `Idempotency-Key` (draft-ietf-httpapi-idempotency-key-header).
    static let idempotencyKey = HTTPField.Name("Idempotency-Key")!
    /// `Idempotent-Replayed`: set on an answer replayed for a retry.
    static let idempotentReplayed = HTTPField.Name("Idempotent-Replayed")!
}
