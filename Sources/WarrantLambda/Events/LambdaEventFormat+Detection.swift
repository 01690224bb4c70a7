#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import NIOCore

extension LambdaEventFormat {
    /// Recognises an event's format from its shape:
    /// `requestContext.elb` → ALB; `version: "2.0"` or `rawPath` with `requestContext.http` → 2.0;
    /// `httpMethod` → REST / payload 1.0. Returns `nil` for anything else.
    static func detect(in event: ByteBuffer) -> LambdaEventFormat? {
        guard let probe = try? JSONDecoder().decode(ShapeProbe.self, from: Data(event.readableBytesView)) else {
            return nil
        }
        if probe.requestContext?.elb != nil, probe.httpMethod != nil {
            return .applicationLoadBalancer
        }
        if probe.version == "2.0" || (probe.rawPath != nil && probe.requestContext?.http != nil) {
            return .apiGatewayV2
        }
        if probe.httpMethod != nil {
            return .apiGatewayV1
        }
        return nil
    }

    /// Decodes `event` as this format.
    func decodeEvent(_ event: ByteBuffer) throws(LambdaEventError) -> any LambdaHTTPEvent {
        let data = Data(event.readableBytesView)
        do {
            switch self {
            case .apiGatewayV2: return try JSONDecoder().decode(APIGatewayV2Event.self, from: data)
            case .apiGatewayV1: return try JSONDecoder().decode(APIGatewayV1Event.self, from: data)
            case .applicationLoadBalancer: return try JSONDecoder().decode(ALBTargetGroupEvent.self, from: data)
            }
        } catch {
            throw .malformed(self, Self.describe(error))
        }
    }

    /// A short account of a decoding failure: which field, what was wrong.
    private static func describe(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return String(describing: error) }
        switch error {
        case .keyNotFound(let key, let context):
            return "missing \(Self.path(context.codingPath + [key]))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            let path = Self.path(context.codingPath)
            return path.isEmpty ? context.debugDescription : "\(path): \(context.debugDescription)"
        @unknown default:
            return String(describing: error)
        }
    }

    private static func path(_ codingPath: [any CodingKey]) -> String {
        codingPath.map(\.stringValue).joined(separator: ".")
    }

    /// Only the fields that tell the formats apart.
    private struct ShapeProbe: Decodable {
        struct RequestContext: Decodable {
            var elb: PresentValue?
            var http: PresentValue?
        }

        var version: String?
        var rawPath: String?
        var httpMethod: String?
        var requestContext: RequestContext?
    }
}
