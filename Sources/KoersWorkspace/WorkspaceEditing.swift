import Foundation
import KoersCore
import KoersGoalFile

/// Editing, saving and recovering, on the workspace: every edit goes through `apply`, so each
/// one is validated as a file load is, undoable, in the model at once, and ready for a hang-up.
extension Workspace {
    /// What an edit, undo, redo or recovery did, for the front end to show.
    public struct EditResult {
        /// The goal documents before and after.
        public var before: [GoalFileDocument]
        public var after: [GoalFileDocument]
        /// The goal files whose text changed.
        public var changedPaths: [String]
        /// What rebuilding the model found that is worth showing: errors, and warnings the
        /// edit brought about (not those already shown on load).
        public var diagnostics: [Diagnostic]
        /// The command that was undone or redone.
        public var command: String
    }

    /// Refuses when editing is switched off.
    public func requireEditable() throws(WorkspaceError) {
        if editing.readOnly { throw .readOnly }
    }

    /// Switches editing off or on; on again is refused when the session was started read-only.
    public mutating func setReadOnly(_ on: Bool) throws(WorkspaceError) {
        if !on, editing.readOnlyLocked { throw .readOnlyLocked }
        editing.readOnly = on
    }

    /// Applies an edit: validated as a file load is, recorded for undo, the model rebuilt at once.
    /// A new goal file gets its keywords in `language`, the user's.
    public mutating func apply(_ edit: GoalFileEdit, command: String, today: Period?, language: Language = .en) throws(WorkspaceError) -> EditResult {
        try requireEditable()
        let before = editableDocuments()
        switch GoalFileEditor.apply(edit, to: before, newFileKeywords: language) {
        case let .failure(failure):
            throw .editRefused(failure.message, diagnostics: failure.diagnostics)
        case let .success(outcome):
            editing.recordBaselines(before)
            for path in outcome.changedPaths where !before.contains(where: { $0.path == path }) {
                editing.recordNewFile(path)
            }
            editing.pushUndo(before, command: command)
            let diagnostics = replaceEditedDocuments(outcome.documents, today: today)
            return EditResult(before: before, after: outcome.documents, changedPaths: outcome.changedPaths, diagnostics: diagnostics, command: command)
        }
    }

    /// Puts documents in place and rebuilds the model; gives the data-file problems to show.
    private mutating func replaceEditedDocuments(_ documents: [GoalFileDocument], today: Period?) -> [Diagnostic] {
        // A warning the edit brought about is shown (renaming a metric that a data file names in
        // its own column leaves those figures behind); the ones shown on load are not repeated.
        let earlierWarnings = Set(imports.flatMap(\.warnings))
        let earlierAdvice = Set(TargetAdvice.diagnostics(in: model).map(\.message))
        let outcome = replaceDocuments(documents, today: today)
        prepareRecovery()
        return outcome.diagnostics.filter { diagnostic in
            diagnostic.severity == .error
                || diagnostic.severity == .warning && !earlierWarnings.contains(diagnostic) && !earlierAdvice.contains(diagnostic.message)
        }
    }

    /// The goal files with edits not yet on disk: path, disk text (nil for a new file), current text.
    public var unsavedChanges: [(path: String, disk: String?, current: String)] {
        editing.unsavedChanges(in: loadedFiles)
    }

    /// Takes back the last edit.
    public mutating func undo(today: Period?) throws(WorkspaceError) -> EditResult {
        try requireEditable()
        // The documents are made only when there is something to undo: an unedited file keeps only its text.
        guard editing.canUndo else { throw .nothingToUndo }
        let current = editableDocuments()
        guard let snapshot = editing.undo(current: current) else { throw .nothingToUndo }
        let diagnostics = replaceEditedDocuments(snapshot.documents, today: today)
        return EditResult(before: current, after: snapshot.documents, changedPaths: [], diagnostics: diagnostics, command: snapshot.command)
    }

    /// Does the last undone edit again.
    public mutating func redo(today: Period?) throws(WorkspaceError) -> EditResult {
        try requireEditable()
        // The documents are made only when there is something to redo: an unedited file keeps only its text.
        guard editing.canRedo else { throw .nothingToRedo }
        let current = editableDocuments()
        guard let snapshot = editing.redo(current: current) else { throw .nothingToRedo }
        let diagnostics = replaceEditedDocuments(snapshot.documents, today: today)
        return EditResult(before: current, after: snapshot.documents, changedPaths: [], diagnostics: diagnostics, command: snapshot.command)
    }

