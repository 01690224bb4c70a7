import CLibPQ
import Synchronization

/// Owns one libpq `PGresult` and frees it when the last row or cell referring to it is gone.
///
/// Rows are decoded straight out of libpq's memory, on the caller's task, without copying.
///
/// `@unchecked Sendable`: a `PGresult` is immutable once libpq hands it over and is
/// independent of its connection, so reading it from any thread is safe (libpq documents
/// result objects as usable after the connection is closed and shared read-only). The one
/// mutable piece, the lazily built column lookup, is guarded by a `Mutex`.
final class ResultStorage: @unchecked Sendable {
    let result: OpaquePointer
    let rowCount: Int
    let columnCount: Int
    /// The statement's SQL, kept for decoding diagnostics.
    let sql: String?
    /// The column lookup last built, with the key strategy it was built for: results are decoded with one
    /// strategy, so one slot spares a dictionary for every statement run.
    private let lookup = Mutex<(keyDecoding: ColumnKeyDecoding, lookup: ColumnLookup)?>(nil)

    init(result: OpaquePointer, sql: String?) {
        self.result = result
        self.rowCount = Int(PQntuples(result))
        self.columnCount = Int(PQnfields(result))
        self.sql = sql
    }

    deinit {
        PQclear(result)
    }

    func columnName(_ column: Int) -> String {
        guard column >= 0, column < columnCount, let name = PQfname(result, Int32(column)) else {
            return "#\(column)"
        }
        return String(cString: name)
    }

    func columnType(_ column: Int) -> PostgresDataType {
        PostgresDataType(rawValue: PQftype(result, Int32(column)))
    }

    /// The name-to-index table for a key strategy, built on first use and then shared by every row.
    func columnLookup(_ keyDecoding: ColumnKeyDecoding = .useColumnNames) -> ColumnLookup {
        lookup.withLock { cached in
            if let cached, cached.keyDecoding == keyDecoding { return cached.lookup }
            let names = (0..<columnCount).map(columnName)
            let built = ColumnLookup(names: names, keys: names.map(keyDecoding.key(forColumn:)))
            cached = (keyDecoding, built)
            return built
        }
    }

    /// The number of rows an `INSERT`, `UPDATE`, `DELETE`, `MERGE`, `SELECT` or `COPY` touched.
    var affectedRows: Int {
        guard let text = PQcmdTuples(result) else { return 0 }
        var value = 0
        var cursor = text
        while case let digit = cursor.pointee, digit >= 48, digit <= 57 {
            value = value &* 10 &+ Int(digit - 48)
            cursor += 1
        }
        return value
    }

    /// The command tag, e.g. `INSERT 0 1` or `COMMIT`.
    var commandTag: String {
        guard let tag = PQcmdStatus(result) else { return "" }
        return String(cString: tag)
    }
}
