/// What a buffered Lambda reply can hold. A response is gathered whole before it is replied (API Gateway,
/// Function URLs and ALB in buffered mode take one JSON document), so a streamed body must end in time and
/// fit: an endless or huge stream is answered with a problem instead of running the invocation out.
struct BufferedReplyLimits: Sendable {
    /// Lambda's synchronous response payload quota: 6 MB (6,291,456 bytes), the reply JSON included.
    static let payloadBytes = 6 * 1024 * 1024
    /// Kept from the invocation's remaining time for encoding and sending the reply.
    static let replyMargin: Duration = .milliseconds(500)

    /// The most body bytes gathered.
    var bodyBytes: Int
    /// How long the body may take to gather.
    var time: Duration

    /// The limits of an invocation with `remaining` time left.
    static func forInvocation(remaining: Duration) -> BufferedReplyLimits {
        BufferedReplyLimits(bodyBytes: payloadBytes, time: max(.zero, remaining - replyMargin))
    }
}

/// Why a response cannot become a buffered reply.
enum BufferedReplyError: Error {
    /// The body is larger than a reply can carry.
    case tooLarge
    /// The body did not end before the invocation's deadline (less the reply margin).
    case tooSlow
}
