/// The shape of the HTTP event a Lambda function receives, which also decides the shape of its reply.
///
/// ``LambdaRuntime`` detects the format from each event unless one is configured; configure it when
/// the function sits behind exactly one kind of trigger and detection should never guess.
public enum LambdaEventFormat: String, Sendable, CaseIterable {
    /// API Gateway HTTP API payload format 2.0, also used by Lambda function URLs
    /// (`version: "2.0"`, `rawPath`, `rawQueryString`, `cookies`, `requestContext.http`).
    case apiGatewayV2
    /// API Gateway REST API Lambda proxy integration, and HTTP API payload format 1.0
    /// (`httpMethod`, `path`, `headers` + `multiValueHeaders`, query parameters in both forms).
    case apiGatewayV1
    /// Application Load Balancer target group (`requestContext.elb`), in single-value or
    /// multi-value header mode; the reply uses the same mode as the event.
    case applicationLoadBalancer
}
