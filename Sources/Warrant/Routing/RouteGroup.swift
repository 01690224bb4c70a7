/// A set of routes: what `@Routes` makes of a type whose methods carry `@GET`, `@POST`, ….
///
/// The group's stored properties are its dependencies (stores, services, clocks); its handlers
/// reach them through `self`.
public protocol RouteGroup: Sendable {
    /// Adds the group's routes to `routes`.
    func register(in routes: inout RouteTable)
}
