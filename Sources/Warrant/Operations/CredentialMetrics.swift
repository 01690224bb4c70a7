import CoreMetrics
import Synchronization

/// Refused credentials by scheme and reason (`warrant_credential_refusals_total`), and credentials that could
/// not be checked (`warrant_credential_unavailable_total`): what an operator watches for an attack or an
/// identity provider in trouble. The reason never reaches the caller, only these counters and the log.
enum CredentialMetrics {
    private static let refusals = Mutex<[String: Counter]>([:])

    /// Counts a refusal.
    static func refused(scheme: String, reason: CredentialRefusal) {
        counter("warrant_credential_refusals_total", scheme: scheme, reason: reason.rawValue).increment()
    }

    /// Counts a credential that could not be checked.
    static func unavailable(scheme: String) {
        counter("warrant_credential_unavailable_total", scheme: scheme, reason: nil).increment()
    }

    private static func counter(_ label: String, scheme: String, reason: String?) -> Counter {
        let key = label + "|" + scheme + "|" + (reason ?? "")
        return refusals.withLock { counters in
            if let counter = counters[key] { return counter }
            var dimensions = [("scheme", scheme)]
            if let reason { dimensions.append(("reason", reason)) }
            let counter = Counter(label: label, dimensions: dimensions)
            counters[key] = counter
            return counter
        }
    }
}
