/// How a transaction run through a lease ends.
enum TransactionEnding: Sendable {
    case commit
    case rollback

    var statement: String {
        switch self {
        case .commit: "COMMIT"
        case .rollback: "ROLLBACK"
        }
    }
}
