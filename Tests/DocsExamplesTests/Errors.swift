import Warrant

// docs/04-responses-and-errors.md

/// Why a ticket operation failed.
@Problems
enum TicketError: Error {
    /// Ticket not found.
    ///
    /// No ticket has this number.
    @Status(.notFound) case notFound
    /// Ticket closed.
    ///
    /// A closed ticket cannot be changed; reopen it first.
    @Status(.conflict) case closed
    /// Nobody available.
    @Status(.serviceUnavailable) case unstaffed
}

/// A support ticket.
@Schema
struct Ticket: Sendable {
    /// The ticket's number.
    var number: Int
    /// Whether it is closed.
    var closed: Bool
}

/// Support tickets.
@Routes(tag: "tickets")
struct TicketRoutes {
    /// Read a ticket.
    /// - Parameter number: The ticket's number.
    /// - Returns: The ticket.
    @GET("/tickets/{number}")
    func read(_ request: Request<Unauthenticated>, number: Int) throws(TicketError) -> Ticket {
        guard number == 1 || number == 2 else { throw .notFound }
        return Ticket(number: number, closed: number == 2)
    }

    /// Delete a ticket.
    /// - Parameter number: The ticket's number.
    @DELETE("/tickets/{number}")
    func delete(_ request: Request<Unauthenticated>, number: Int) throws(TicketError) -> NoContent {
        let ticket = try read(request, number: number)
        if ticket.closed { throw .closed }
        return NoContent()
    }

    /// Ask a human.
    @POST("/tickets/escalations", errors: TicketError.self)
    func escalate(_ request: Request<Unauthenticated>) throws -> NoContent {
        throw Problem(status: .serviceUnavailable, detail: "Nobody is on call; try again in an hour.")
    }
}
