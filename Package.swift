// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "tvbrowse",
  products: [
    .executable(name: "tvbrowse", targets: ["tvbrowse"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
  ],
  targets: [
    .target(name: "ShowSearch"),
    .target(
      name: "ShowModel",
      dependencies: ["ShowSearch"],
      plugins: ["EmbedResources"]
    ),
    .target(name: "Reports", dependencies: ["ShowModel"]),
    // libcurl with a few plain C entry points: Swift cannot call curl_easy_setopt, which
    // is variadic. It is loaded (dlopen) when the first transfer starts, not linked.
    .target(name: "CCurl", linkerSettings: [.linkedLibrary("dl")]),
    .target(name: "TVmazeClient", dependencies: ["CCurl", "ShowModel"]),
    .target(
      name: "ShowLibrary",
      dependencies: ["ShowModel", .product(name: "GRDB", package: "GRDB.swift")]),
    .systemLibrary(name: "CZlib", providers: [.apt(["zlib1g-dev"])]),
    .target(
      name: "ImdbImport",
      dependencies: [
        "CZlib", "ShowModel", "ShowLibrary", .product(name: "GRDB", package: "GRDB.swift"),
      ]),
    .target(name: "TerminalCells", dependencies: ["ShowModel"]),
    .target(name: "BrowserCore", dependencies: ["TerminalCells", "ShowModel", "ShowSearch"]),
    .target(name: "KeysFile", dependencies: [.product(name: "TOMLKit", package: "TOMLKit")]),
    .systemLibrary(
      name: "CNcursesw",
      providers: [.apt(["libncurses-dev"])]
    ),
    .target(name: "TerminalUI", dependencies: ["TerminalCells", "CNcursesw"]),
    .executableTarget(
      name: "tvbrowse",
      dependencies: [
        "ShowModel",
        "Reports",
        "TerminalCells",
        "BrowserCore",
        "TerminalUI",
        "KeysFile",
        "ShowLibrary",
        "TVmazeClient",
        "ImdbImport",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(
      name: "tvbrowse-bench",
      dependencies: [
        "ShowSearch",
        "TerminalCells",
        "BrowserCore",
        "ShowModel",
        "Reports",
        "ShowLibrary",
        "SearchRelevance",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      path: "bench/Sources/tvbrowse-bench"
    ),
    .target(
      name: "SearchRelevance", dependencies: ["ShowModel"], path: "bench/Sources/SearchRelevance"),
    .executableTarget(name: "EmbedTool", path: "Plugins/EmbedTool"),
    .plugin(
      name: "EmbedResources",
      capability: .buildTool(),
      dependencies: ["EmbedTool"],
      path: "Plugins/EmbedResources"
    ),
    // Fuzz targets: Fuzz/run.sh builds them with libFuzzer; a plain build replays inputs.
    .target(name: "CFuzzDriver", path: "Fuzz/Sources/CFuzzDriver"),
    .target(
      name: "FuzzTargets",
      dependencies: [
        "CFuzzDriver", "ShowSearch", "ShowModel", "Reports", "TerminalCells", "BrowserCore",
        "TerminalUI", "ImdbImport",
        "CNcursesw",
      ],
      path: "Fuzz/Sources/FuzzTargets"
    ),
    .executableTarget(
      name: "FuzzJSON", dependencies: ["FuzzTargets"], path: "Fuzz/Sources/FuzzJSON"),
    .executableTarget(
      name: "FuzzPack", dependencies: ["FuzzTargets"], path: "Fuzz/Sources/FuzzPack"),
    .executableTarget(
      name: "FuzzKeys", dependencies: ["FuzzTargets"], path: "Fuzz/Sources/FuzzKeys"),
    .executableTarget(
      name: "FuzzSearch", dependencies: ["FuzzTargets"], path: "Fuzz/Sources/FuzzSearch"),
    .executableTarget(name: "FuzzTSV", dependencies: ["FuzzTargets"], path: "Fuzz/Sources/FuzzTSV"),
    .target(name: "TestSupport", path: "Tests/TestSupport"),
    .testTarget(name: "ShowSearchTests", dependencies: ["ShowSearch"]),
    .testTarget(
      name: "ShowModelTests", dependencies: ["ShowModel", "TestSupport"],
      exclude: ["BrokenPacks", "Fixtures"]),
    .testTarget(name: "SearchRelevanceTests", dependencies: ["SearchRelevance", "ShowModel"]),
    .testTarget(name: "ReportsTests", dependencies: ["Reports", "ShowModel"]),
    .testTarget(
      name: "ShowLibraryTests",
      dependencies: [
        "ShowLibrary", "ShowModel", "TestSupport", .product(name: "GRDB", package: "GRDB.swift"),
      ]),
    .testTarget(
      name: "BrowserCoreTests",
      dependencies: ["BrowserCore", "TerminalCells", "ShowModel", "TestSupport"],
      exclude: ["Goldens", "Fixtures"]),
    .testTarget(
      name: "TerminalUITests", dependencies: ["TerminalUI", "TerminalCells", "TestSupport"]),
    .testTarget(name: "KeysFileTests", dependencies: ["KeysFile"]),
    .testTarget(
      name: "ImdbImportTests",
      dependencies: [
        "ImdbImport", "ShowLibrary", "ShowModel", "TestSupport",
        .product(name: "GRDB", package: "GRDB.swift"),
      ],
      exclude: ["Fixtures"]),
    .testTarget(
      name: "EndToEndTests",
      dependencies: ["tvbrowse", "TestSupport", .product(name: "GRDB", package: "GRDB.swift")],
      exclude: ["Server"]),
    .testTarget(name: "FuzzReplayTests", dependencies: ["FuzzTargets"]),
  ],
  swiftLanguageModes: [.v6]
)
