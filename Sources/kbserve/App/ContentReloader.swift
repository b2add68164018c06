import Foundation
import KnowledgeBase
import Logging
import ServiceLifecycle
import UnixSignals

/// Loads the content folder, and while the server runs reloads it on SIGHUP or when its
/// files change (checked every few seconds). A reload is swapped in only if the new content
/// loads without errors and keeps at least half of the running articles (an emptied or
/// half-copied folder is refused like a broken one); otherwise the running content stays
/// and the reason is logged.
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

    /// The first load: served even with problems (they are logged), since there is nothing else to serve.
    func loadInitial() throws -> KnowledgeBase {
        let knowledgeBase = try load()
        if knowledgeBase.articles.isEmpty {
            logger.error("No articles were loaded; the help center is empty", metadata: ["content": "\(directory.path)"])
        }
        logReport(knowledgeBase.report, event: "Content loaded")
        return knowledgeBase
    }

    /// The first snapshot: the initial load and its content version.
    func initialSnapshot() throws -> ContentSnapshot {
        let version = ContentVersion.of(directory: directory)
        return ContentSnapshot(knowledgeBase: try loadInitial(), searchCacheSize: searchCacheSize, contentVersion: version)
    }

    /// Loads the folder again; replaces the store's content only if it loads cleanly.
    @discardableResult
    func reload(into store: ContentStore, reason: String) -> Bool {
        let reloaded = tryReload(into: store, reason: reason)
        if !reloaded { onReloadFailure() }
        return reloaded
    }

    private func tryReload(into store: ContentStore, reason: String) -> Bool {
        do {
            let version = ContentVersion.of(directory: directory)
            let knowledgeBase = try load()
            let running = store.current.knowledgeBase.articles.count
            let loaded = knowledgeBase.articles.count
            guard loaded > 0, loaded * 2 >= running else {
                logger.error(
                    "Content would drop \(loaded == 0 ? "all" : "more than half of the") articles; keeping the running content",
                    metadata: ["reason": "\(reason)", "running": "\(running)", "loaded": "\(loaded)"]
                )
                return false
            }
            let errors = knowledgeBase.report.problems.filter { $0.severity == .error }
            guard errors.isEmpty else {
                logger.error(
                    "Content has errors; keeping the running content",
                    metadata: ["reason": "\(reason)", "errors": "\(errors.count)"]
                )
                for error in errors {
                    logger.error("\(error.message)", metadata: ["file": "\(error.file)", "line": "\(error.line ?? 0)"])
                }
                return false
            }
            store.replace(with: ContentSnapshot(knowledgeBase: knowledgeBase, searchCacheSize: searchCacheSize, contentVersion: version))
            logReport(knowledgeBase.report, event: "Content reloaded", reason: reason)
            return true
        } catch {
            logger.error("Content could not be loaded; keeping the running content", metadata: ["error": "\(error)"])
            return false
        }
    }

    private func load() throws -> KnowledgeBase {
        try KnowledgeBase.load(from: directory, logger: logger, allowedImageHosts: imageHosts)
    }

    private func logReport(_ report: LoadReport, event: String, reason: String? = nil) {
        var metadata: Logger.Metadata = [
            "content": "\(directory.path)", "loaded": "\(report.loaded)", "skipped": "\(report.skipped)",
            "problems": "\(report.problems.count)",
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
            try? await cancelWhenGracefulShutdown { [reloader, store] in
                await withTaskGroup(of: Void.self) { group in
                    group.addTask {
                        for await _ in hangups { reloader.reload(into: store, reason: "SIGHUP") }
                    }
                    group.addTask {
                        var last = reloader.fingerprint()
                        while !Task.isCancelled {
                            try? await Task.sleep(for: reloader.pollInterval)
                            let current = reloader.fingerprint()
                            if current != last {
                                last = current
                                reloader.reload(into: store, reason: "files changed")
                            }
                        }
                    }
                    await group.next()
                    group.cancelAll()
                }
            }
        }
    }
}
