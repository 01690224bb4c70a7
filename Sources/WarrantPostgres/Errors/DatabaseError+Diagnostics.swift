extension DatabaseError {
    /// The detailed, possibly sensitive context of a ``DatabaseError``. **For logs only**:
    /// the server's message can quote row values, and the SQL names the schema.
    public struct Diagnostics: Sendable, Hashable {
        /// The primary message: the server's, or the driver's for client-side failures.
        public var message: String
        /// The server's optional detail line (for a unique violation it quotes the duplicate key).
        public var detail: String?
        /// The server's optional hint.
        public var hint: String?
        /// The table the error is about, when the server names one.
        public var table: String?
        /// The column the error is about, when the server names one.
        public var column: String?
        /// The SQL text of the statement that failed (placeholders only, never parameter values).
        public var sql: String?

        /// Creates diagnostics.
        public init(
            message: String,
            detail: String? = nil,
            hint: String? = nil,
            table: String? = nil,
            column: String? = nil,
            sql: String? = nil
        ) {
            self.message = message
            self.detail = detail
            self.hint = hint
            self.table = table
            self.column = column
            self.sql = sql
        }
    }
}
