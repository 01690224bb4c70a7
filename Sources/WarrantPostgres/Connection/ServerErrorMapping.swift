import CLibPQ

/// Builds ``DatabaseError``s from libpq results and connection state.
enum ServerErrorMapping {
    /// The error carried by a failed `PGresult`.
    static func error(from result: OpaquePointer, sql: String?) -> DatabaseError {
        func field(_ code: Character) -> String? {
            guard let ascii = code.asciiValue, let value = PQresultErrorField(result, Int32(ascii)) else { return nil }
            return String(cString: value)
        }
        let sqlState = field("C")
        let message = field("M") ?? String(cString: PQresultErrorMessage(result)).trimmingTrailingNewlines()
        let kind = sqlState.map(DatabaseError.Kind.init(sqlState:)) ?? .other
        return DatabaseError(
            kind: kind,
            sqlState: sqlState,
            constraint: field("n"),
            diagnostics: .init(
                message: message,
                detail: field("D"),
                hint: field("H"),
                table: field("t"),
                column: field("c"),
                sql: sql))
    }

    /// The error for a connection that broke, with libpq's explanation.
    static func connectionLost(_ handle: OpaquePointer?, sql: String?) -> DatabaseError {
        DatabaseError(.connectionLost, "connection lost: \(message(of: handle))", sql: sql)
    }

    /// libpq's last error message for a connection.
    static func message(of handle: OpaquePointer?) -> String {
        guard let handle, let text = PQerrorMessage(handle) else { return "no connection" }
        let message = String(cString: text).trimmingTrailingNewlines()
        return message.isEmpty ? "unknown libpq error" : message
    }
}

extension String {
    func trimmingTrailingNewlines() -> String {
        var text = self
        while let last = text.last, last.isNewline || last == " " {
            text.removeLast()
        }
        return text
    }
}
