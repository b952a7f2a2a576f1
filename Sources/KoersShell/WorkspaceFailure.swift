import KoersCore
import KoersWorkspace

extension CommandFailure {
    /// A workspace error as the shell says it, with the exit code of its kind: a path that
    /// cannot be loaded ends a script with `loadFailed`, anything else with `commandFailed`.
    init(_ error: WorkspaceError) {
        let exitCode = switch error {
        case .noSuchPath, .notReadable, .noGoalFiles, .controlCharacterInName: ExitCode.loadFailed
        default: ExitCode.commandFailed
        }
        self.init(ShellMessages.text(of: error), exitCode: exitCode, diagnostics: error.diagnostics)
    }
}

extension ShellMessages {
    /// What a workspace error says to the user.
    static func text(of error: WorkspaceError) -> LocalizedText {
        switch error {
        case let .noSuchPath(path): noSuchPath(path)
        case let .notReadable(path), let .recoveryNotReadable(path): WorkspaceMessages.notReadable(path, .of(path))
        case let .noGoalFiles(path): noGoalFiles(path)
        case let .controlCharacterInName(path): controlCharacterInName(path)
        case let .importFailed(path, _): importFailed(path)
        case .readOnly: EditingShellMessages.readOnly
        case .readOnlyLocked: EditingShellMessages.readOnlyLocked
        case let .editRefused(message, _): message
        case .nothingToUndo: EditingShellMessages.nothingToUndo
        case .nothingToRedo: EditingShellMessages.nothingToRedo
        case let .changedOnDisk(paths): EditingShellMessages.changedOnDisk(paths)
        case let .cannotSave(path, reason): EditingShellMessages.cannotSave(path, reason: reason)
        case let .lockedByAnotherSession(path): EditingShellMessages.lockedByAnotherSession(path)
        case let .writeProtected(paths): EditingShellMessages.writeProtected(paths)
        case let .wouldOverwriteSourceFile(path): wouldOverwriteSourceFile(path)
        case let .wouldWriteGoalFileName(path): wouldWriteGoalFileName(path)
        case let .recoveryOlderThanGoalFile(stale): EditingShellMessages.recoveryOlderThanGoalFile(stale.map(\.goalFile))
        case let .unsavedEdits(paths): EditingShellMessages.reloadWouldDiscard(paths)
        case .noRecoveryFiles: EditingShellMessages.noRecoveryFiles
        case let .notALoadedGoalFile(path, loaded): notALoadedGoalFile(path, loaded: loaded)
        case let .fileNotLoaded(path): EditingShellMessages.fileNotLoaded(path)
        case .noFileToAddTo: EditingShellMessages.noFileToAddTo
        case let .cannotWrite(path, problem): cannotWrite(path, problem: problem)
        case .wordListsUnavailable: wordListsUnavailable
        }
    }
}

/// Runs a workspace operation; its error is worded for the shell.
func worded<Result>(_ operation: () throws(WorkspaceError) -> Result) throws(CommandFailure) -> Result {
    do throws(WorkspaceError) {
        return try operation()
    } catch {
        throw CommandFailure(error)
    }
}
