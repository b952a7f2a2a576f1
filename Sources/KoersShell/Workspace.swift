import Foundation
import KoersCore

/// The goal files a session has loaded, and the model built from them.
public struct Workspace {
    /// The paths the user named (files or directories), in order: `load` adds to them.
    public private(set) var roots: [String] = []
    /// Every goal file read, in load order.
    public private(set) var files: [String] = []
    public private(set) var model = GoalModel() {
        didSet { revision += 1 }
    }
    /// Goes up with every change to the model, so caches of derived results know when to go.
    public private(set) var revision = 0

    public init() {}

    /// Reads the goal files a list of paths names and adds them to the workspace.
    public mutating func load(_ paths: [String]) throws(CommandFailure) {
        var found: [String] = []
        for path in paths { found += try Self.goalFiles(under: path) }
        roots += paths
        files += found
    }

    /// The last directory or file name of the first root: what the user would call the goals.
    public var summaryName: String {
        guard let first = roots.first else { return "" }
        return URL(fileURLWithPath: first).standardizedFileURL.lastPathComponent
    }

    /// A short description for the prompt: the name and the number of goals.
    public func summary(in language: Language) -> String {
        roots.isEmpty ? "" : ShellMessages.promptSummary(name: summaryName, goals: model.goals.count).text(in: language)
    }

    /// Every `.koers` file a path names: the file itself, or the files below a directory in path order.
    public static func goalFiles(under path: String) throws(CommandFailure) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CommandFailure(ShellMessages.cannotRead(path, reason: "no such file or directory"), exitCode: ExitCode.loadFailed)
        }
        guard isDirectory.boolValue else { return [path] }
        guard let enumerator = FileManager.default.enumerator(atPath: path) else {
            throw CommandFailure(ShellMessages.cannotRead(path, reason: "not readable"), exitCode: ExitCode.loadFailed)
        }
        let found = enumerator.compactMap { $0 as? String }.filter { $0.hasSuffix(".koers") }.sorted()
        guard !found.isEmpty else { throw CommandFailure(ShellMessages.noGoalFiles(path), exitCode: ExitCode.loadFailed) }
        let base = path.hasSuffix("/") ? String(path.dropLast()) : path
        return found.map { base + "/" + $0 }
    }
}
