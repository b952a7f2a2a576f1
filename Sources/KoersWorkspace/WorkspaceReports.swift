import Foundation
import KoersCore
import KoersRender

/// The word lists shipped with koers (Resources/wordlists), read once per process from the
/// first folder `InstalledFiles.wordListFolders` finds.
public enum ShippedWordLists {
    /// The lists, or why they cannot be had: lists missing from the installation are an error
    /// naming every place looked in, so the check never runs silently without its words.
    public static let loaded: Result<[WordLists], WorkspaceError> = {
        let folders = InstalledFiles.wordListFolders()
        guard let folder = InstalledFiles.firstExisting(folders) else {
            return .failure(.wordListsUnavailable(diagnostics: [Diagnostic(.error, at: nil, WorkspaceMessages.wordListsNotFound(lookedIn: folders))]))
        }
        return read(from: folder) { path in try? String(contentsOfFile: path, encoding: .utf8) }
    }()

    /// The lists of every language in `folder`, read by `text` (nil: the file is missing); an
    /// error names each missing file.
    static func read(from folder: String, _ text: (String) -> String?) -> Result<[WordLists], WorkspaceError> {
        var lists: [WordLists] = []
        var diagnostics: [Diagnostic] = []
        for language in Language.allCases {
            let path = folder + "/\(language.rawValue).txt"
            guard let text = text(path) else {
                diagnostics.append(Diagnostic(.error, at: nil, WorkspaceMessages.wordListMissing(path)))
                continue
            }
            let result = WordLists.parse(text: text, language: language, file: path)
            lists.append(result.lists)
            diagnostics += result.diagnostics.filter { $0.severity == .error }
        }
        return diagnostics.isEmpty ? .success(lists) : .failure(.wordListsUnavailable(diagnostics: diagnostics))
    }
}

extension Workspace {
    /// The check's inputs: the shipped word lists and the local ones, and `today`. Fails when
    /// the shipped lists are missing from the installation.
    public func checkOptions(today: Period, asOf: AsOf? = nil) throws(WorkspaceError) -> CheckOptions {
        CheckOptions(today: today, asOf: asOf, wordLists: try ShippedWordLists.loaded.get() + wordLists)
    }

    /// The council report as of `asOf`; "what changed" compares with the period before (as of
    /// today: the end of the previous quarter; as of each goal's latest figures there is no one
    /// earlier moment, and no comparison).
    public mutating func councilReport(
        asOf: AsOf, today: Period, title: String, language: Language, generatedAt: String?, filter: GoalFilter = GoalFilter()
    ) throws(WorkspaceError) -> ReportModel {
        // The goals the filter keeps as of the report's moment are the report's goals, then too.
        let current = PolicyLinks(model: model).filtered(evaluations(asOf: asOf), filter)
        let previousPeriod: Period?
        switch asOf {
        case let .today(date): previousPeriod = Period.containing(date.moment, granularity: .quarter)?.previous
        case let .period(period): previousPeriod = period.previous
        case .latest: previousPeriod = nil
        }
        let previous = previousPeriod.map { evaluations(asOf: .period($0)) }
        let check = VagueGoalCheck.report(
            for: model, goalIDs: filter.isEmpty ? [] : current.evaluations.map(\.goal.id),
            options: try checkOptions(today: today, asOf: asOf), evaluations: current)
        return CouncilReport.build(
            title: title, model: model, current: current, previous: previous, check: check,
            language: language, generatedAt: generatedAt)
    }
}

/// Writes files that are not goal files (a report, its charts) with the same atomic writer
/// as `save`: a crash leaves the old file or the new one, never half of one; a device, a pipe
/// or a folder is never replaced.
public enum FileWriting {
    /// Writes `text` to `path`; refused when `path` is one of `sourceFiles` (the goal and data
    /// files) by any name (a link, another spelling), since a report must not replace what it
    /// was made from, and when it ends in `.koers`, which the next load of that folder would
    /// read as a goal file.
    public static func atomically(_ text: String, to path: String, sparing sourceFiles: [String] = []) throws(WorkspaceError) {
        try atomically(to: path, sparing: sourceFiles) { () throws(AtomicFile.Failure) in try AtomicFile.write(Array(text.utf8), to: path) }
    }

    /// The same refusals and errors around any atomic write of `path`.
    static func atomically(to path: String, sparing sourceFiles: [String], _ write: () throws(AtomicFile.Failure) -> Void) throws(WorkspaceError) {
        if let sourceFile = sourceFiles.first(where: { sameFile($0, path) }) { throw .wouldOverwriteSourceFile(sourceFile) }
        if path.lowercased().hasSuffix(".koers") { throw .wouldWriteGoalFileName(path) }
        do throws(AtomicFile.Failure) {
            try write()
        } catch {
            switch error.problem {
            case let .notARegularFile(kind): throw .cannotWrite(path, kind == .directory ? .isDirectory : .notARegularFile(kind))
            case .untrustedSymbolicLink: throw .cannotWrite(path, .untrustedSymbolicLink)
            case .system, .appearedMeanwhile: throw .cannotWrite(path, .of(path))
            }
        }
    }

    public static func createDirectory(_ path: String) throws(WorkspaceError) {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw .cannotWrite(path, .of(path))
        }
    }

    /// Whether two paths name the same existing file (same device and inode, links followed).
    static func sameFile(_ first: String, _ second: String) -> Bool {
        var one = stat(), other = stat()
        guard stat(first, &one) == 0, stat(second, &other) == 0 else { return false }
        return one.st_dev == other.st_dev && one.st_ino == other.st_ino
    }
}
