import HTTPTypes
import Hummingbird

/// Every request's identifier: the caller's `X-Request-Id` when it is well-formed, else a fresh one.
///
/// The identifier is echoed in the response header, attached to every log line and every problem document.
enum RequestID {
    /// `X-Request-Id`.
    static let header = HTTPField.Name("X-Request-Id")!

    /// The identifier for `request`.
    static func assign(to request: HummingbirdCore.Request) -> String {
        request.headers.soleValue(header).flatMap(validated) ?? RequestIDGenerator.next()
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
