// expect: a handler parameter is a path or query value
// errors: 1
import Warrant

/// A struct without @Schema.
struct Filter { var text: String }

/// Searches.
@Routes(tag: "search")
struct SearchRoutes {
    /// Search.
    @GET("/search")
    func search(_ request: Request<Unauthenticated>, filter: Filter) -> String { filter.text }
}
