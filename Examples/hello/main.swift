import Warrant

/// Greetings: one route for anyone, one for callers with a token.
@Routes(tag: "hello")
struct HelloRoutes {
    /// Greet someone. Anyone may call this.
    @GET("/hello/{name}")
    func hello(_ request: Request<Unauthenticated>, name: String) -> String { "Hello, \(name)!" }

    /// Greet the caller by their token's subject. Without a valid token: 401.
    @GET("/me")
    func me(_ request: Request<Authenticated>) -> String { "Hello, \(request.proof.subject)!" }
}

await DevelopmentServer.serve(API(info: APIInfo(title: "Hello", version: "1.0.0")) { $0.include(HelloRoutes()) })
