// expect: a @Query, @Header, @Cookie or path parameter is String, an integer
// errors: 1
import Foundation
import Warrant

/// Files.
@Routes(tag: "files")
struct FileRoutes {
    /// Read a file.
    @GET("/files/{name}")
    func read(_ request: Request<Unauthenticated>, name: URLComponents) -> String { name.path }
}
