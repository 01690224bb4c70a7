import NIOCore
import Synchronization

/// Everything the emulator knows, behind one lock. Each method returns the promises it resolved
/// as closures, to be run after the lock is released (promise callbacks may re-enter the state).
final class EmulatorState: Sendable {
    private struct Waiter<Value: Sendable>: Sendable {
        var id: Int
        var promise: EventLoopPromise<Value>
    }

    private struct State: Sendable {
        var queue: [LambdaEmulatorEvent] = []
        var waitingRuntimes: [Waiter<LambdaEmulatorEvent>] = []
        var inFlight: [String: LambdaEmulatorEvent] = [:]
        var maxInFlight = 0
        var outcomes: [String: LambdaEmulatorOutcome] = [:]
        var outcomeWaiters: [String: [Waiter<LambdaEmulatorOutcome>]] = [:]
        var initError: LambdaEmulatorErrorReport?
        var initErrorWaiters: [Waiter<LambdaEmulatorErrorReport>] = []
        var nextWaiterID = 0
        var connections: [ObjectIdentifier: any Channel] = [:]

        mutating func makeWaiterID() -> Int {
            self.nextWaiterID += 1
            return self.nextWaiterID
        }

        mutating func handOut(_ event: LambdaEmulatorEvent) {
            self.inFlight[event.requestID] = event
            self.maxInFlight = max(self.maxInFlight, self.inFlight.count)
        }
    }

    /// The result of recording an outcome.
    enum RecordResult: Sendable {
        /// Recorded; these waiters were resolved.
        case recorded
        /// No invocation with that id is in flight.
        case unknownRequestID
    }

    private let state = Mutex(State())

    // MARK: Events

    /// Queues an event, or hands it straight to a runtime blocked in `invocation/next`.
    func enqueue(_ event: LambdaEmulatorEvent) {
        let waiter: Waiter<LambdaEmulatorEvent>? = self.state.withLock { state in
            guard !state.waitingRuntimes.isEmpty else {
                state.queue.append(event)
                return nil
            }
            state.handOut(event)
            return state.waitingRuntimes.removeFirst()
        }
        waiter?.promise.succeed(event)
    }

    /// Registers a runtime's `invocation/next`; the promise completes when an event is available.
    /// - Returns: An id to withdraw the request with if the runtime disconnects first.
    func requestNext(_ promise: EventLoopPromise<LambdaEmulatorEvent>) -> Int {
        let (id, event): (Int, LambdaEmulatorEvent?) = self.state.withLock { state in
            let id = state.makeWaiterID()
            guard !state.queue.isEmpty else {
                state.waitingRuntimes.append(Waiter(id: id, promise: promise))
                return (id, nil)
            }
            let event = state.queue.removeFirst()
            state.handOut(event)
            return (id, event)
        }
        if let event { promise.succeed(event) }
        return id
    }

    /// Withdraws a pending `invocation/next` (its connection closed).
    func withdrawNext(id: Int) {
        self.state.withLock { state in
            state.waitingRuntimes.removeAll { $0.id == id }
        }
    }

    /// Puts back an event that could not be delivered, at the front of the queue.
    func requeue(_ event: LambdaEmulatorEvent) {
        let waiter: Waiter<LambdaEmulatorEvent>? = self.state.withLock { state in
            state.inFlight[event.requestID] = nil
            guard !state.waitingRuntimes.isEmpty else {
                state.queue.insert(event, at: 0)
                return nil
            }
            state.handOut(event)
            return state.waitingRuntimes.removeFirst()
        }
        waiter?.promise.succeed(event)
    }

    // MARK: Outcomes

    /// Records a runtime's response or error for an in-flight invocation.
    func record(_ outcome: LambdaEmulatorOutcome, for requestID: String) -> RecordResult {
        let waiters: [Waiter<LambdaEmulatorOutcome>]? = self.state.withLock { state in
            guard state.inFlight.removeValue(forKey: requestID) != nil else { return nil }
            state.outcomes[requestID] = outcome
            return state.outcomeWaiters.removeValue(forKey: requestID) ?? []
        }
        guard let waiters else { return .unknownRequestID }
        for waiter in waiters { waiter.promise.succeed(outcome) }
        return .recorded
    }

    /// Completes `promise` with the outcome for `requestID`, now or once it arrives.
    /// - Returns: An id to withdraw the wait with.
    func awaitOutcome(for requestID: String, _ promise: EventLoopPromise<LambdaEmulatorOutcome>) -> Int {
        let (id, outcome): (Int, LambdaEmulatorOutcome?) = self.state.withLock { state in
            let id = state.makeWaiterID()
            if let outcome = state.outcomes[requestID] { return (id, outcome) }
            state.outcomeWaiters[requestID, default: []].append(Waiter(id: id, promise: promise))
            return (id, nil)
        }
        if let outcome { promise.succeed(outcome) }
        return id
    }

    /// Withdraws a wait; returns whether it was still pending (and so is now the caller's to fail).
    func withdrawOutcomeWait(id: Int, requestID: String) -> Bool {
        self.state.withLock { state in
            guard let index = state.outcomeWaiters[requestID]?.firstIndex(where: { $0.id == id }) else { return false }
            state.outcomeWaiters[requestID]?.remove(at: index)
            return true
        }
    }

    /// Records an `init/error` report.
    func recordInitError(_ report: LambdaEmulatorErrorReport) {
        let waiters = self.state.withLock { state in
            state.initError = report
            let waiters = state.initErrorWaiters
            state.initErrorWaiters.removeAll()
            return waiters
        }
        for waiter in waiters { waiter.promise.succeed(report) }
    }

    /// Completes `promise` with the `init/error` report, now or once it arrives.
    func awaitInitError(_ promise: EventLoopPromise<LambdaEmulatorErrorReport>) -> Int {
        let (id, report): (Int, LambdaEmulatorErrorReport?) = self.state.withLock { state in
            let id = state.makeWaiterID()
            if let report = state.initError { return (id, report) }
            state.initErrorWaiters.append(Waiter(id: id, promise: promise))
            return (id, nil)
        }
        if let report { promise.succeed(report) }
        return id
    }

    /// Withdraws an `init/error` wait; returns whether it was still pending.
    func withdrawInitErrorWait(id: Int) -> Bool {
        self.state.withLock { state in
            guard let index = state.initErrorWaiters.firstIndex(where: { $0.id == id }) else { return false }
            state.initErrorWaiters.remove(at: index)
            return true
        }
    }

    // MARK: Observations

    /// The most invocations ever in flight at once; a correct runtime keeps this at 1.
    var maxInFlight: Int { self.state.withLock { $0.maxInFlight } }

    /// Events queued and not yet handed out.
    var queuedCount: Int { self.state.withLock { $0.queue.count } }

    /// Runtimes currently blocked in `invocation/next`.
    var waitingRuntimeCount: Int { self.state.withLock { $0.waitingRuntimes.count } }

    /// The `init/error` report, if one arrived.
    var initError: LambdaEmulatorErrorReport? { self.state.withLock { $0.initError } }

    // MARK: Connections

    /// Tracks an accepted connection so shutdown can close it.
    func connectionOpened(_ channel: any Channel) {
        self.state.withLock { $0.connections[ObjectIdentifier(channel)] = channel }
    }

    /// Forgets a closed connection.
    func connectionClosed(_ channel: any Channel) {
        _ = self.state.withLock { $0.connections.removeValue(forKey: ObjectIdentifier(channel)) }
    }

    /// The open connections.
    var connections: [any Channel] { self.state.withLock { Array($0.connections.values) } }
}
