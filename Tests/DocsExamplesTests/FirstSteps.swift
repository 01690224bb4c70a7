import Warrant

// docs/01-first-steps.md

/// A greeting.
@Schema
struct Greeting: Sendable {
    /// The text to show.
    var message: String
}

/// Greetings for anyone.
@Routes(tag: "greetings")
struct GreetingRoutes {
    /// Greet someone.
    ///
    /// Anyone may call this route: its request type is `Request<Unauthenticated>`.
    /// - Parameter name: Who to greet.
    @GET("/hello/{name}")
    func hello(_ request: Request<Unauthenticated>, name: String) -> Greeting {
        Greeting(message: "Hello, \(name)!")
    }
}

/// The API: its identity and its route groups.
let greetingAPI = API(info: APIInfo(title: "Greetings", version: "1.0.0")) { routes in
    routes.include(GreetingRoutes())
}
