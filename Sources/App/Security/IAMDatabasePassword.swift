import WarrantAWS
import WarrantPostgres

/// Each new connection's password is an RDS IAM token for the database user, signed locally with the
/// function's role credentials (`DATABASE_IAM_AUTH=true`): no database password exists anywhere.
struct IAMDatabasePassword: PostgresPasswordSource {
    let tokens: RDSAuthTokens

    func password() throws -> String {
        try tokens.token().value
    }
}
