import Foundation
import KoersCore
import KoersRender

/// The state of one koers session: what is loaded, the interface language, where output goes.
/// Every command runs against a session; the interactive loop and the batch runner drive it.
public final class ShellSession {
    public var language: Language
    public var workspace: Workspace
    public let output: TextOutput
    public let errors: TextOutput
    public var style: RenderStyle
    /// Set by `quit`; the loop ends after the current command.
    public var quitRequested = false
    public let commands: [CommandSpec]
    /// The peildatum set with `asof` (a period, or each goal's latest figures); nil means today.
    public var asOf: AsOf?
    /// The format queries use when they get no `--format` (koers's own `--format`).
    public var defaultFormat: OutputFormat = .table
    /// koers's own `--fail-on`: `status` fails the run when a goal is this bad or worse.
    public var failOn: GoalStatus?
    /// koers's own `--strict`: `check` fails on warnings too.
    public var strictCheck = false
    /// The day the session runs on: the default peildatum (fixed with `--today` or `KOERS_TODAY`).
    public var currentDate: CalendarDate
    /// The month the session runs in: stale data and figures for future periods are judged against it.
    public var today: Period { currentDate.monthPeriod }
    /// Unsaved edits, undo and redo, and the read-only setting (EditingState.swift).
    public var editing = EditingState()
    /// Evaluations are computed once per model revision and as-of period, not per query.
    private var evaluationCache: (revision: Int, sets: [AsOf: EvaluationSet]) = (-1, [:])

    public init(
        language: Language, workspace: Workspace = Workspace(), output: TextOutput, errors: TextOutput,
        style: RenderStyle = .plain(), commands: [CommandSpec] = CommandTable.all, today: CalendarDate = ShellSession.currentDate()
    ) {
        self.currentDate = today
        self.language = language
        self.workspace = workspace
        self.output = output
        self.errors = errors
        self.style = style
        self.commands = commands
    }

    /// The peildatum queries judge as of when they ask for none: the one set with `asof`, else today.
    public var peildatum: AsOf { asOf ?? .today(currentDate) }

    /// Every goal evaluated as of `asOf`, cached until the model changes.
    public func evaluations(asOf: AsOf) -> EvaluationSet {
        if evaluationCache.revision != workspace.revision { evaluationCache = (workspace.revision, [:]) }
        if let cached = evaluationCache.sets[asOf] { return cached }
        let set = EvaluationSet(model: workspace.model, asOf: asOf)
        evaluationCache.sets[asOf] = set
        return set
    }

    /// The calendar day now, in the local time zone.
    public static func currentDate() -> CalendarDate {
        let parts = SystemClock.localDate()
        return CalendarDate(year: parts?.year ?? 2000, month: parts?.month ?? 1, day: parts?.day ?? 1) ?? CalendarDate(year: 2000, month: 1, day: 1)!
    }

    public func say(_ text: LocalizedText) { output.write(text.text(in: language) + "\n") }
    public func print(_ text: String) { output.write(text.hasSuffix("\n") || text.isEmpty ? text : text + "\n") }

    /// `print` for text already encoded as UTF-8: a newline is added unless the last character
    /// is one (as `hasSuffix("\n")` says: CR LF is one character, so CSV's last line gets one).
    public func print(utf8 bytes: [UInt8]) {
        output.write(utf8: bytes)
        guard let last = bytes.last else { return }
        let endsWithNewline = last == 0x0A && (bytes.count < 2 || bytes[bytes.count - 2] != 0x0D)
        if !endsWithNewline { output.write("\n") }
    }

    /// The command a word names, by its name or any alias, ignoring case.
    public func command(named word: String) -> CommandSpec? {
        let lowered = word.lowercased()
        return commands.first { $0.allNames.contains(lowered) }
    }

    /// Runs one statement (a command and its words).
    public func run(_ words: [String]) throws(CommandFailure) {
        guard let first = words.first else { return }
        guard let spec = command(named: first) else {
            let suggestion = Suggestions.closest(to: first.lowercased(), among: commands.flatMap(\.allNames))
            throw CommandFailure(ShellMessages.unknownCommand(first, suggestion: suggestion), exitCode: ExitCode.commandFailed)
        }
        let invocation = try spec.invocation(from: Array(words.dropFirst()))
        try spec.handler(self, invocation)
    }

    /// The prompt: what is loaded, so a council member sees which goals they are asking about.
    public var prompt: String {
        var loaded = workspace.summary(in: language)
        if let asOf { loaded += (loaded.isEmpty ? "" : ", ") + ShellMessages.promptAsOf(asOf).text(in: language) }
        if !unsavedChanges.isEmpty { loaded += (loaded.isEmpty ? "" : ", ") + EditingShellMessages.promptUnsaved.text(in: language) }
        let text = loaded.isEmpty ? "koers> " : "koers (\(loaded))> "
        return style.colors ? "\u{1B}[1;36m" + text + "\u{1B}[0m" : text
    }

    public var continuationPrompt: String { "...> " }
}

/// "Did you mean …?": the closest known word within a small edit distance.
public enum Suggestions {
    public static func closest(to word: String, among candidates: [String]) -> String? {
        let limit = max(1, word.count / 3)
        let length = word.count
        var best: (word: String, distance: Int)?
        for candidate in candidates {
            // The distance is at least the difference in length: a pasted megabyte is compared
            // with nothing, where the full table would take minutes.
            guard abs(candidate.count - length) <= limit else { continue }
            let d = distance(word, candidate)
            guard d <= limit else { continue }
            if let current = best, current.distance < d || (current.distance == d && current.word <= candidate) { continue }
            best = (candidate, d)
        }
        return best?.word
    }

    /// Edit distance over characters, counting a swap of two neighbours (`hlep`) as one edit.
    public static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let substitution = table[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, substitution)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }
}

extension ShellSession {
    /// Loads goal files into the workspace, shows what the files said (errors and warnings
    /// with their places) and what was loaded; fails when a file could not be loaded.
    /// `announce` says what was loaded on standard output (not in scripts, whose output is data).
    public func load(_ paths: [String], announce: Bool = true) throws(CommandFailure) {
        let outcome = try workspace.load(paths, today: today)
        for diagnostic in outcome.diagnostics {
            errors.write(diagnostic.formatted(in: language) + "\n")
        }
        let model = workspace.model
        if announce {
            say(ShellMessages.loaded(files: workspace.files.count, goals: model.goals.count, metrics: model.metrics.count))
        }
        if outcome.failed {
            throw CommandFailure(
                ShellMessages.loadProblems(rejected: outcome.rejectedFiles.count, failedImports: outcome.failedImports.count),
                exitCode: ExitCode.loadFailed)
        }
    }
}
