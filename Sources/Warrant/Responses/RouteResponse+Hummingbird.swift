import Hummingbird
import Logging

extension RouteResponse {
    /// The response Hummingbird writes: the stream when there is one (noted for the access log, which then
    /// records the request when the stream ends), else the buffer.
    func hummingbirdResponse(logger: Logger) -> Response {
        guard let stream else {
            return Response(status: status, headers: headers, body: body.map { .init(byteBuffer: $0) } ?? .init())
        }
        AccessRecord.current?.markStreamed()
        return Response(status: status, headers: headers, body: stream.responseBody(logger: logger))
    }
}
