import HTTPTypes
import NIOHTTP1

extension HTTPResponse.Status {
    /// The reason phrase, falling back to the standard one for the code when the status was made
    /// from a bare number (`HTTPResponse.Status(code: 404)` carries none), and to `Unknown`.
    var standardReasonPhrase: String {
        if !self.reasonPhrase.isEmpty { return self.reasonPhrase }
        let standard = HTTPResponseStatus(statusCode: self.code).reasonPhrase
        return standard.isEmpty ? "Unknown" : standard
    }
}
