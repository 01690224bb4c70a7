/// A limit on how often an operation may be called, declared on its route:
/// `@POST("/auth/token", rateLimit: RateLimit(10, per: .seconds(60), by: .client))`.
///
/// Requests are counted per caller in fixed windows of `window` (aligned to the Unix epoch), in the API's
/// ``RateLimitStore`` — PostgreSQL to hold across every instance, this process's memory otherwise. The
/// request past `limit` in a window is answered 429 with `Retry-After`, before its body is read; every
/// answer the handler gives carries the `RateLimit` and `RateLimit-Policy` fields. The operation documents
/// all of it.
///
/// Routes with the same `name` share one budget; a limit without a name counts each operation on its own.
/// A ``RouteTable/group(_:tag:operationIDPrefix:deprecated:rateLimit:_:)`` limit applies to every route
/// inside without its own.
public struct RateLimit: Sendable, Hashable {
    /// Requests allowed per window.
    public var limit: Int
    /// The window, in whole seconds.
    public var window: Int
    /// Whose requests are counted together.
    public var key: RateLimitKey
    /// The policy's name (`RateLimit-Policy`), shared by the routes that share the budget; `nil`: the
    /// operation's id.
    public var name: String?

    /// At most `limit` requests per `window` (whole seconds, at least one) for each `key`.
    public init(_ limit: Int, per window: Duration, by key: RateLimitKey = .caller, name: String? = nil) {
        self.limit = limit
        self.window = Int(window.components.seconds)
        self.key = key
        self.name = name
    }

    /// What is wrong with the declaration, if anything, for the start-up checks.
    var declarationProblem: String? {
        if limit < 1 { return "allows \(limit) requests; a limit allows at least 1" }
        if window < 1 { return "has a window under one second; windows are whole seconds" }
        if let name, !RateLimitFields.isPolicyName(name) {
            return "is named '\(name)'; a policy name is 1 to 64 letters, digits, '_', '.' or '-'"
        }
        return nil
    }

    /// `a minute`, `every 5 minutes`, `every 90 seconds`…: the window in words.
    static func per(_ window: Int) -> String {
        for (seconds, unit) in [(86_400, "day"), (3600, "hour"), (60, "minute"), (1, "second")] where window % seconds == 0 {
            let count = window / seconds
            return count == 1 ? (unit == "hour" ? "an hour" : "a \(unit)") : "every \(count) \(unit)s"
        }
        return "every \(window) seconds"
    }

    /// A sentence for the operation's description.
    var documentation: String {
        let whose = switch key {
        case .caller: "caller (the credential's subject; the client address when anonymous)"
        case .client: "client address"
        }
        return "**Rate limit**: \(limit) requests \(Self.per(window)) per \(whose); beyond, 429 with `Retry-After`."
    }
}
