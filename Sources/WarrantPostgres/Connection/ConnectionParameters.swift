#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The keyword/value pairs given to `PQconnectdbParams`.
///
/// The user's connection string goes in as `dbname` with `expand_dbname` on, which makes
/// libpq parse it exactly as `PQconnectdb` would. The driver's defaults come *before* it,
/// so anything the string (or a service file) sets wins over them.
struct ConnectionParameters: Sendable {
    let keywords: [String]
    let values: [String]

    init(configuration: PostgresConfiguration) {
        var keywords: [String] = []
        var values: [String] = []
        if let connectTimeout = configuration.connectTimeout, getenv("PGCONNECT_TIMEOUT") == nil {
            let seconds = max(2, Int((Double(MonotonicClock.nanoseconds(of: connectTimeout)) / 1e9).rounded(.up)))
            keywords.append("connect_timeout")
            values.append(String(seconds))
        }
        keywords.append("fallback_application_name")
        values.append(configuration.applicationName)
        keywords.append("dbname")
        values.append(configuration.connectionString)
        self.keywords = keywords
        self.values = values
    }

    /// These parameters with `keyword` set to `value`, after the connection string so it wins.
    func adding(_ keyword: String, _ value: String) -> ConnectionParameters {
        ConnectionParameters(keywords: keywords + [keyword], values: values + [value])
    }

    private init(keywords: [String], values: [String]) {
        self.keywords = keywords
        self.values = values
    }

    /// Calls `body` with NULL-terminated C arrays of the keywords and values.
    func withCArrays<Result>(
        _ body: (UnsafePointer<UnsafePointer<CChar>?>?, UnsafePointer<UnsafePointer<CChar>?>?) -> Result
    ) -> Result {
        let keywordPointers = keywords.map { UnsafePointer(strdup($0)) } + [nil]
        let valuePointers = values.map { UnsafePointer(strdup($0)) } + [nil]
        defer {
            for pointer in keywordPointers + valuePointers {
                free(UnsafeMutablePointer(mutating: pointer))
            }
        }
        return keywordPointers.withUnsafeBufferPointer { keywordBuffer in
            valuePointers.withUnsafeBufferPointer { valueBuffer in
                body(keywordBuffer.baseAddress, valueBuffer.baseAddress)
            }
        }
    }
}
