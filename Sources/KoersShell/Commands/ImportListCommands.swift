import KoersCore
import KoersGoalFile
import KoersWorkspace

/// The session's imports (files read with `import`, not declared in a goal file): list them,
/// take one back.
enum ImportListCommands {
    static let imports = CommandSpec(
        name: "imports", dutchName: "inlezingen",
        summary: LocalizedText(
            en: "List the files read with 'import' in this session, numbered for 'forget'",
            nl: "Toon de bestanden die in deze sessie met 'lees' zijn ingelezen, genummerd voor 'vergeet'"),
        examples: ["imports", "inlezingen"]
    ) { session, _ throws(CommandFailure) in
        let declarations = session.workspace.sessionDeclarations
        guard !declarations.isEmpty else {
            session.say(ImportListMessages.none)
            return
        }
        for (index, declaration) in declarations.enumerated() {
            let options = declaration.options.map { "\($0.key) \(GoalFileQuoting.quotedIfNeeded($0.value))" }.joined(separator: " ")
            let report = session.workspace.imports.last { $0.file == declaration.path }
            let counts = report.map { ImportListMessages.counts(figures: $0.figures - $0.missingFigures, series: $0.series.count).text(in: session.language) } ?? ""
            session.print("\(index + 1)  \(GoalFileQuoting.quotedIfNeeded(declaration.path))\(options.isEmpty ? "" : "  " + options)\(counts.isEmpty ? "" : "  (" + counts + ")")")
        }
    }

    static let forget = CommandSpec(
        name: "forget", dutchName: "vergeet",
        arguments: [ArgumentSpec("N|FILE", completion: .none)],
        summary: LocalizedText(
            en: "Take back a file read with 'import' in this session (its number in 'imports', or its path)",
            nl: "Neem een in deze sessie met 'lees' ingelezen bestand terug (het nummer in 'inlezingen', of het pad)"),
        examples: ["forget 1", "vergeet data/kengetallen.csv"]
    ) { session, invocation throws(CommandFailure) in
        let word = invocation.arguments[0]
        let declarations = session.workspace.sessionDeclarations
        let index = Int(word).map { $0 - 1 }.flatMap { declarations.indices.contains($0) ? $0 : nil }
            ?? declarations.lastIndex { $0.path == word }
        guard let index else {
            throw CommandFailure(ImportListMessages.noSuchImport(word, count: declarations.count))
        }
        let path = declarations[index].path
        let outcome = session.workspace.forgetImport(at: index, today: session.today)
        session.showProblems(outcome.diagnostics)
        session.say(ImportListMessages.forgotten(path))
    }
}

enum ImportListMessages {
    static let none = LocalizedText(
        en: "No files were read with 'import' in this session.", nl: "Er zijn in deze sessie geen bestanden met 'lees' ingelezen.")

    static func counts(figures: Int, series: Int) -> LocalizedText {
        LocalizedText.counted(figures, en: ("figure", "figures"), nl: ("cijfer", "cijfers"))
            + LocalizedText(verbatim: ", ")
            + LocalizedText.counted(series, en: ("series", "series"), nl: ("reeks", "reeksen"))
    }

    static func noSuchImport(_ word: String, count: Int) -> LocalizedText {
        let shown = word.shownSafely
        return count == 0
            ? LocalizedText(en: "No import '\(shown)': no files were read with 'import' in this session.",
                            nl: "Geen inlezing '\(shown)': er zijn in deze sessie geen bestanden met 'lees' ingelezen.")
            : LocalizedText(en: "No import '\(shown)': give a number from 1 to \(count) or a path, as 'imports' lists them.",
                            nl: "Geen inlezing '\(shown)': geef een nummer van 1 tot en met \(count) of een pad, zoals 'inlezingen' ze toont.")
    }

    static func forgotten(_ path: String) -> LocalizedText {
        LocalizedText(en: "Took back \(path): its figures are gone.", nl: "\(path) teruggenomen: de cijfers ervan zijn weg.")
    }
}
