import Foundation

/// The state a pool's callers and threads share: the job queue, the idle threads and
/// the shutdown bookkeeping, all guarded by one mutex.
///
/// `@unchecked Sendable`: every mutable property is guarded by `mutex` (see each one's
/// comment); `configuration` and the timeout values are immutable.
final class PoolCore: @unchecked Sendable {
    let mutex = PThreadMutex()
    let configuration: PostgresConfiguration
    let acquireTimeout: UInt64
    private let timerCondition = PThreadCondition()

    /// Guarded: jobs waiting for a connection thread, oldest (earliest deadline) first.
    var pending = RingBuffer<QueuedJob>(capacity: 64)
    /// Guarded: threads sleeping for want of work; the last one to sleep is woken first.
    var idleWorkers: [ConnectionWorker] = []
    /// Guarded: threads woken for a queued job that have not taken it yet; that many queued
    /// jobs are spoken for and must not be pulled into another thread's pipeline.
    var wakingWorkers = 0
    /// Guarded: statements that were sent as part of a pipeline (for tests and tuning).
    var pipelinedStatements = 0
    /// Guarded: set by `close`; no new work is accepted afterwards.
    private(set) var isClosing = false
    /// Guarded: every connection thread.
    private(set) var workers: [ConnectionWorker] = []
    /// Guarded: connection threads still running.
    private var runningWorkers = 0
    /// Guarded: connection threads plus the timeout thread, still running.
    private var runningThreads = 0
    /// Guarded: callers of `close` waiting for every thread to finish.
    private var closeWaiters: [UnsafeContinuation<Void, Never>] = []

    static let leaseEnded = DatabaseError(
        .other, "this connection was used outside the withConnection or transaction closure that provided it")

    /// The pool's metrics, when they are on.
    let metrics: PoolMetrics?
    /// How long a connection may sit idle before it is closed; `nil` keeps it open.
    let idleTimeoutNanoseconds: UInt64?

    init(configuration: PostgresConfiguration) {
        self.configuration = configuration
        metrics = configuration.metrics ? PoolMetrics(poolSize: max(1, configuration.poolSize), applicationName: configuration.applicationName) : nil
        self.acquireTimeout = MonotonicClock.nanoseconds(of: configuration.acquireTimeout)
        idleTimeoutNanoseconds = configuration.idleTimeout.map { MonotonicClock.nanoseconds(of: $0) }
    }

    /// Starts one thread per connection and the timeout thread.
    func start() {
        let count = max(1, configuration.poolSize)
        let created = (0..<count).map { _ in ConnectionWorker(core: self) }
        mutex.withLock {
            workers = created
            runningWorkers = count
            runningThreads = count + 1
        }
        for (index, worker) in created.enumerated() {
            let thread = Thread { worker.run() }
            thread.name = "warrant-postgres-\(index)"
            thread.start()
        }
        let timer = Thread { [self] in runTimeouts() }
        timer.name = "warrant-postgres-timeouts"
        timer.start()
    }

    /// Queues a job for any connection thread and wakes one idle thread.
    func submit(_ job: PoolJob) {
        let deadline = MonotonicClock.nanoseconds() &+ acquireTimeout
        mutex.lock()
        if isClosing {
            mutex.unlock()
            job.fail(DatabaseError(.unavailable, "the connection pool is closed"))
            return
        }
        pending.append(QueuedJob(job: job, deadline: deadline))
        let worker = idleWorkers.popLast()
        if let worker {
            worker.isIdle = false
            worker.isWaking = true
            wakingWorkers += 1
        }
        mutex.unlock()
        worker?.condition.signal()
    }

    /// Queues a job for the thread serving `lease`, if the lease is still active.
    func submit(_ job: PoolJob, to lease: Lease) {
        let worker = lease.worker
        mutex.lock()
        guard worker.activeLease === lease else {
            mutex.unlock()
            job.fail(Self.leaseEnded)
            return
        }
        worker.leasedJobs.append(job)
        mutex.unlock()
        worker.condition.signal()
    }

    /// Removes a worker from the idle list. Called with `mutex` held.
    func removeIdle(_ worker: ConnectionWorker) {
        worker.isIdle = false
        if let index = idleWorkers.firstIndex(where: { $0 === worker }) {
            idleWorkers.remove(at: index)
        }
    }

    /// Stops accepting work; queued and running jobs still finish. `waiter` (if any) is
    /// resumed once every thread has exited and every connection is closed.
    func close(_ waiter: UnsafeContinuation<Void, Never>?) {
        mutex.lock()
        isClosing = true
        if runningThreads == 0 {
            mutex.unlock()
            waiter?.resume()
            return
        }
        if let waiter {
            closeWaiters.append(waiter)
        }
        let everyone = workers
        mutex.unlock()
        for worker in everyone {
            worker.condition.signal()
        }
        timerCondition.signal()
    }

    /// Called by each thread as it finishes.
    func threadExited(isWorker: Bool = true) {
        mutex.lock()
        if isWorker {
            runningWorkers -= 1
        }
        runningThreads -= 1
        var waiters: [UnsafeContinuation<Void, Never>] = []
        if runningThreads == 0 {
            waiters = closeWaiters
            closeWaiters = []
            // Breaks the worker ↔ core reference cycle.
            workers = []
            idleWorkers = []
        }
        mutex.unlock()
        if isWorker {
            timerCondition.signal()
        }
        for waiter in waiters {
            waiter.resume()
        }
    }

    /// The timeout thread: fails jobs that waited past their deadline with `poolTimeout`.
    ///
    /// Jobs all get the same timeout and are queued in order, so the queue's head always
    /// has the earliest deadline and the thread sleeps exactly until it.
    private func runTimeouts() {
        let idleInterval = min(max(acquireTimeout / 4, 1_000_000), 1_000_000_000)
        mutex.lock()
        while !(isClosing && runningWorkers == 0) {
            let now = MonotonicClock.nanoseconds()
            var expired: [PoolJob] = []
            while let head = pending.first, head.deadline <= now {
                _ = pending.popFirst()
                expired.append(head.job)
            }
            if !expired.isEmpty {
                mutex.unlock()
                let error = DatabaseError(
                    .poolTimeout, "no connection became free within \(configuration.acquireTimeout)")
                for job in expired {
                    job.fail(error)
                }
                mutex.lock()
                continue
            }
            let wakeAt = pending.first?.deadline ?? now &+ idleInterval
            timerCondition.wait(on: mutex, untilNanoseconds: wakeAt)
        }
        mutex.unlock()
        threadExited(isWorker: false)
    }
}
