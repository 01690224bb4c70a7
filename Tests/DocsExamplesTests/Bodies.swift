import Foundation
import Warrant

// docs/03-bodies-schemas-validation.md

/// A shipping address.
@Schema
struct ShippingAddress: Sendable {
    /// Street and number.
    @Length(1...100) @Example("1 Infinite Loop")
    var street: String
    /// A five-digit postal code.
    @Pattern("^[0-9]{5}$") @Example("95014")
    var zip: String
}

/// How fast to ship.
@Schema
enum Speed: String, Sendable {
    /// Three to five days.
    case standard
    /// Next day.
    case express
}

/// An order to place.
@Schema
struct NewOrder: Sendable {
    /// What to ship: 1 to 10 product codes.
    @Items(1...10)
    var products: [String]
    /// How many of each, 1 to 99.
    @Range(1...99)
    var quantity: Int = 1
    /// Where to ship.
    var address: ShippingAddress
    /// How fast; standard unless given.
    var speed: Speed = .standard
    /// A note for the courier.
    @Length(...500)
    var note: String?
    /// When to deliver at the earliest.
    var notBefore: Date?

    enum CodingKeys: String, CodingKey {
        case products, quantity, address, speed, note
        case notBefore = "not_before"
    }
}

/// A placed order.
@Schema
struct Order: Sendable {
    /// The order's identifier.
    var id: UUID
    /// What was ordered.
    var products: [String]
}

/// Orders.
@Routes(tag: "orders")
struct OrderRoutes {
    /// Place an order.
    /// - Parameter order: The order to place.
    @POST("/orders")
    func place(_ request: Request<Unauthenticated>, order: NewOrder) -> Created<Order> {
        let id = UUID()
        return Created(Order(id: id, products: order.products), location: "/orders/\(id)")
    }
}

/// A room booked for some nights.
@Schema
struct Booking: Validating {
    /// The night the stay starts.
    var checkIn: Date
    /// The morning the stay ends.
    var checkOut: Date
    /// How many people stay.
    @Range(1...8) var guests: Int
    /// The room, such as `R12`.
    var room: String

    func validate(_ report: inout ValidationReport<Booking>) {
        if checkOut <= checkIn { report.fail(\.checkOut, "must be after checkIn", code: "check_out_before_check_in") }
        if !room.hasPrefix("R") || Int(room.dropFirst()) == nil { report.fail(\.room, "must be R and a number, such as R12") }
        if room == "R1" && guests > 2 { report.fail("room R1 sleeps at most 2", code: "over_capacity") }
    }
}

/// Bookings.
@Routes(tag: "bookings")
struct BookingRoutes {
    /// Book a room.
    @POST("/bookings")
    func book(_ request: Request<Unauthenticated>, body booking: Booking) -> Created<Booking> {
        Created(booking, location: "/bookings/1")
    }
}

/// Paid by card.
@Schema
struct CardDetails {
    /// The card number's last four digits.
    @Pattern("^[0-9]{4}$") var last4: String
}

/// Paid by bank transfer.
@Schema
struct TransferDetails {
    /// The payer's account number.
    @Length(15...34) var iban: String
}

/// How an order is paid.
@Schema
enum PaymentMethod {
    /// By card.
    case card(CardDetails)
    /// By bank transfer.
    case transfer(TransferDetails)
    /// Cash on delivery.
    case cash
}

/// Payments.
@Routes(tag: "payments")
struct PaymentMethodRoutes {
    /// Pay for an order.
    @POST("/payments")
    func pay(_ request: Request<Unauthenticated>, body method: PaymentMethod) -> String {
        switch method {
        case .card(let card): "card ending \(card.last4)"
        case .transfer(let transfer): "transfer from \(transfer.iban)"
        case .cash: "cash on delivery"
        }
    }

    /// The payment as it was read.
    @POST("/payments/echo")
    func echo(_ request: Request<Unauthenticated>, body method: PaymentMethod) -> PaymentMethod { method }
}
