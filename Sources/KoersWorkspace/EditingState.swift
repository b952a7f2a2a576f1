import Foundation
import KoersCore
import KoersGoalFile

/// What a session knows about edits: each goal file's text on disk when it was loaded or last
/// saved, the snapshots for undo and redo, and whether editing is allowed at all.
public struct EditingState {
    /// Refuses every editing command (`readonly on`, koers's own `--read-only`).
    public var readOnly = false
    /// Set by `--read-only`: the setting cannot be switched off in the session.
    public var readOnlyLocked = false
    /// Where recovery files go when a goal file's own folder cannot take them (a read-only
    /// folder): the state directory's `koers/recovered` (`stateDirectory(environment:)`); nil for none.
    public var recoveryFallbackDirectory: String?
    /// The language of the notice a hang-up prints when it used the fallback folder.
    public var language: Language = .en
    /// The text each edited file has on disk (loaded or last saved); nil for a file that does not exist yet.
    public private(set) var baselines: [String: String?] = [:]
    private var undoStack: [Snapshot] = []
    private var redoStack: [Snapshot] = []

    /// The goal documents before (for undo) or after (for redo) one edit, and the command that made it.
    struct Snapshot {
        var documents: [GoalFileDocument]
        var command: String
    }

    public init() {}

    /// Remembers the disk text of documents not edited before: an unedited document is the file as read.
    mutating func recordBaselines(_ documents: [GoalFileDocument]) {
        for document in documents where baselines[document.path] == nil {
            baselines[document.path] = .some(document.text)
        }
    }

    /// Remembers that a file does not exist on disk yet (an added goal created it).
    mutating func recordNewFile(_ path: String) {
        if baselines[path] == nil { baselines[path] = .some(nil) }
    }

    mutating func saved(_ path: String, text: String) { baselines[path] = .some(text) }

    /// Forgets everything after a reload: the files on disk are the new starting point.
    mutating func reset() {
        baselines = [:]
        undoStack = []
        redoStack = []
    }

    mutating func pushUndo(_ documents: [GoalFileDocument], command: String) {
        undoStack.append(Snapshot(documents: documents, command: command))
        redoStack = []
    }

    var canUndo: Bool { !undoStack.isEmpty }
    var canRedo: Bool { !redoStack.isEmpty }

    /// The documents before the last edit, and its command; the current ones are kept for redo.
    mutating func undo(current: [GoalFileDocument]) -> Snapshot? {
        guard let last = undoStack.popLast() else { return nil }
        redoStack.append(Snapshot(documents: current, command: last.command))
        return last
    }

    mutating func redo(current: [GoalFileDocument]) -> Snapshot? {
        guard let next = redoStack.popLast() else { return nil }
        undoStack.append(Snapshot(documents: current, command: next.command))
        return next
    }

    /// The files whose text differs from the disk: (path, disk text or nil for a new file, current text).
    public func unsavedChanges(in files: [LoadedGoalFile]) -> [(path: String, disk: String?, current: String)] {
        files.compactMap { file in
            guard let baseline = baselines[file.path] else { return nil }
            let text = file.text
            return baseline == text ? nil : (file.path, baseline, text)
        }
    }

    /// The state directory's folder for recovery files: `$XDG_STATE_HOME/koers/recovered` (an
    /// absolute `XDG_STATE_HOME` only), else `~/.local/state/koers/recovered`; nil without either.
    public static func recoveryFallbackDirectory(environment: [String: String]) -> String? {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") { return state + "/koers/recovered" }
        if let home = environment["HOME"], !home.isEmpty { return home + "/.local/state/koers/recovered" }
        return nil
    }

    /// The recovery file of a goal file in the fallback folder: its absolute path as one name
    /// (`%` and `/` escaped), so that files of the same name in different folders do not clash.
    public func fallbackRecoveryPath(for path: String) -> String? {
        guard let directory = recoveryFallbackDirectory else { return nil }
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        // Escaped scalar by scalar: Foundation's replacingOccurrences was 4 % of every start,
        // where each loaded goal file is looked up (docs/performance.md).
        var name = ""
        name.reserveCapacity(absolute.utf8.count)
        for scalar in absolute.unicodeScalars {
            switch scalar {
            case "%": name += "%25"
            case "/": name += "%2F"
            default: name.unicodeScalars.append(scalar)
            }
        }
        return directory + "/" + name + ".recovered"
    }

    /// Where the unsaved text of a goal file goes on a hang-up: beside it, hidden, never the file itself.
    public static func recoveryPath(for path: String) -> String {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        return (directory.isEmpty ? "" : directory + "/") + "." + url.lastPathComponent + ".recovered"
    }
}
