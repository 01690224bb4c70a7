import Foundation
import Synchronization
import WarrantCrypto

/// Idempotent routes' answers kept in this process's memory: right for one server, tests and development.
/// Behind several instances a retry may reach one that never saw the key, and a restart forgets every key:
/// use `PostgresIdempotencyStore` there.
///
/// Answers past their retention are dropped as new keys arrive; until then every recorded answer is held,
/// so memory grows with the successful idempotent requests of one retention period.
public final class InMemoryIdempotencyStore: IdempotencyStore {
    private enum Entry {
        case running(fingerprint: [UInt8])
        case recorded(fingerprint: [UInt8], response: RecordedResponse, expires: Date)
    }

    private let state = Mutex(SweptEntries<IdempotencyRequestKey, Entry>())

    /// An empty store.
    public init() {}

    /// Claims the key: runs, replays, or refuses.
    public func claim(_ request: IdempotentRequest) async throws -> IdempotencyClaim {
        state.withLock { state -> IdempotencyClaim in
            state.sweepIfGrown { entry in
                if case .recorded(_, _, let expires) = entry { return expires > request.now }
                return true
            }
            switch state[request.key] {
            case .running:
                return .inProgress
            case .recorded(let fingerprint, let response, let expires) where expires > request.now:
                return ConstantTime.equals(fingerprint, request.fingerprint) ? .replay(response) : .mismatch
            case .recorded, nil:
                state[request.key] = .running(fingerprint: request.fingerprint)
                return .run(Reservation(store: self, request: request))
            }
        }
    }

    /// How many keys are kept (tests check the bound).
    var keyCount: Int { state.withLock { $0.entries.count } }

    private func finish(_ request: IdempotentRequest, recording response: RecordedResponse?) {
        state.withLock { state in
            if let response {
                let expires = request.now.addingTimeInterval(TimeInterval(request.retention))
                state[request.key] = .recorded(fingerprint: request.fingerprint, response: response, expires: expires)
            } else {
                state[request.key] = nil
            }
        }
    }

    private struct Reservation: IdempotencyReservation {
        let store: InMemoryIdempotencyStore
        let request: IdempotentRequest

        func run(_ handler: () async throws -> RouteResponse) async throws -> RouteResponse {
            try await handler()
        }

        func complete(recording response: RecordedResponse?) async throws {
            store.finish(request, recording: response)
        }

        func release() async {
            store.finish(request, recording: nil)
        }
    }
}
