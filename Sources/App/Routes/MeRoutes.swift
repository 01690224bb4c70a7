import Warrant

/// The signed-in caller.
@Routes(tag: "me")
struct MeRoutes {
    /// Who am I?
    ///
    /// Any valid credential may call this — an access token or an API key — whatever its roles.
    @GET("/me")
    func me(_ request: Request<Authenticated>) -> Me {
        let identity = request.proof
        return Me(id: identity.subject, roles: identity.roles, issuer: identity.issuer, expiresAt: identity.expiresAt, scheme: identity.scheme)
    }
}
