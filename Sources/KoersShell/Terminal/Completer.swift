import Foundation
import KoersCore
import KoersGoalFile
import KoersImport
import KoersRender
import KoersWorkspace

/// Context-aware TAB completion from the command table: command names first, then, per
/// argument, goal ids, metric names, paths, option names and their values.
public final class ShellCompleter: CompletionSource {
    // libedit calls back on the thread running the shell, the one that owns the session.
    private unowned let session: ShellSession

    public init(session: ShellSession) {
        self.session = session
    }

    public func complete(line: String, cursor: Int) -> Completion {
        let (previous, current) = CommandLineSplitter.wordsBeforeCursor(line, cursor: cursor)
        let prefix = current.text
        guard let first = previous.first else {
            return Completion(start: current.start, candidates: matching(session.commands.flatMap(\.allNames), prefix))
        }
        guard let spec = session.command(named: first.text) else { return Completion(start: current.start, candidates: []) }
        let words = previous.dropFirst().map(\.text)

        // The value of an option that takes one.
        if let last = words.last, let option = spec.option(matching: last), option.valueName != nil {
            return Completion(start: current.start, candidates: candidates(for: option.completion, prefix: prefix))
        }
        if prefix.hasPrefix("-") {
            let used = Set(words)
            let names = spec.options.flatMap { ["--\($0.name)"] + ($0.dutchName.map { ["--\($0)"] } ?? []) }.filter { !used.contains($0) }
            return Completion(start: current.start, candidates: matching(names, prefix))
        }
        // Which positional argument the cursor is on: skip options and their values.
        var position = 0
        var index = 0
        while index < words.count {
            let word = words[index]
            if let option = spec.option(matching: word) {
                index += option.valueName == nil ? 1 : 2
                continue
            }
            position += 1
            index += 1
        }
        let argument: ArgumentSpec? = position < spec.arguments.count
            ? spec.arguments[position]
            : spec.arguments.last.flatMap { $0.repeating ? $0 : nil }
        guard let argument else { return Completion(start: current.start, candidates: []) }
        if argument.completion == .importOption {
            return Completion(start: current.start, candidates: importOptionCandidates(after: words.last, prefix: prefix))
        }
        if argument.completion == .fieldValue {
            return Completion(start: current.start, candidates: fieldValueCandidates(words: words, prefix: prefix))
        }
        return Completion(start: current.start, candidates: candidates(for: argument.completion, prefix: prefix))
    }

    private func candidates(for kind: CompletionKind, prefix: String) -> [String] {
        let workspace = session.workspace
        switch kind {
        case .command: return matching(session.commands.map(\.name), prefix)
        case .goal: return workspace.names(.goal, startingWith: prefix)
        case .metric: return workspace.names(.metric, startingWith: prefix)
        case .series: return workspace.names(.series, startingWith: prefix)
        case .goalOrSeries: return workspace.names(.goalOrSeries, startingWith: prefix)
        case .goalOrStatus: return matching(PolicyMessages.statusWords.keys.sorted(), prefix) + workspace.names(.goal, startingWith: prefix)
        case .document: return workspace.names(.document, startingWith: prefix)
        case .programme: return workspace.names(.programme, startingWith: prefix)
        case .period: return workspace.names(.period, startingWith: prefix)
        case .asOf:
            return workspace.names(.period, startingWith: prefix) + matching(["latest", "laatste", "today", "vandaag"], prefix)
        case .language: return matching(Language.allCases.map(\.rawValue), prefix)
        case let .fixed(values): return matching(values, prefix)
        case .path: return PathCompletion.candidates(for: prefix)
        case .goalFile: return workspace.names(.goalFile, startingWith: prefix)
        case .importOption: return importOptionCandidates(after: nil, prefix: prefix)
        case .fieldValue: return []
        case .none: return []
        }
    }

    /// After an option name its values; otherwise the option names, in both languages.
    private func importOptionCandidates(after previous: String?, prefix: String) -> [String] {
        if let previous {
            let values = ImportOptions.suggestedValues(for: previous)
            if !values.isEmpty { return matching(values, prefix) }
        }
        return matching(ImportOptions.keys.flatMap { [$0.en, $0.nl] }, prefix)
    }

    /// What may follow `set ID FIELD`: the field's fixed words, ids or periods; after
    /// `benchmark` a series; after a target's value, the deadline word and then a period.
    private func fieldValueCandidates(words: [String], prefix: String) -> [String] {
        guard words.count >= 2 else { return [] }
        let keyword = words[1].lowercased()
        guard let field = FieldKind.allCases.first(where: { GoalFileVocabulary.spelling($0).all.contains(keyword) }) else { return [] }
        let typed = words.dropFirst(2)
        switch field {
        case .metric:
            return typed.isEmpty ? session.workspace.names(.series, startingWith: prefix) : []
        case .programme:
            return typed.isEmpty ? session.workspace.names(.programme, startingWith: prefix) : []
        case .baseline, .deadline:
            return typed.isEmpty ? candidates(for: .period, prefix: prefix) : []
        case .target, .milestone:
            let deadlineWords = GoalFileVocabulary.deadlineAfterTarget.all
            if let last = typed.last, deadlineWords.contains(last.lowercased()) { return candidates(for: .period, prefix: prefix) }
            // `target <= benchmark SERIES`: the benchmark is a series like the goal's own.
            if let last = typed.last, GoalFileVocabulary.benchmark.all.contains(last.lowercased()) {
                return session.workspace.names(.series, startingWith: prefix)
            }
            if typed.count >= (field == .milestone ? 3 : 2) { return matching(deadlineWords, prefix) }
            if field == .milestone && typed.isEmpty { return candidates(for: .period, prefix: prefix) }
            return matching(GoalFileVocabulary.valueWords(for: .target, in: nil).filter { !$0.contains(" ") }, prefix)
        default:
            return typed.isEmpty ? matching(GoalFileVocabulary.valueWords(for: field, in: nil), prefix) : []
        }
    }

    private func matching(_ words: [String], _ prefix: String) -> [String] {
        Array(Set(words.filter { $0.hasPrefix(prefix) })).sorted()
    }
}

/// File and directory names that start with what is typed; directories end in `/`.
enum PathCompletion {
    static func candidates(for prefix: String) -> [String] {
        let directory: String
        let namePrefix: String
        if let slash = prefix.lastIndex(of: "/") {
            directory = String(prefix[...slash])
            namePrefix = String(prefix[prefix.index(after: slash)...])
        } else {
            directory = ""
            namePrefix = prefix
        }
        let expanded = directory.hasPrefix("~/") ? NSString(string: directory).expandingTildeInPath + "/" : directory
        let listed = (try? FileManager.default.contentsOfDirectory(atPath: expanded.isEmpty ? "." : expanded)) ?? []
        return listed
            .filter { $0.hasPrefix(namePrefix) && (!$0.hasPrefix(".") || namePrefix.hasPrefix(".")) }
            .map { name in
                var isDirectory: ObjCBool = false
                let isFolder = FileManager.default.fileExists(atPath: expanded + name, isDirectory: &isDirectory) && isDirectory.boolValue
                return directory + name + (isFolder ? "/" : "")
            }
            .sorted()
    }
}
