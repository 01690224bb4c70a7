import Foundation
import Warrant

// docs/02-path-and-query-parameters.md

/// How to sort a listing.
@Schema
enum SortOrder: String, Sendable {
    /// Oldest first.
    case oldest
    /// Newest first.
    case newest
}

/// A book in the catalogue.
@Schema
struct Book: Sendable {
    /// The book's identifier.
    var id: Int64
    /// Its title.
    var title: String
}

/// The book catalogue.
@Routes(tag: "books")
struct BookRoutes {
    /// List books.
    /// - Parameters:
    ///   - search: Only books whose title contains this text.
    ///   - limit: How many books to return, 1 to 100.
    ///   - offset: How many books to skip.
    ///   - sort: The order of the listing.
    ///   - tag: Only books with any of these tags (repeat the parameter).
    @GET("/books")
    func list(
        _ request: Request<Unauthenticated>,
        @Query(length: 1...50) search: String?,
        @Query(1...100) limit: Int = 20,
        @Query(0...) offset: Int = 0,
        sort: SortOrder = .oldest,
        tag: [String]
    ) -> [Book] {
        let books = (1...3).map { Book(id: Int64($0), title: "Book \($0)") }
        let sorted = sort == .oldest ? books : books.reversed()
        return Array(sorted.dropFirst(offset).prefix(limit))
    }

    /// Read one book.
    /// - Parameters:
    ///   - id: The book's identifier.
    ///   - language: The caller's preferred language.
    @GET("/books/{id}")
    func read(_ request: Request<Unauthenticated>, @Path(1...) id: Int64, @Header("Accept-Language") language: String?) -> Book {
        Book(id: id, title: language == "fr" ? "Livre \(id)" : "Book \(id)")
    }
}
