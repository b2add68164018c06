// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "kbserve",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "kbserve", targets: ["kbserve"]),
        .executable(name: "kbbench", targets: ["kbbench"]),
        .library(name: "Markdown", targets: ["Markdown"]),
        .library(name: "KnowledgeBase", targets: ["KnowledgeBase"]),
        .library(name: "Diagnoser", targets: ["Diagnoser"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(name: "Markdown"),
        .target(
            name: "KnowledgeBase",
            dependencies: [
                "Markdown",
                "CLibXML2",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Logging", package: "swift-log"),
            ],
            resources: [.copy("Resources/Words")]
        ),
        .target(
            name: "Diagnoser",
            dependencies: [
                "KnowledgeBase",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "kbserve",
            dependencies: [
                "KnowledgeBase",
                "Diagnoser",
                "Markdown",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            resources: [.copy("Resources")]
        ),
        // Relevance sets, Diagnoser cases and their measures, shared by the tests and kbbench; not a product.
        .target(name: "Evaluation", dependencies: ["KnowledgeBase", "Diagnoser"], path: "Benchmarks/Evaluation"),
        .executableTarget(
            name: "kbbench",
            dependencies: [
                "Evaluation",
                "KnowledgeBase",
                "Diagnoser",
                "Markdown",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            path: "Benchmarks/kbbench"
        ),
        // A synchronous search driver for callgrind (scripts/profile-search.sh); not a product.
        .executableTarget(name: "kbprofile", dependencies: ["KnowledgeBase", "Diagnoser", "Evaluation"], path: "Benchmarks/kbprofile"),
        .target(
            name: "TestSupport",
            dependencies: ["KnowledgeBase", .product(name: "Logging", package: "swift-log")],
            path: "Tests/TestSupport"
        ),
        .testTarget(name: "MarkdownTests", dependencies: ["Markdown", "TestSupport"]),
        .testTarget(name: "KnowledgeBaseTests", dependencies: ["KnowledgeBase", "Markdown", "Evaluation", "TestSupport"], resources: [.copy("Fixtures")]),
        .testTarget(
            name: "DiagnoserTests",
            dependencies: ["Diagnoser", "KnowledgeBase", "Evaluation", "TestSupport", .product(name: "Logging", package: "swift-log")],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "EvaluationTests", dependencies: ["Evaluation", "KnowledgeBase", "Diagnoser"]),
        .testTarget(
            name: "kbserveTests",
            dependencies: [
                "kbserve",
                "TestSupport",
                "KnowledgeBase",
                "Diagnoser",
                "Markdown",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ]
        ),
    ]
)
