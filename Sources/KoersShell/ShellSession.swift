import Foundation
import KoersCore
import KoersRender
import KoersWorkspace

/// One koers session at the shell: the workspace it works on (what is loaded, edits, the
/// evaluations), the interface language, where output goes. Every command runs against a
/// session; the interactive loop and the batch runner drive it.
public final class ShellSession {
    public var language: Language
    /// What the session knows (KoersWorkspace); the commands change it, nothing else does.
    public internal(set) var workspace: Workspace
    /// Standard output and error, through `VisibleControlsOutput`: text from files cannot
    /// command the terminal.
    public var output: TextOutput { visibleOutput }
    public var errors: TextOutput { visibleErrors }
    private let visibleOutput: VisibleControlsOutput
    /// Standard output as it is, for the bytes of a workbook written to a pipe.
    private let binaryOutput: TextOutput
    /// Whether standard output is a terminal: a workbook's bytes and a report's HTML do not go there.
    public var outputIsTerminal = false
    private let visibleErrors: VisibleControlsOutput
    private let fittedErrors: FittedLinesOutput
    /// Measures the window standard error shows in, when it is a terminal: errors and
    /// warnings are wrapped within it. Nil (a pipe, a file): they go out unwrapped.
    public var errorsWidth: (() -> Int)? {
        get { fittedErrors.width }
        set { fittedErrors.width = newValue }
    }
    public var style: RenderStyle {
        didSet {
            visibleOutput.keepsColorCodes = style.colors
            visibleErrors.keepsColorCodes = style.colors
        }
    }
    /// The file of the running command's `-o`, which receives what it prints.
    var outputFile: OutputFile?
    /// `expanded on|off|auto`: one field per line (true), columns (false), or expanded where
    /// columns do not fit the terminal (nil).
    public var expandedDisplay: Bool? = false
    /// Measures the terminal's width before each interactive command, so a resized window is
    /// filled (nil: the width stays as set, in scripts and tests).
    public var measureWidth: (() -> Int)?
    /// Whether standard error is a terminal, where a load or import that takes more than a
    /// second shows a progress line.
    public var showsProgress = false
    /// Where `draft --table -` reads a table: standard input when the commands come from `-c` or
    /// a script. Nil when standard input holds the commands or is the terminal, whose line
    /// editor completes at a tab and so would mangle a pasted tab-separated table.
    public var tableInput: LineReader?
    /// Set by `quit`; the loop ends after the current command.
    public internal(set) var quitRequested = false
    public let commands: [CommandSpec]
    /// Why a script found no goals to load at its start: until `load` loads some, a command
    /// that needs goals fails with it, and the others run.
    public var missingGoals: CommandFailure?
    /// The peildatum set with `asof` (a period, or each goal's latest figures); nil means today.
    public internal(set) var asOf: AsOf?
    /// The format queries use when they get no `--format` (koers's own `--format`).
    public var defaultFormat: OutputFormat = .table
    /// koers's own `--fail-on`: `status` fails the run when a goal is this bad or worse.
    public var failOn: GoalStatus?
    /// koers's own `--strict`: `check` fails on warnings too.
    public var strictCheck = false
    /// koers's own `--csv-raw`: CSV cells without the spreadsheet formula guard.
    public var csvKeepsFormulas = false
    /// koers's own `--csv-dialect`; nil: CSV follows the interface language.
    public var csvDialect: CSVDialect?
    /// The day the session runs on: the default peildatum (fixed with `--today` or `KOERS_TODAY`).
    public let currentDate: CalendarDate
    /// The month the session runs in: stale data and figures for future periods are judged against it.
    public var today: Period { currentDate.monthPeriod }

    public init(
        language: Language, workspace: Workspace = Workspace(), output: TextOutput, errors: TextOutput,
        style: RenderStyle = .plain(), commands: [CommandSpec] = CommandTable.all, today: CalendarDate = SystemClock.currentDate()
    ) {
        self.currentDate = today
        self.language = language
        self.workspace = workspace
        visibleOutput = VisibleControlsOutput(output, keepsColorCodes: style.colors)
        binaryOutput = output
        fittedErrors = FittedLinesOutput(errors)
        visibleErrors = VisibleControlsOutput(fittedErrors, keepsColorCodes: style.colors)
        self.style = style
        self.commands = commands
    }

    /// Unsaved edits, undo and redo, and the read-only setting: the workspace's.
    public var editing: EditingState {
        get { workspace.editing }
        set { workspace.editing = newValue }
    }

    /// The peildatum queries judge as of when they ask for none: the one set with `asof`, else today.
    public var peildatum: AsOf { asOf ?? .today(currentDate) }

    /// Every goal evaluated as of `asOf`, cached by the workspace until the model changes.
    public func evaluations(asOf: AsOf) -> EvaluationSet {
        workspace.evaluations(asOf: asOf)
    }

