import Foundation
import Warrant

/// Why a gadget operation failed.
@Problems
enum GadgetError: Error {
    /// Gadget not found.
    ///
    /// No gadget has this id.
    @Status(404) case notFound
    /// Gadget already exists.
    @Status(.conflict) case duplicate
}

/// A gadget to create.
@Schema
struct NewGadget: Sendable {
    /// Its name.
    @Length(1...10) var name: String
    /// How many.
    @Range(1...5) var quantity: Int = 1
}

/// A stored gadget.
@Schema
struct Gadget: Sendable, Equatable {
    /// Its id.
    var id: Int64
    /// Its name.
    var name: String
    /// How many.
    var quantity: Int
}

/// A queued job.
@Schema
struct Job: Sendable {
    /// The job's id.
    var id: UUID
}

/// Gadgets: a sample route group using every input and result form.
@Routes(tag: "gadgets")
struct GadgetRoutes {
    /// Create a gadget.
    /// - Parameter gadget: The gadget to create.
    /// - Returns: The stored gadget.
    @POST("/gadgets")
    func create(_ request: Request<Unauthenticated>, gadget: NewGadget) throws(GadgetError) -> Created<Gadget> {
        if gadget.name == "taken" { throw .duplicate }
        return Created(Gadget(id: 7, name: gadget.name, quantity: gadget.quantity), location: "/gadgets/7")
    }

    /// Search gadgets.
    ///
    /// Every filter is optional.
    /// - Parameters:
    ///   - name: Only gadgets with this name.
    ///   - limit: At most this many.
    ///   - tag: Any of these tags.
    ///   - priority: Only this priority.
    @GET("/gadgets")
    func search(
        _ request: Request<Unauthenticated>,
        name: String?,
        @Query(1...50) limit: Int = 10,
        tag: [String],
        priority: Priority?
    ) -> [Gadget] {
        [Gadget(id: Int64(limit), name: name ?? "any:\(tag.joined(separator: ","))|\(priority?.rawValue ?? "-")", quantity: 1)]
    }

    /// Read a gadget.
    /// - Parameters:
    ///   - id: The gadget's id.
    ///   - tenant: The caller's tenant.
    @GET("/gadgets/{id}")
    func read(_ request: Request<Unauthenticated>, @Path(1...) id: Int64, @Header("X-Tenant") tenant: String?) throws(GadgetError) -> Gadget {
        guard id == 7 else { throw .notFound }
        return Gadget(id: id, name: tenant ?? "none", quantity: 1)
    }

    /// Queue a rebuild.
    @POST("/gadgets/rebuild")
    func rebuild(_ request: Request<Unauthenticated>) -> Accepted<Job> {
        Accepted(Job(id: UUID(uuidString: "123e4567-e89b-12d3-a456-426614174000") ?? UUID()))
    }

    /// Delete every gadget.
    @available(*, deprecated, message: "Use the admin console.")
    @DELETE("/gadgets", deprecated: Deprecation(since: "2026-01-01", sunset: "2027-01-01", link: "https://example.com/gadgets-deprecated"))
    func purge(_ request: Request<Unauthenticated>) async {}

    /// Fail unexpectedly.
    @GET("/gadgets/broken")
    func broken(_ request: Request<Unauthenticated>) throws -> Gadget {
        throw CocoaError(.fileNoSuchFile)
    }
}

/// The sample API the route tests call.
enum SampleAPI {
    static func make(limits: InputLimits = InputLimits(), docs: DocsOptions = DocsOptions()) -> API {
        API(info: APIInfo(title: "Sample", version: "0.1.0"), limits: limits, docs: docs) { routes in
            routes.include(GadgetRoutes())
        }
    }
}
