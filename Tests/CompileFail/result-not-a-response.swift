// expect: a handler returns a @Schema type or an array of them, String, NoContent
// errors: 1
import Warrant

/// A struct without @Schema.
struct Receipt { var total: Int }

/// Receipts.
@Routes(tag: "receipts")
struct ReceiptRoutes {
    /// The latest receipt.
    @GET("/receipts/latest")
    func latest(_ request: Request<Unauthenticated>) -> Receipt { Receipt(total: 1) }
}