    /// Writes every changed goal file, atomically, telling `saved` of each file written. Each
    /// file is locked (`GoalFileLock`) from the look at the disk to the rename, so that another
    /// session's save in between is seen. Refuses, writing nothing, when a file changed on disk
    /// since koers read it or is read-only (mode 0444), unless forced; never replaces a device,
    /// a pipe or a folder. Gives false when there was nothing to save.
    public mutating func save(force: Bool, saved: (String) -> Void) throws(WorkspaceError) -> Bool {
        let changes = unsavedChanges
        guard !changes.isEmpty else { return false }
        var locks: [GoalFileLock] = []
        // In path order, so that two sessions saving the same files cannot each hold one the other waits for.
        for change in changes.sorted(by: { $0.path < $1.path }) {
            switch GoalFileLock.acquire(change.path) {
            case let .locked(lock): locks.append(lock)
            case .noFile: break
            case .heldByAnother: throw .lockedByAnotherSession(change.path)
            }
        }
        defer { withExtendedLifetime(locks) {} }
        for change in changes {
            if let kind = FileKind.of(change.path) { throw .cannotWrite(change.path, .notARegularFile(kind)) }
        }
        if !force {
            let changedOnDisk = changes.filter { change in
                let disk = AtomicFile.read(change.path).map { String(decoding: $0, as: UTF8.self) }
                return disk != change.disk
            }
            if !changedOnDisk.isEmpty { throw .changedOnDisk(changedOnDisk.map(\.path)) }
            let readOnly = changes.filter { AtomicFile.isWriteProtected($0.path) }
            if !readOnly.isEmpty { throw .writeProtected(readOnly.map(\.path)) }
        }
        for change in changes {
            do throws(AtomicFile.Failure) {
                try AtomicFile.write(Array(change.current.utf8), to: change.path, mustBeNew: change.disk == nil && !force, links: .follow)
            } catch {
                switch error.problem {
                case let .system(reason): throw .cannotSave(error.path, reason: reason)
                case let .notARegularFile(kind): throw .cannotWrite(error.path, .notARegularFile(kind))
                case .appearedMeanwhile: throw .changedOnDisk([error.path])
                case .untrustedSymbolicLink: throw .cannotWrite(error.path, .untrustedSymbolicLink)
                }
            }
            editing.saved(change.path, text: change.current)
            saved(change.path)
        }
        prepareRecovery()
        return true
    }

    /// Reads the goal files again from disk; refuses when there are unsaved edits, unless forced.
    public mutating func reload(force: Bool, today: Period?) throws(WorkspaceError) -> LoadOutcome {
        let changes = unsavedChanges
        if !changes.isEmpty, !force { throw .unsavedEdits(changes.map(\.path)) }
        // Loading the same roots again reads every file anew and keeps data files imported in the session.
        editing.reset()
        prepareRecovery()
        return try load(roots, today: today)
    }

    /// Loading a file again would replace its unsaved edits with the disk text: refused.
    func refuseLoadingOverEdits(_ paths: [String]) throws(WorkspaceError) {
        let edited = Set(unsavedChanges.map { URL(fileURLWithPath: $0.path).standardizedFileURL.path })
        guard !edited.isEmpty else { return }
        var found: [String] = []
        for path in paths { found += (try? Workspace.goalFiles(under: path)) ?? [] }
        let clashing = found.filter { edited.contains(URL(fileURLWithPath: $0).standardizedFileURL.path) }
        if !clashing.isEmpty { throw .unsavedEdits(clashing) }
    }

    /// Keeps the unsaved texts ready for a hang-up (`HangupRecovery`).
    public func prepareRecovery() {
        HangupRecovery.prepare(unsavedChanges.map { change in
            let fallback = editing.fallbackRecoveryPath(for: change.path)
            return HangupRecovery.File(
                path: EditingState.recoveryPath(for: change.path), text: change.current, fallback: fallback,
                fallbackNotice: fallback.map { "koers: " + WorkspaceMessages.keptInStateDirectory(change.path, recovery: $0).text(in: editing.language) + "\n" } ?? "")
        })
    }

