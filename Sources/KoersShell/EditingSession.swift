import Foundation
import KoersCore
import KoersGoalFile

/// Editing, saving and leaving, on the session: every editing command goes through `applyEdit`,
/// so each edit is validated, undoable, visible at once and kept safe on a hang-up.
extension ShellSession {
    /// Refuses when editing is switched off.
    func requireEditable() throws(CommandFailure) {
        if editing.readOnly { throw CommandFailure(EditingShellMessages.readOnly) }
    }

    /// Applies an edit: validated as a file load is, recorded for undo, the model rebuilt at once.
    func applyEdit(_ edit: GoalFileEdit, command: String) throws(CommandFailure) {
        try requireEditable()
        let before = workspace.editableDocuments()
        switch GoalFileEditor.apply(edit, to: before) {
        case let .failure(failure):
            throw CommandFailure(failure.message, diagnostics: failure.diagnostics)
        case let .success(outcome):
            editing.recordBaselines(before)
            for path in outcome.changedPaths where !before.contains(where: { $0.path == path }) {
                editing.recordNewFile(path)
            }
            editing.pushUndo(before, command: command)
            replaceDocuments(outcome.documents)
            showChanges(from: before, to: outcome.documents, paths: outcome.changedPaths)
        }
    }

    /// Puts documents in place and rebuilds the model; data-file problems are shown, as on load.
    func replaceDocuments(_ documents: [GoalFileDocument]) {
        // A warning the edit brought about is shown (renaming a metric that a data file names in
        // its own column leaves those figures behind); the ones shown on load are not repeated.
        let earlierWarnings = Set(workspace.imports.flatMap(\.warnings))
        let earlierAdvice = Set(TargetAdvice.diagnostics(in: workspace.model).map(\.message))
        let outcome = workspace.replaceDocuments(documents, today: today)
        for diagnostic in outcome.diagnostics where diagnostic.severity == .error
            || diagnostic.severity == .warning && !earlierWarnings.contains(diagnostic) && !earlierAdvice.contains(diagnostic.message) {
            errors.write(diagnostic.formatted(in: language) + "\n")
        }
        prepareRecovery()
    }

    /// The lines an edit removed and added, with their places, so the user sees what changed.
    private func showChanges(from before: [GoalFileDocument], to after: [GoalFileDocument], paths: [String]) {
        for path in paths {
            let old = before.first { $0.path == path }?.lines.map(\.text) ?? []
            let new = after.first { $0.path == path }?.lines.map(\.text) ?? []
            let steps = UnifiedDiff.editScript(old, new).filter { $0.kind != .same }
            for step in steps.prefix(12) {
                let name = URL(fileURLWithPath: path).lastPathComponent
                switch step.kind {
                case .insert: print("+ \(name):\(step.newLine + 1): \(new[step.newLine])")
                case .delete: print("- \(name):\(step.oldLine + 1): \(old[step.oldLine])")
                case .same: break
                }
            }
            if steps.count > 12 { say(EditingShellMessages.moreChangedLines(steps.count - 12)) }
        }
        say(EditingShellMessages.notSavedYet)
    }

    /// The goal files with edits not yet on disk: path, disk text (nil for a new file), current text.
    public var unsavedChanges: [(path: String, disk: String?, current: String)] {
        editing.unsavedChanges(in: workspace.loadedFiles)
    }

    func undoEdit() throws(CommandFailure) {
        try requireEditable()
        guard editing.canUndo, let snapshot = editing.undo(current: workspace.editableDocuments()) else {
            throw CommandFailure(EditingShellMessages.nothingToUndo)
        }
        replaceDocuments(snapshot.documents)
        say(EditingShellMessages.undone(snapshot.command))
    }

    func redoEdit() throws(CommandFailure) {
        try requireEditable()
        guard editing.canRedo, let snapshot = editing.redo(current: workspace.editableDocuments()) else {
            throw CommandFailure(EditingShellMessages.nothingToRedo)
        }
        replaceDocuments(snapshot.documents)
        say(EditingShellMessages.redone(snapshot.command))
    }

    /// Writes every changed goal file, atomically. Refuses, writing nothing, when a file changed
    /// on disk since koers read it, unless forced.
    public func saveAll(force: Bool) throws(CommandFailure) {
        let changes = unsavedChanges
        guard !changes.isEmpty else {
            say(EditingShellMessages.nothingToSave)
            return
        }
        if !force {
            let changedOnDisk = changes.filter { change in
                let disk = AtomicFile.read(change.path).map { String(decoding: $0, as: UTF8.self) }
                return disk != change.disk
            }
            if !changedOnDisk.isEmpty {
                throw CommandFailure(EditingShellMessages.changedOnDisk(changedOnDisk.map(\.path)))
            }
        }
        for change in changes {
            do throws(AtomicFile.Failure) {
                try AtomicFile.write(Array(change.current.utf8), to: change.path)
            } catch {
                throw CommandFailure(EditingShellMessages.cannotSave(error.path, reason: error.reason))
            }
            editing.saved(change.path, text: change.current)
            say(EditingShellMessages.saved(change.path))
        }
        prepareRecovery()
    }

