import CoreMetrics

/// Sign-in outcomes through swift-metrics: `warrant_sign_in_total` by outcome — `succeeded`, `failed`,
/// `throttled` (the limiter said wait) and `busy` (too many hashes in flight). A rise in `throttled` is a
/// password-guessing run; `busy` means the instance needs more CPU or fewer concurrent sign-ins.
struct SignInMetrics: Sendable {
    /// What became of one attempt.
    enum Outcome: String, CaseIterable {
        case succeeded, failed, throttled, busy
    }

    private let counters: [Outcome: Counter]

    /// Counters made once, from the metrics system bootstrapped at start-up.
    init() {
        counters = Dictionary(uniqueKeysWithValues: Outcome.allCases.map { outcome in
            (outcome, Counter(label: "warrant_sign_in_total", dimensions: [("outcome", outcome.rawValue)]))
        })
    }

    /// Counts one attempt.
    func record(_ outcome: Outcome) {
        counters[outcome]?.increment()
    }
}
