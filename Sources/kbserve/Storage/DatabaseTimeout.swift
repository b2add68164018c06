import Foundation

/// An operation on the database took longer than its bound.
struct DatabaseTimeout: Error, CustomStringConvertible {
    var description: String { "The database did not answer in time." }
}

/// Runs `operation`, throwing `DatabaseTimeout` if it has not finished after `timeout`, or
/// `CancellationError` as soon as the calling task is cancelled. Either way the operation is
/// cancelled but not waited for: a query on a connection that died without a word may never
/// return, and neither a request nor a graceful shutdown may wait for it.
func withTimeout<T: Sendable>(_ timeout: Duration, _ operation: @escaping @Sendable () async throws -> T) async throws -> T {
    let race = TimeoutRace<T>()
    let work = Task { try await operation() }
    return try await withTaskCancellationHandler {
        try await withCheckedThrowingContinuation { continuation in
            race.install(continuation)
            Task { race.finish(await work.result) }
            race.setTimer(
                Task {
                    guard (try? await Task.sleep(for: timeout)) != nil else { return }
                    work.cancel()
                    race.finish(.failure(DatabaseTimeout()))
                }
            )
        }
    } onCancel: {
        work.cancel()
        race.finish(.failure(CancellationError()))
    }
}

/// The first of an operation's result, its timeout and its caller's cancellation: resumes the
/// waiting continuation once, and stops the timer.
private final class TimeoutRace<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var continuation: CheckedContinuation<T, any Error>?
    private var result: Result<T, any Error>?
    private var timer: Task<Void, Never>?

    func install(_ continuation: CheckedContinuation<T, any Error>) {
        lock.lock()
        if let result {
            lock.unlock()
            continuation.resume(with: result)
        } else {
            self.continuation = continuation
            lock.unlock()
        }
    }

    func setTimer(_ timer: Task<Void, Never>) {
        lock.lock()
        let finished = result != nil
        if !finished { self.timer = timer }
        lock.unlock()
        if finished { timer.cancel() }
    }

    func finish(_ outcome: Result<T, any Error>) {
        lock.lock()
        guard result == nil else {
            lock.unlock()
            return
        }
        result = outcome
        let continuation = self.continuation
        let timer = self.timer
        self.continuation = nil
        self.timer = nil
        lock.unlock()
        timer?.cancel()
        continuation?.resume(with: outcome)
    }
}
