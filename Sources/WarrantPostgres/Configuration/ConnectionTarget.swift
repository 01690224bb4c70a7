import CLibPQ

/// Where a connection string points — host, port, user, database — as libpq reads it, for what must be
/// derived from it (an IAM token is signed for the host, port and user). No password is read.
public struct ConnectionTarget: Sendable, Equatable {
    /// The host (the first, when several are listed); `nil` for a Unix socket default.
    public var host: String?
    /// The port; 5432 unless the string says otherwise.
    public var port: Int
    /// The user, when the string names one.
    public var user: String?
    /// The database, when the string names one.
    public var database: String?
    /// libpq's `sslmode`, when the string sets one (`verify-full` checks the server's certificate and name).
    public var sslMode: String?
    /// libpq's `sslrootcert`: the CA certificates the server's certificate must chain to.
    public var sslRootCertificate: String?

    /// The target of `connectionString`, or `nil` when libpq cannot parse it.
    public init?(connectionString: String) {
        var errorMessage: UnsafeMutablePointer<CChar>?
        guard let options = PQconninfoParse(connectionString, &errorMessage) else {
            if let errorMessage { PQfreemem(errorMessage) }
            return nil
        }
        defer { PQconninfoFree(options) }
        var values: [String: String] = [:]
        var option = options
        while let keyword = option.pointee.keyword {
            if let value = option.pointee.val { values[String(cString: keyword)] = String(cString: value) }
            option = option.advanced(by: 1)
        }
        host = values["host"].flatMap { $0.split(separator: ",").first.map(String.init) }
        port = values["port"].flatMap { $0.split(separator: ",").first.flatMap { Int($0) } } ?? 5432
        user = values["user"]
        database = values["dbname"]
        sslMode = values["sslmode"]
        sslRootCertificate = values["sslrootcert"]
    }
}
