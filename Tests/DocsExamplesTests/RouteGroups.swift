import Warrant

// docs/14: route groups, operationIds, versions and deprecation.

/// An article.
@Schema
struct Article: Sendable {
    /// Its id.
    var id: Int64
    /// Its headline.
    var headline: String
}

/// Articles, version 1.
@Routes(tag: "articles", path: "/articles")
struct ArticleRoutes {
    /// Read an article.
    /// - Parameter id: The article's id.
    @GET("/{id}")
    func read(_ request: Request<Unauthenticated>, @Path(1...) id: Int64) -> Article {
        Article(id: id, headline: "Article \(id)")
    }

    /// Search articles the old way.
    @GET("/search", operationID: "searchArticles", deprecated: Deprecation(since: "2026-06-01", sunset: "2027-01-01"))
    func search(_ request: Request<Unauthenticated>) -> [Article] {
        []
    }
}

/// The API with version 1 and version 2 side by side; version 1 is deprecated as a whole.
let articlesAPI = API(info: APIInfo(title: "Articles", version: "2")) { routes in
    routes.group("/v1", operationIDPrefix: "v1", deprecated: Deprecation(since: "2026-06-01", sunset: "2027-06-01", link: "https://example.com/v2")) { v1 in
        v1.include(ArticleRoutes())
    }
    routes.group("/v2", operationIDPrefix: "v2") { v2 in
        v2.include(ArticleRoutes())
    }
}
