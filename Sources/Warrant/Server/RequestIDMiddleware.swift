import HTTPTypes
import Hummingbird
import Logging

/// Gives every request an identifier: the caller's `X-Request-Id` when it is well-formed, else a fresh one.
///
/// The identifier is echoed in the response header, attached to every log line and every problem document.
struct RequestIDMiddleware: RouterMiddleware {
    typealias Context = WarrantContext

    static let header = HTTPField.Name("X-Request-Id")!

    func handle(
        _ request: HummingbirdCore.Request,
        context: WarrantContext,
        next: (HummingbirdCore.Request, WarrantContext) async throws -> Response
    ) async throws -> Response {
        var context = context
        let id = request.headers[Self.header].flatMap(Self.validated) ?? RequestIDGenerator.next()
        context.requestID = id
        context.logger[metadataKey: "request_id"] = .string(id)
        var response = try await next(request, context)
        response.headers[Self.header] = id
        return response
    }

    /// At most 64 characters of `A-Z a-z 0-9 . _ -`, so a caller cannot inject into logs or headers.
    static func validated(_ value: String) -> String? {
        guard !value.isEmpty, value.utf8.count <= 64 else { return nil }
        let allowed = value.utf8.allSatisfy { byte in
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || byte == 0x2E || byte == 0x5F || byte == 0x2D
        }
        return allowed ? value : nil
    }
}
