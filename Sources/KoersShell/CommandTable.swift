import KoersCore
import KoersRender

/// The one list of commands. Dispatch, `help`, completion and the non-interactive mode all
/// read it; a command is defined here and nowhere else.
public enum CommandTable {
    public static let all: [CommandSpec] = [
        help, load, goals,
        EvaluationCommands.status, EvaluationCommands.show, EvaluationCommands.why, EvaluationCommands.trend,
        EvaluationCommands.asOf, EvaluationCommands.diff,
        CheckCommands.check, CheckCommands.explain, CheckCommands.draft, ReportCommand.spec,
        DataCommands.importFile, DataCommands.metrics, DataCommands.series, DataCommands.sources, DataCommands.conflicts,
    ] + EditingCommands.all + [language, quit]

    static let help = CommandSpec(
        name: "help", dutchName: "hulp", aliases: ["?"],
        arguments: [ArgumentSpec("COMMAND", completion: .command, optional: true)],
        summary: LocalizedText(en: "List the commands, or explain one", nl: "Toon de opdrachten, of leg er één uit"),
        examples: ["help", "help show"]
    ) { session, invocation throws(CommandFailure) in
        if let topic = invocation.arguments.first {
            guard let spec = session.command(named: topic) else {
                let suggestion = Suggestion.closest(to: topic.lowercased(), among: session.commands.flatMap(\.allNames))
                throw CommandFailure(ShellMessages.unknownHelpTopic(topic, suggestion: suggestion))
            }
            session.print(HelpText.detail(of: spec, in: session.language))
        } else {
            session.print(HelpText.overview(of: session.commands, in: session.language))
        }
    }

    static let load = CommandSpec(
        name: "load", dutchName: "laad",
        arguments: [ArgumentSpec("PATH", completion: .path, repeating: true)],
        summary: LocalizedText(en: "Load goal files (a file, or every .koers file in a directory)", nl: "Laad doelbestanden (een bestand, of elk .koers-bestand in een map)"),
        examples: ["load goals/almelo", "load goals/tutorial/voorbeeldstad.koers"]
    ) { session, invocation throws(CommandFailure) in
        try session.refuseLoadingOverEdits(invocation.arguments)
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

    static let language = CommandSpec(
        name: "lang", dutchName: "taal",
        arguments: [ArgumentSpec("nl|en", completion: .language)],
        summary: LocalizedText(en: "Switch the interface language (nl or en)", nl: "Wissel de taal (nl of en)"),
        examples: ["lang nl", "taal en"]
    ) { session, invocation throws(CommandFailure) in
        guard let language = Language(rawValue: invocation.arguments[0].lowercased()) else {
            throw CommandFailure(ShellMessages.unknownLanguage(invocation.arguments[0]), exitCode: ExitCode.usage)
        }
        session.language = language
        session.say(ShellMessages.languageSet(language))
    }

    static let quit = CommandSpec(
        name: "quit", dutchName: "stop", aliases: ["exit"],
        summary: LocalizedText(en: "Leave koers (Ctrl-D does the same)", nl: "Verlaat koers (Ctrl-D doet hetzelfde)"),
        examples: ["quit"]
    ) { session, _ throws(CommandFailure) in
        session.quitRequested = true
    }
}

extension ShellSession {
    /// The goal with this id, or a failure that suggests the closest id.
    public func goal(_ id: String) throws(CommandFailure) -> Goal {
        let model = workspace.model
        if let goal = model.goal(id) { return goal }
        let suggestion = Suggestion.closest(to: id, among: model.goals.map(\.id))
        throw CommandFailure(ShellMessages.unknownGoal(id, suggestion: suggestion))
    }
}