    /// Reads the goal files again from disk; refuses when there are unsaved edits, unless forced.
    public func reload(force: Bool) throws(CommandFailure) {
        let changes = unsavedChanges
        if !changes.isEmpty, !force { throw CommandFailure(EditingShellMessages.reloadWouldDiscard(changes.map(\.path))) }
        // Loading the same roots again reads every file anew and keeps data files imported in the session.
        editing.reset()
        prepareRecovery()
        try load(workspace.roots)
    }

    /// Loading a file again would replace its unsaved edits with the disk text: refused.
    func refuseLoadingOverEdits(_ paths: [String]) throws(CommandFailure) {
        let edited = Set(unsavedChanges.map { URL(fileURLWithPath: $0.path).standardizedFileURL.path })
        guard !edited.isEmpty else { return }
        var found: [String] = []
        for path in paths { found += (try? Workspace.goalFiles(under: path)) ?? [] }
        let clashing = found.filter { edited.contains(URL(fileURLWithPath: $0).standardizedFileURL.path) }
        if !clashing.isEmpty { throw CommandFailure(EditingShellMessages.reloadWouldDiscard(clashing)) }
    }

    /// Keeps the unsaved texts ready for the hang-up handler.
    func prepareRecovery() {
        HangupRecovery.prepare(unsavedChanges.map { (EditingState.recoveryPath(for: $0.path), $0.current) })
    }

    /// Writes the unsaved texts to the recovery files (when the terminal went away); returns their paths.
    @discardableResult
    func writeRecoveryFiles() -> [String] {
        unsavedChanges.compactMap { change in
            let path = EditingState.recoveryPath(for: change.path)
            return (try? AtomicFile.write(Array(change.current.utf8), to: path)) != nil ? path : nil
        }
    }

    /// The recovery files an earlier session left beside the loaded goal files.
    public var recoveryFiles: [(goalFile: String, recovery: String)] {
        workspace.files.compactMap { path in
            let recovery = EditingState.recoveryPath(for: path)
            return FileManager.default.fileExists(atPath: recovery) ? (path, recovery) : nil
        }
    }

    /// Says at start that a hang-up left unsaved edits, and how to get them back.
    public func announceRecoveryFiles() {
        for found in recoveryFiles {
            errors.write(EditingShellMessages.recoveryFound(found.goalFile, recovery: found.recovery).text(in: language) + "\n")
        }
    }

    /// Takes the texts of the recovery files into the session as an (undoable, unsaved) edit.
    func recover() throws(CommandFailure) {
        try requireEditable()
        let found = recoveryFiles
        guard !found.isEmpty else { throw CommandFailure(EditingShellMessages.noRecoveryFiles) }
        var texts: [String: String] = [:]
        for file in found {
            guard let bytes = AtomicFile.read(file.recovery) else {
                throw CommandFailure(ShellMessages.notReadable(file.recovery))
            }
            texts[file.goalFile] = String(decoding: bytes, as: UTF8.self)
        }
        let before = workspace.editableDocuments()
        switch GoalFileEditor.validated(texts, before) {
        case let .failure(failure):
            throw CommandFailure(failure.message, diagnostics: failure.diagnostics)
        case let .success(outcome):
            editing.recordBaselines(before)
            editing.pushUndo(before, command: "recover")
            replaceDocuments(outcome.documents)
            showChanges(from: before, to: outcome.documents, paths: outcome.changedPaths)
            for file in found { try? FileManager.default.removeItem(atPath: file.recovery) }
        }
    }

    /// Asks before leaving with unsaved edits; true when the session may end. A closed input
    /// at the question keeps the edits in recovery files rather than lose them.
    public func confirmLeaving(reader: LineReader) -> Bool {
        while true {
            let changes = unsavedChanges
            guard !changes.isEmpty else { return true }
            let question = EditingShellMessages.leaveQuestion(changes.map(\.path)).text(in: language)
            switch reader.readLine(prompt: question) {
            case .interrupted:
                return false
            case .endOfInput:
                for path in writeRecoveryFiles() { errors.write(EditingShellMessages.keptInRecovery(path).text(in: language) + "\n") }
                return true
            case let .line(answer):
                switch answer.trimmingCharacters(in: .whitespaces).lowercased() {
                case "y", "yes", "j", "ja":
                    do {
                        try saveAll(force: false)
                        return true
                    } catch {
                        InteractiveLoop.report(error, session: self, place: nil)
                        return false
                    }
                case "n", "no", "nee":
                    return true
                case "c", "cancel", "a", "annuleren", "":
                    return false
                default:
                    continue
                }
            }
        }
    }

    /// The end of a run without a terminal: unsaved edits are an error unless `--save` or
    /// `--discard` said what to do with them. Gives the exit code to end with.
    public func finishBatch(status: Int32, saveAtEnd: Bool, discardAtEnd: Bool) -> Int32 {
        let changes = unsavedChanges
        guard !changes.isEmpty, !discardAtEnd else { return status }
        if saveAtEnd {
            do {
                try saveAll(force: false)
                return status
            } catch {
                InteractiveLoop.report(error, session: self, place: nil)
            }
        } else {
            InteractiveLoop.report(CommandFailure(EditingShellMessages.unsavedAtEnd(changes.map(\.path))), session: self, place: nil)
        }
        // Nothing typed is lost: what could not be saved waits in the recovery files.
        for path in writeRecoveryFiles() { errors.write(EditingShellMessages.keptInRecovery(path).text(in: language) + "\n") }
        return status == ExitCode.success ? ExitCode.commandFailed : status
    }
}