    /// A message, wrapped at spaces within the window on a terminal.
    public func say(_ text: LocalizedText) {
        let message = text.text(in: language)
        guard style.isTerminal else { return output.write(message + "\n") }
        let lines = message.split(separator: "\n", omittingEmptySubsequences: false).flatMap { line in
            line.isEmpty ? [""] : ExpandedLayout.hanging("", String(line), width: style.width)
        }
        output.write(lines.joined(separator: "\n") + "\n")
    }
    public func print(_ text: String) { printed.write(text.hasSuffix("\n") || text.isEmpty ? text : text + "\n") }

    /// `print` for text written as UTF-8 a piece at a time (`check` and `status` of a large
    /// file): each piece goes out as it comes, so the whole text is never held. A newline is
    /// added unless the last character is one (as `hasSuffix("\n")` says: CR LF is one
    /// character, so CSV's last line gets one).
    public func print(writing write: (_ emit: ([UInt8]) -> Void) -> Void) {
        let destination = printed
        var last: UInt8?
        var beforeLast: UInt8?
        write { piece in
            guard !piece.isEmpty else { return }
            destination.write(utf8: piece)
            beforeLast = piece.count > 1 ? piece[piece.count - 2] : last
            last = piece.last
        }
        guard let last else { return }
        if last != 0x0A || beforeLast == 0x0D { destination.write("\n") }
    }

    /// Writes bytes that are not text (an .xlsx workbook) to standard output unchanged.
    func writeBinary(_ bytes: [UInt8]) { binaryOutput.write(utf8: bytes) }

    /// Where a command's result goes: the file of `-o` while one is given, else standard output.
    private var printed: TextOutput { outputFile.flatMap { $0.claimed ? nil : $0.output } ?? output }

    /// The command a word names, by its name or any alias, ignoring case.
    public func command(named word: String) -> CommandSpec? {
        let lowered = word.lowercased()
        return commands.first { $0.allNames.contains(lowered) }
    }

    /// Runs one statement (a command and its words).
    public func run(_ words: [String]) throws(CommandFailure) {
        guard let first = words.first else { return }
        guard let spec = command(named: first) else {
            let suggestion = Suggestion.closest(to: first.lowercased(), among: commands.flatMap(\.allNames))
            throw CommandFailure(ShellMessages.unknownCommand(first, suggestion: suggestion), exitCode: ExitCode.commandFailed)
        }
        let invocation = try spec.invocation(from: Array(words.dropFirst()))
        if spec.needsGoals, workspace.roots.isEmpty, let missingGoals { throw missingGoals }
        let dialect = csvDialect ?? CSVDialect(language)
        let result: Result<Void, CommandFailure> = SpreadsheetCSV.$keepsFormulas.withValue(csvKeepsFormulas) { SpreadsheetCSV.$dialect.withValue(dialect) {
            do throws(CommandFailure) {
                if let path = invocation.option(OutputFileOptions.output.name) {
                    try run(spec, invocation, writingTo: path)
                } else {
                    try spec.handler(self, invocation)
                }
                return .success(())
            } catch {
                return .failure(error)
            }
        } }
        try result.get()
    }

    /// The prompt: what is loaded, so a council member sees which goals they are asking about.
    public var prompt: String {
        var loaded = workspace.roots.isEmpty
            ? "" : ShellMessages.promptSummary(name: VisibleControls.shown(workspace.summaryName, keepingLineBreaks: false), goals: workspace.model.goals.count).text(in: language)
        if let asOf { loaded += (loaded.isEmpty ? "" : ", ") + ShellMessages.promptAsOf(asOf).text(in: language) }
        if !unsavedChanges.isEmpty { loaded += (loaded.isEmpty ? "" : ", ") + EditingShellMessages.promptUnsaved.text(in: language) }
        let text = loaded.isEmpty ? "koers> " : "koers (\(loaded))> "
        return style.colors ? "\u{1B}[1;36m" + text + "\u{1B}[0m" : text
    }

    public var continuationPrompt: String { "...> " }
}

extension ShellSession {
    /// Loads goal files into the workspace, shows what the files said (errors and warnings
    /// with their places) and what was loaded; fails when a file could not be loaded.
    /// `announce` says what was loaded on standard output (not in scripts, whose output is data).
    public func load(_ paths: [String], announce: Bool = true) throws(CommandFailure) {
        let outcome: Workspace.LoadOutcome
        do throws(WorkspaceError) {
            outcome = try withProgress(ProgressMessages.loading(paths)) { () throws(WorkspaceError) in try workspace.load(paths, today: today) }
        } catch {
            throw CommandFailure(error)
        }
        try show(outcome, announce: announce)
    }

    /// Shows what a load found, and what was loaded; fails when a file could not be loaded.
    func show(_ outcome: Workspace.LoadOutcome, announce: Bool) throws(CommandFailure) {
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
