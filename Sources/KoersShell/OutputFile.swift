import KoersCore
import KoersRender
import KoersWorkspace

/// `-o FILE` of the command running (psql's `\o`): what it prints is collected, plain (no
/// colors, tables whole), and written atomically to FILE when the command has run, or not at
/// all when it failed before printing anything. A command that writes the file itself (`report`, `--format xlsx`)
/// claims it instead.
final class OutputFile {
    let path: String
    fileprivate let collected = BufferedOutput()
    /// Control characters from goal files are shown as on the terminal: `cat FILE` stays safe.
    let output: TextOutput
    fileprivate(set) var claimed = false

    init(path: String) {
        self.path = path
        output = VisibleControlsOutput(collected, keepsColorCodes: false)
    }
}

enum OutputFileOptions {
    static let output = OptionSpec(
        "output", short: "o", value: "FILE", completion: .path,
        help: LocalizedText(en: "write the output to this file instead of the screen", nl: "schrijf de uitvoer naar dit bestand in plaats van naar het scherm"))

    /// `--format` of the commands whose tables also go to Excel.
    static let formatWithWorkbook = OptionSpec(
        "format", value: "FORMAT", completion: .fixed(OutputFormat.allCases.map(\.rawValue) + [workbookFormat]),
        help: LocalizedText(en: "table (default), json, csv, markdown or xlsx (an Excel workbook, to -o FILE or a pipe)", nl: "table (standaard), json, csv, markdown of xlsx (een Excel-werkmap, naar -o BESTAND of een pijp)"))

    static let workbookFormat = "xlsx"
}

enum OutputFileMessages {
    static func written(_ path: String) -> LocalizedText {
        LocalizedText(en: "Wrote \(path).", nl: "\(path) geschreven.")
    }

    static let workbookNeedsFile = LocalizedText(
        en: "An Excel workbook is not shown on the screen: add -o FILE.xlsx (for example: status --format xlsx -o status.xlsx).",
        nl: "Een Excel-werkmap wordt niet op het scherm getoond: voeg -o BESTAND.xlsx toe (bijvoorbeeld: stand --format xlsx -o stand.xlsx).")
}

extension ShellSession {
    /// Runs a command with `-o FILE` into that file: atomically, after it succeeded.
    func run(_ spec: CommandSpec, _ invocation: Invocation, writingTo path: String) throws(CommandFailure) {
        let file = OutputFile(path: path)
        let terminalStyle = style
        outputFile = file
        style = .plain(width: terminalStyle.width)
        defer {
            outputFile = nil
            style = terminalStyle
        }
        // A command may fail after its output (`check` that found vague goals, `status
        // --fail-on`): what it printed is written all the same, as it would have been shown.
        var failure: CommandFailure?
        do throws(CommandFailure) {
            try spec.handler(self, invocation)
        } catch {
            failure = error
        }
        if !file.claimed, failure == nil || !file.collected.isEmpty {
            try worded { () throws(WorkspaceError) in try FileWriting.atomically(file.collected.text, to: path, sparing: workspace.sourceFiles) }
            say(OutputFileMessages.written(path))
        }
        if let failure { throw failure }
    }

    /// The file of `-o`, for a command that writes it itself; nil without `-o`.
    func claimOutputFile() -> String? {
        guard let outputFile else { return nil }
        outputFile.claimed = true
        return outputFile.path
    }

    /// Whether `--format xlsx` was asked for.
    func wantsWorkbook(_ invocation: Invocation) -> Bool {
        invocation.option("format")?.lowercased() == OutputFileOptions.workbookFormat
    }

    /// Writes tables as an Excel workbook, one sheet per table, to the file of `-o`, or else to
    /// standard output when that is a pipe or a file (never to a terminal, which would show the
    /// zip archive's bytes).
    func writeWorkbook(_ sheets: [(DataTable, LocalizedText)]) throws(CommandFailure) {
        let workbook = Workbook(sheets: sheets.map { Workbook.Sheet($0.0, name: $0.1, language: language) })
        guard let path = claimOutputFile() else {
            guard !outputIsTerminal else { throw CommandFailure(OutputFileMessages.workbookNeedsFile, exitCode: ExitCode.usage) }
            writeBinary(try worded { () throws(WorkspaceError) in try WorkbookFile.bytes(of: workbook) })
            return
        }
        try worded { () throws(WorkspaceError) in try WorkbookFile.write(workbook, to: path, sparing: workspace.sourceFiles) }
        say(OutputFileMessages.written(path))
    }
}
