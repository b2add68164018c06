import Foundation
import KnowledgeBase
import Logging
import ServiceLifecycle
import UnixSignals

/// Loads the content folder, and while the server runs reloads it on SIGHUP or when its
/// files change (checked every few seconds). Both go through `ContentValidation`. A reload
/// is swapped in only if the new content has no errors and keeps at least half of the
/// running articles (an emptied or half-copied folder is refused like a broken one);
/// otherwise the running content stays and the reasons are logged, each with file and line.
struct ContentReloader: Sendable {
    let directory: URL
    let logger: Logger
    var pollInterval: Duration = .seconds(3)
    /// Entries in each snapshot's search cache (0 turns it off).
    var searchCacheSize = ContentSnapshot.defaultSearchCacheSize
    /// Hosts whose images articles may show.
    var imageHosts: Set<String> = []
    /// Called when a reload is refused (for the reload-failure metric).
    var onReloadFailure: @Sendable () -> Void = {}

    /// The first load: served even with problems (each is logged), since there is nothing else to serve.
    func loadInitial() throws -> ContentSnapshot {
        let version = ContentVersion.of(directory: directory)
        let content = try validate()
        if content.knowledgeBase.articles.isEmpty {
            logger.error("No articles were loaded; the help center is empty", metadata: ["content": "\(directory.path)"])
        }
        log(content.problems)
        logSummary(content, event: "Content loaded")
        return ContentSnapshot(content, searchCacheSize: searchCacheSize, contentVersion: version)
    }

    /// Loads the folder again; replaces the store's content only if it is valid.
    @discardableResult
    func reload(into store: ContentStore, reason: String) -> Bool {
        let reloaded = tryReload(into: store, reason: reason)
        if !reloaded { onReloadFailure() }
        return reloaded
    }

    private func tryReload(into store: ContentStore, reason: String) -> Bool {
        do {
            let version = ContentVersion.of(directory: directory)
            let content = try validate()
            let running = store.current.knowledgeBase.articles.count
            let loaded = content.knowledgeBase.articles.count
            guard loaded > 0, loaded * 2 >= running else {
                logger.error(
                    "Content would drop \(loaded == 0 ? "all" : "more than half of the") articles; keeping the running content",
                    metadata: ["reason": "\(reason)", "running": "\(running)", "loaded": "\(loaded)"]
                )
                return false
            }
            guard content.errors.isEmpty else {
                logger.error(
                    "Content has errors; keeping the running content",
                    metadata: ["reason": "\(reason)", "errors": "\(content.errors.count)"]
                )
                log(content.errors)
                return false
            }
            log(content.problems)
            store.replace(with: ContentSnapshot(content, searchCacheSize: searchCacheSize, contentVersion: version))
            logSummary(content, event: "Content reloaded", reason: reason)
            return true
        } catch {
            logger.error("Content could not be loaded; keeping the running content", metadata: ["error": "\(error)"])
            return false
        }
    }

    private func validate() throws -> ContentValidation {
        try ContentValidation(directory: directory, allowedImageHosts: imageHosts, logger: logger)
    }

    /// Each problem at its severity, with its file and line.
    private func log(_ problems: [ContentProblem]) {
        for problem in problems {
            logger.log(
                level: problem.severity == .error ? .error : .warning, "\(problem.message)",
                metadata: ["file": "\(problem.file)", "line": "\(problem.line ?? 0)"])
        }
    }

    private func logSummary(_ content: ContentValidation, event: String, reason: String? = nil) {
        let report = content.knowledgeBase.report
        var metadata: Logger.Metadata = [
            "content": "\(directory.path)", "loaded": "\(report.loaded)", "skipped": "\(report.skipped)",
            "problems": "\(content.problems.count)",
        ]
        if let reason { metadata["reason"] = "\(reason)" }
        logger.info("\(event)", metadata: metadata)
    }

    /// A fingerprint of the folder's files (paths, sizes, modification times).
    func fingerprint() -> Int {
        var hasher = Hasher()
        let keys: [URLResourceKey] = [.contentModificationDateKey, .fileSizeKey, .isRegularFileKey]
        let enumerator = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: keys)
        var entries: [(String, Double, Int)] = []
        while let url = enumerator?.nextObject() as? URL {
            guard let values = try? url.resourceValues(forKeys: Set(keys)), values.isRegularFile == true else { continue }
            entries.append((url.path, values.contentModificationDate?.timeIntervalSince1970 ?? 0, values.fileSize ?? 0))
        }
        for entry in entries.sorted(by: { $0.0 < $1.0 }) {
            hasher.combine(entry.0)
            hasher.combine(entry.1)
            hasher.combine(entry.2)
        }
        return hasher.finalize()
    }

    /// The service that watches for SIGHUP and file changes while the server runs.
    func watching(_ store: ContentStore) -> Watcher { Watcher(reloader: self, store: store) }

    struct Watcher: Service {
        let reloader: ContentReloader
        let store: ContentStore

        func run() async throws {
            let hangups = await UnixSignalsSequence(trapping: .sighup)
            await cancelWhenGracefulShutdown { [reloader, store] in
                await withTaskGroup(of: Void.self) { group in
                    group.addTask {
                        for await _ in hangups { _ = await blocking { reloader.reload(into: store, reason: "SIGHUP") } }
                    }
                    group.addTask {
                        var last = await blocking { reloader.fingerprint() }
                        while !Task.isCancelled {
                            try? await Task.sleep(for: reloader.pollInterval)
                            let current = await blocking { reloader.fingerprint() }
                            if current != last {
                                last = current
                                _ = await blocking { reloader.reload(into: store, reason: "files changed") }
                            }
                        }
                    }
                    await group.next()
                    group.cancelAll()
                }
            }
        }

        /// Runs `work` (file reads, a whole content load) on a dispatch thread: the server's
        /// tasks run on its event loops (`ServeCommand`), which must not wait on the disk or on
        /// a load of every article.
        private func blocking<Value: Sendable>(_ work: @escaping @Sendable () -> Value) async -> Value {
            await withCheckedContinuation { continuation in
                DispatchQueue.global(qos: .utility).async { continuation.resume(returning: work()) }
            }
        }
    }
}
