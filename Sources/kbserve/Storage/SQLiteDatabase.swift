import Foundation
import GRDB

/// The server's SQLite file (feedback and search counts), migrated on open.
struct SQLiteDatabase: Sendable {
    let queue: DatabaseQueue

    /// Opens (creating if needed) `kbserve.sqlite` under `directory`.
    init(directory: URL) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try self.init(path: directory.appendingPathComponent("kbserve.sqlite").path)
    }

    init(path: String) throws {
        var configuration = Configuration()
        configuration.busyMode = .timeout(5)
        queue = try DatabaseQueue(path: path, configuration: configuration)
        try Self.migrator.migrate(queue)
    }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: feedback and search counts") { db in
            try db.create(table: "feedback") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("article", .text).notNull().indexed()
                t.column("helpful", .boolean).notNull()
                t.column("comment", .text)
                t.column("createdAt", .datetime).notNull()
            }
            try db.create(table: "searchCount") { t in
                t.column("kind", .text).notNull()
                t.column("text", .text).notNull()
                t.column("total", .integer).notNull()
                t.column("withoutResults", .integer).notNull()
                t.primaryKey(["kind", "text"])
            }
        }
        return migrator
    }
}
