import HTTPTypes

/// A handler's answer with cookies to set: `WithCookies(profile, [SetCookie("theme", "dark")])`. The answer
/// is `body`'s, with one `Set-Cookie` field per cookie, and its documented responses list the header.
public struct WithCookies<Body: ResponseRepresentable>: ResponseRepresentable {
    /// The answer the cookies ride on.
    public var body: Body
    /// The cookies to set.
    public var cookies: [SetCookie]

    /// `body`, setting `cookies`.
    public init(_ body: Body, _ cookies: [SetCookie]) {
        self.body = body
        self.cookies = cookies
    }

    /// `Body`'s responses, each with `Set-Cookie` documented.
    public static func documentedResponses(in components: inout SchemaComponents) -> [DocumentedResponse] {
        Body.documentedResponses(in: &components).addingHeader(
            "Set-Cookie", "Cookies for the client to store (`Secure`, `HttpOnly` and `SameSite` as each sets them).")
    }

    /// `body`'s response with a `Set-Cookie` field per cookie.
    public func makeResponse() -> RouteResponse {
        var response = body.makeResponse()
        for cookie in cookies {
            response.headers.append(HTTPField(name: .setCookie, value: cookie.fieldValue))
        }
        return response
    }

    /// Whether `body` answers a 2xx.
    public var isSuccessful: Bool { body.isSuccessful }
}
