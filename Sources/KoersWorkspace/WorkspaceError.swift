import Foundation
import KoersCore

/// Why the workspace could not do what was asked. It names the facts (paths, diagnostics);
/// the front end words them for its user (the shell: `ShellMessages`).
public enum WorkspaceError: Error, Sendable, Hashable {
    /// A path to load names no file or directory.
    case noSuchPath(String)
    /// A path to load cannot be read: no permission, or not a file.
    case notReadable(String)
    /// A directory to load holds no `.koers` file.
    case noGoalFiles(String)
    /// A goal file or data file to load has a control character in its name (or its folder's):
    /// shown on a colored terminal, an escape sequence in it would recolor the text.
    case controlCharacterInName(String)
    /// A data file could not be imported; nothing was added.
    case importFailed(String, diagnostics: [Diagnostic])
    /// Editing is switched off.
    case readOnly
    /// Editing was switched off for the whole session (`--read-only`).
    case readOnlyLocked
    /// An edit was refused: it would leave a goal file invalid, or names what is not there.
    case editRefused(LocalizedText, diagnostics: [Diagnostic])
    case nothingToUndo
    case nothingToRedo
    /// These goal files changed on disk since they were read; nothing was saved.
    case changedOnDisk([String])
    /// A goal file could not be written; the system's reason is in its own words.
    case cannotSave(String, reason: String)
    /// Another session is saving this goal file and held its lock for all the time waited.
    case lockedByAnotherSession(String)
    /// These goal files are marked read-only; nothing was saved (`save --force` writes them).
    case writeProtected([String])
    /// A report or chart would overwrite a loaded goal file or data file.
    case wouldOverwriteSourceFile(String)
    /// A report or chart would be named `.koers`, and read as a goal file by the next load.
    case wouldWriteGoalFileName(String)
    /// The recovery files are older than their goal files, which changed after the recovered
    /// session ended: recovering would undo those changes. Nothing was taken over.
    case recoveryOlderThanGoalFile([StaleRecovery])
    /// Loading again would drop the unsaved edits of these goal files.
    case unsavedEdits([String])
    case noRecoveryFiles
    /// A recovery file is there but cannot be read.
    case recoveryNotReadable(String)
    /// A path names no loaded goal file.
    case notALoadedGoalFile(String, loaded: [String])
    /// A block was to be added to a goal file that exists but is not loaded.
    case fileNotLoaded(String)
    /// A block was to be added, but no goal file is loaded to add it to.
    case noFileToAddTo
    /// A file (a report, a chart) could not be written.
    case cannotWrite(String, WriteProblem)
    /// The word lists koers ships with are missing or unreadable: the check cannot run.
    case wordListsUnavailable(diagnostics: [Diagnostic])

    /// The diagnostics to show with the error (file errors with their places).
    public var diagnostics: [Diagnostic] {
        switch self {
        case let .importFailed(_, diagnostics), let .editRefused(_, diagnostics), let .wordListsUnavailable(diagnostics): diagnostics
        default: []
        }
    }
}

/// Why a file could not be written, in words a user can act on (the system's own text is
/// English only, and sometimes just an error number).
public enum WriteProblem: Sendable, Hashable {
    case isDirectory
    case missingFolder(String)
    case refused
    /// A device, a pipe or a socket: koers writes only regular files.
    case notARegularFile(FileKind)
    /// A symbolic link another user owns, or one that points nowhere: not written through.
    case untrustedSymbolicLink

    static func of(_ path: String) -> WriteProblem {
        if let kind = FileKind.of(path) { return kind == .directory ? .isDirectory : .notARegularFile(kind) }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        return FileManager.default.fileExists(atPath: folder) ? .refused : .missingFolder(folder)
    }
}

/// A recovery file older than its goal file: both texts, for the front end to show the difference.
public struct StaleRecovery: Sendable, Hashable {
    public var goalFile: String
    public var recoveryFile: String
    public var goalText: String
    public var recoveryText: String

    public init(goalFile: String, recoveryFile: String, goalText: String, recoveryText: String) {
        self.goalFile = goalFile
        self.recoveryFile = recoveryFile
        self.goalText = goalText
        self.recoveryText = recoveryText
    }
}
