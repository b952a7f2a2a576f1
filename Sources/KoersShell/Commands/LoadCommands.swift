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
        summary: LocalizedText(en: "List the goals: id, title, metric, baseline, target, deadline", nl: "Toon de doelen: id, titel, indicator, nulmeting, streefwaarde, deadline"),
        examples: ["goals"]
    ) { session, _ throws(CommandFailure) in
        guard !session.workspace.model.goals.isEmpty else {
            session.say(ShellMessages.nothingLoaded)
            return
        }
        session.print(GoalListing.table(session.workspace.model, language: session.language, width: session.style.width))
    }
}
