import Foundation
import PackagePlugin

/// Compiles the built-in show pack and the articles it cites into the target that uses it,
/// so the binary carries its data and works from any directory, even after `.build/` is gone.
@main
struct EmbedResources: BuildToolPlugin {
  /// Declares one build command that turns `Resources/` and `seeds/` into a Swift file.
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let root = context.package.directoryURL
    let inputs = try embeddedFiles(under: root)
    let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedFileData.swift")
    var arguments = [root.path(percentEncoded: false), output.path(percentEncoded: false)]
    arguments += inputs.map { $0.relative }
    return [
      .buildCommand(
        displayName: "Embedding the built-in pack and its sources",
        executable: try context.tool(named: "EmbedTool").url,
        arguments: arguments,
        inputFiles: inputs.map { root.appending(path: $0.relative) },
        outputFiles: [output]
      )
    ]
  }

  /// Lists the files to embed, as paths relative to the package root, in a stable order.
  private func embeddedFiles(under root: URL) throws -> [(relative: String, url: URL)] {
    var found: [(relative: String, url: URL)] = []
    for folder in ["Resources", "seeds"] {
      let directory = root.appending(path: folder)
      let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
      for name in names.sorted() where !name.hasPrefix(".") {
        found.append((relative: "\(folder)/\(name)", url: directory.appending(path: name)))
      }
    }
    return found
  }
}
