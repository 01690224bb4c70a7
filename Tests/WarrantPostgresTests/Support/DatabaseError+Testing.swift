import Testing
import WarrantPostgres

/// Test failures show the full diagnostics (server message, SQL), which the
/// client-safe `description` deliberately leaves out.
extension DatabaseError: CustomTestStringConvertible {
    public var testDescription: String { debugDescription }
}
