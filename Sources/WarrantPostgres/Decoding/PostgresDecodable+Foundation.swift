import Foundation

extension Date: PostgresDecodable {
    /// Reads `timestamptz`, `timestamp` (taken as UTC) or `date` (midnight UTC).
    /// `infinity` and `-infinity` become `Date.distantFuture` and `Date.distantPast`.
    public init(postgresCell cell: PostgresCell) throws(DatabaseError) {
        try cell.requireValue(Date.self)
        switch cell.dataType {
        case .timestamptz, .timestamp:
            guard cell.length == 8, let microseconds = cell.readInteger(Int64.self) else {
                throw cell.invalidValue(Date.self, reason: "unexpected length \(cell.length)")
            }
            self = PostgresTime.date(microseconds: microseconds)
        case .date:
            guard cell.length == 4, let days = cell.readInteger(Int32.self) else {
                throw cell.invalidValue(Date.self, reason: "unexpected length \(cell.length)")
            }
            self = PostgresTime.date(days: days)
        default:
            throw cell.typeMismatch(Date.self)
        }
    }
}

extension UUID: PostgresDecodable {
    /// Reads `uuid`.
    public init(postgresCell cell: PostgresCell) throws(DatabaseError) {
        try cell.requireValue(UUID.self)
        self = try UUIDBytes.uuid(from: cell, as: UUID.self)
    }
}

extension Data: PostgresDecodable {
    /// Reads `bytea`.
    public init(postgresCell cell: PostgresCell) throws(DatabaseError) {
        try cell.requireValue(Data.self)
        guard cell.dataType == .bytea else { throw cell.typeMismatch(Data.self) }
        self = cell.withUnsafeBytes { Data($0) } ?? Data()
    }
}

/// Reads the 16 bytes of a `uuid` value.
enum UUIDBytes {
    static func uuid<Requested>(from cell: PostgresCell, as requested: Requested.Type) throws(DatabaseError) -> UUID {
        guard cell.dataType == .uuid else { throw cell.typeMismatch(requested) }
        guard cell.length == 16, let pointer = cell.pointer else {
            throw cell.invalidValue(requested, reason: "unexpected length \(cell.length)")
        }
        var bytes: uuid_t = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        withUnsafeMutableBytes(of: &bytes) { $0.copyMemory(from: UnsafeRawBufferPointer(start: pointer, count: 16)) }
        return UUID(uuid: bytes)
    }
}
