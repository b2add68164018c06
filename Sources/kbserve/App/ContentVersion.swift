import Crypto
import Foundation

/// The version of a content folder: the first 16 hex digits of a SHA-256 over every regular
/// file's path (relative to the folder) and bytes, in path order. Replicas that load the same
/// files report the same version in `/healthz`, `/readyz` and `/metrics`, whatever their
/// folder's location or the files' modification times.
enum ContentVersion {
    static func of(directory: URL) -> String {
        let root = directory.standardizedFileURL.resolvingSymlinksInPath().path
        var files: [(relative: String, url: URL)] = []
        let enumerator = FileManager.default.enumerator(
            at: directory, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]
        )
        while let url = enumerator?.nextObject() as? URL {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
            let path = url.standardizedFileURL.resolvingSymlinksInPath().path
            let relative = path.hasPrefix(root + "/") ? String(path.dropFirst(root.count + 1)) : url.lastPathComponent
            files.append((relative, url))
        }
        var hasher = SHA256()
        for file in files.sorted(by: { $0.relative.utf8.lexicographicallyPrecedes($1.relative.utf8) }) {
            let bytes = (try? Data(contentsOf: file.url)) ?? Data()
            hasher.update(data: Data(file.relative.utf8))
            hasher.update(data: Data([0]))
            hasher.update(data: Data(String(bytes.count).utf8))
            hasher.update(data: Data([0]))
            hasher.update(data: bytes)
        }
        return hasher.finalize().prefix(8).map { String(format: "%02x", $0) }.joined()
    }
}
