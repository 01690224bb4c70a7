import Foundation
import Synchronization

/// Sign-in limits counted in this process's memory: for a single server and for tests.
///
/// Every admission and settlement is one critical section, so concurrent attempts are counted exactly.
/// Memory is bounded without letting eviction help an attacker: the counters of existing accounts are never
/// evicted — there are only as many as accounts under failed sign-ins, and per account only as many client
/// counters as failures are admitted before the per-account limit — while those of unknown usernames are,
/// oldest first (no account is behind them).
final class InMemorySignInLimiter: SignInLimiter {
    private struct State {
        /// Per account and client.
        var pairs: [SignInAttempt: SignInCounter] = [:]
        /// Per account.
        var accounts: [String: SignInCounter] = [:]
        /// Account → client → when it last signed in from there.
        var knownClients: [String: [String: Date]] = [:]
        var operations = 0
    }

    private let state = Mutex(State())
    let limits: SignInLimits
    /// Counters kept for unknown usernames and for account-and-client pairs, at most.
    let capacity: Int

    init(limits: SignInLimits = SignInLimits(), capacity: Int = 10_000) {
        self.limits = limits
        self.capacity = capacity
    }

    func admit(_ attempt: SignInAttempt, at now: Date) -> SignInAdmission {
        state.withLock { state in
            var pair = state.pairs[attempt] ?? SignInCounter()
            var account = state.accounts[attempt.account] ?? SignInCounter()
            pair.expire(at: now, window: limits.window)
            account.expire(at: now, window: limits.window)
            var wait = pair.wait(at: now, free: limits.perClientFreeFailures, limits: limits)
            if !isKnown(attempt, in: state, at: now) {
                wait = max(wait, account.wait(at: now, free: limits.perAccountFreeFailures, limits: limits))
            }
            guard wait == 0 else { return .wait(seconds: wait) }
            pair.pending += 1
            account.pending += 1
            state.pairs[attempt] = pair
            state.accounts[attempt.account] = account
            sweep(&state, now: now)
            return .admitted
        }
    }

    func settle(_ attempt: SignInAttempt, _ outcome: SignInOutcome, at now: Date) {
        state.withLock { state in
            var pair = state.pairs[attempt] ?? SignInCounter()
            var account = state.accounts[attempt.account] ?? SignInCounter()
            pair.pending = max(0, pair.pending - 1)
            account.pending = max(0, account.pending - 1)
            switch outcome {
            case .failed:
                pair.fail(at: now, window: limits.window)
                account.fail(at: now, window: limits.window)
            case .succeeded:
                // The client's own count starts over; the account's does not, so a success from one device
                // never hands an attacker elsewhere fresh attempts.
                pair = SignInCounter(pending: pair.pending)
                var clients = state.knownClients[attempt.account] ?? [:]
                clients[attempt.client] = now
                if clients.count > 16, let oldest = clients.min(by: { $0.value < $1.value })?.key { clients[oldest] = nil }
                state.knownClients[attempt.account] = clients
            case .abandoned:
                break
            }
            state.pairs[attempt] = pair.isIdle ? nil : pair
            state.accounts[attempt.account] = account.isIdle ? nil : account
        }
    }

    /// Whether `attempt`'s client signed in to its account recently.
    private func isKnown(_ attempt: SignInAttempt, in state: State, at now: Date) -> Bool {
        guard let since = state.knownClients[attempt.account]?[attempt.client] else { return false }
        return now.timeIntervalSince(since) < limits.knownClientLifetime
    }

    /// Keeps the tables bounded, every 256 admissions: expired counters go; then, over capacity, the oldest
    /// counters of unknown usernames — never an existing account's.
    private func sweep(_ state: inout State, now: Date) {
        state.operations += 1
        guard state.operations % 256 == 0 else { return }
        let window = limits.window
        state.pairs = state.pairs.filter { $0.value.pending > 0 || now.timeIntervalSince($0.value.lastFailure) < window }
        state.accounts = state.accounts.filter { $0.value.pending > 0 || now.timeIntervalSince($0.value.lastFailure) < window }
        state.knownClients = state.knownClients.compactMapValues { clients in
            let fresh = clients.filter { now.timeIntervalSince($0.value) < limits.knownClientLifetime }
            return fresh.isEmpty ? nil : fresh
        }
        // An existing account's counters are bounded without eviction: past its free failures from unknown
        // clients, attempts are refused before they are counted, so an attacker cannot grow them.
        let unknownPairs = state.pairs.filter { !$0.key.account.hasPrefix(SignInAttempt.existingAccountPrefix) && $0.value.pending == 0 }
        if unknownPairs.count > capacity {
            for victim in unknownPairs.sorted(by: { $0.value.lastFailure < $1.value.lastFailure }).prefix(unknownPairs.count - capacity) {
                state.pairs[victim.key] = nil
            }
        }
        let unknown = state.accounts.filter { !$0.key.hasPrefix(SignInAttempt.existingAccountPrefix) && $0.value.pending == 0 }
        if unknown.count > capacity {
            for victim in unknown.sorted(by: { $0.value.lastFailure < $1.value.lastFailure }).prefix(unknown.count - capacity) {
                state.accounts[victim.key] = nil
            }
        }
    }
}
