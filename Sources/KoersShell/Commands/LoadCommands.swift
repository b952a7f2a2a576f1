import KoersCore
import KoersRender

/// The commands about what is loaded: load, goals.
enum LoadCommands {
    static let load = CommandSpec(
        name: "load", dutchName: "laad",
        arguments: [ArgumentSpec("PATH", completion: .path, repeating: true)],
        summary: LocalizedText(en: "Load goal files (a file, or every .koers file in a directory)", nl: "Laad doelbestanden (een bestand, of elk .koers-bestand in een map)"),
        examples: ["load goals/almelo", "load goals/tutorial/voorbeeldstad.koers"]
    ) { session, invocation throws(CommandFailure) in
        try session.load(invocation.arguments)
    }

    static let goals = CommandSpec(
        name: "goals", dutchName: "doelen",
        options: [OutputFileOptions.formatWithWorkbook, OutputFileOptions.output],
        summary: LocalizedText(en: "List the goals: id, title, metric, baseline, target, deadline", nl: "Toon de doelen: id, titel, indicator, nulmeting, streefwaarde, deadline"),
        examples: ["goals", "doelen --format csv", "goals --format xlsx -o doelen.xlsx"]
    ) { session, invocation throws(CommandFailure) in
        guard !session.workspace.model.goals.isEmpty else {
            session.say(ShellMessages.nothingLoaded)
            return
        }
        let model = session.workspace.model
        if session.wantsWorkbook(invocation) { return try session.writeWorkbook([(WorkbookTables.goals(model), WorkbookMessages.goalsSheet)]) }
        let format = try session.format(invocation)
        guard format == .table else { return try session.show(WorkbookTables.goals(model), invocation) }
        session.print(GoalListing.table(model, language: session.language, width: session.style.width))
    }
}