    /// Writes the unsaved texts to the recovery files (when the terminal went away): beside each
    /// goal file, or in the state directory when its folder refuses; returns their paths.
    @discardableResult
    public func writeRecoveryFiles() -> [String] {
        unsavedChanges.compactMap { change in
            let bytes = Array(change.current.utf8)
            let path = EditingState.recoveryPath(for: change.path)
            if (try? AtomicFile.write(bytes, to: path)) != nil { return path }
            guard let fallback = editing.fallbackRecoveryPath(for: change.path), let folder = editing.recoveryFallbackDirectory,
                  (try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)) != nil,
                  (try? AtomicFile.write(bytes, to: fallback)) != nil else { return nil }
            return fallback
        }
    }

    /// The recovery files an earlier session left beside the loaded goal files, or in the state directory.
    public var recoveryFiles: [(goalFile: String, recovery: String)] {
        files.compactMap { path in
            let beside = EditingState.recoveryPath(for: path)
            // A pipe or device in the recovery file's place is not one (the edits went to the state directory).
            if FileManager.default.fileExists(atPath: beside), FileKind.of(beside) == nil { return (path, beside) }
            guard let fallback = editing.fallbackRecoveryPath(for: path), FileManager.default.fileExists(atPath: fallback) else { return nil }
            return (path, fallback)
        }
    }

    /// Takes the texts of the recovery files into the workspace as an (undoable, unsaved) edit,
    /// and removes the recovery files. A recovery file older than its goal file was written
    /// before someone changed the goal file: refused, with both texts, unless forced.
    public mutating func recover(force: Bool = false, today: Period?) throws(WorkspaceError) -> EditResult {
        try requireEditable()
        let found = recoveryFiles
        guard !found.isEmpty else { throw .noRecoveryFiles }
        var texts: [String: String] = [:]
        var stale: [StaleRecovery] = []
        for file in found {
            guard let bytes = AtomicFile.read(file.recovery) else { throw .recoveryNotReadable(file.recovery) }
            let text = String(decoding: bytes, as: UTF8.self)
            texts[file.goalFile] = text
            if !force, Self.isOlder(file.recovery, than: file.goalFile) {
                let goalText = (try? loadedGoalFile(file.goalFile).text) ?? ""
                stale.append(StaleRecovery(goalFile: file.goalFile, recoveryFile: file.recovery, goalText: goalText, recoveryText: text))
            }
        }
        if !stale.isEmpty { throw .recoveryOlderThanGoalFile(stale) }
        let before = editableDocuments()
        switch GoalFileEditor.validated(texts, before) {
        case let .failure(failure):
            throw .editRefused(failure.message, diagnostics: failure.diagnostics)
        case let .success(outcome):
            editing.recordBaselines(before)
            editing.pushUndo(before, command: "recover")
            let diagnostics = replaceEditedDocuments(outcome.documents, today: today)
            for file in found { try? FileManager.default.removeItem(atPath: file.recovery) }
            return EditResult(before: before, after: outcome.documents, changedPaths: outcome.changedPaths, diagnostics: diagnostics, command: "recover")
        }
    }

    /// Whether `first` was last modified before `second` (false when either is missing).
    static func isOlder(_ first: String, than second: String) -> Bool {
        var one = stat(), other = stat()
        guard stat(first, &one) == 0, stat(second, &other) == 0 else { return false }
        return (one.st_mtim.tv_sec, one.st_mtim.tv_nsec) < (other.st_mtim.tv_sec, other.st_mtim.tv_nsec)
    }

    /// The loaded goal file a path names, as written or as the same file by another path.
    public func loadedGoalFile(_ path: String) throws(WorkspaceError) -> LoadedGoalFile {
        let wanted = URL(fileURLWithPath: path).standardizedFileURL
        guard let file = loadedFiles.first(where: { $0.path == path || URL(fileURLWithPath: $0.path).standardizedFileURL == wanted }) else {
            throw .notALoadedGoalFile(path, loaded: files)
        }
        return file
    }

    /// The file an added block goes to: the one `name` gives (loaded, or new), else the file
    /// with the last block of its kind, else the last file.
    public func fileToAddTo(_ kind: BlockKind, named name: String?) throws(WorkspaceError) -> String {
        if let name {
            if let loaded = loadedFiles.first(where: { $0.path == name || URL(fileURLWithPath: $0.path).standardizedFileURL.path == URL(fileURLWithPath: name).standardizedFileURL.path }) {
                return loaded.path
            }
            if FileManager.default.fileExists(atPath: name) { throw .fileNotLoaded(name) }
            return name
        }
        let holding = loadedFiles.last { document in
            switch kind {
            case .goal: !document.content.goals.isEmpty
            case .metric: !document.content.metrics.isEmpty
            case .document: !document.content.documents.isEmpty
            case .programme: !document.content.programmes.isEmpty
            case .data: !document.content.dataDeclarations.isEmpty
            }
        }
        guard let path = (holding ?? loadedFiles.last)?.path else { throw .noFileToAddTo }
        return path
    }

    /// Whether a field edit on `id` is meant for a goal or a metric: the field decides when only
    /// one of them has it; `title` and `source` go to the goal with that id when there is one.
    /// An id that only a document or programme has (or a field only documents have, such as
    /// `kind` or the first word of `ter kennisname`) edits that.
    public func blockKind(of id: String, field: String, metric: Bool) -> BlockKind {
        if metric { return .metric }
        let word = field.lowercased()
        let kind = FieldKind.allCases.first { GoalFileVocabulary.spelling($0).all.contains(word) }
        let goalOrMetric = model.goal(id) != nil || model.metric(id) != nil
        if model.document(id) != nil, !goalOrMetric || kind.map({ !GoalFileVocabulary.fields(of: .goal).contains($0) && !GoalFileVocabulary.fields(of: .metric).contains($0) }) ?? false {
            return .document
        }
        if model.programme(id) != nil, !goalOrMetric { return .programme }
        let goalField = kind.map { GoalFileVocabulary.fields(of: .goal).contains($0) } ?? true
        let metricField = kind.map { GoalFileVocabulary.fields(of: .metric).contains($0) } ?? true
        if goalField && !metricField { return .goal }
        if metricField && !goalField { return .metric }
        return model.goal(id) != nil || model.metrics.allSatisfy({ $0.id != id }) ? .goal : .metric
    }
}
