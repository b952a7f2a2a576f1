/// The one list of commands. Dispatch, `help`, completion and the non-interactive mode all
/// read it; each command is defined once, with its help, in its file under Commands/. The
/// commands marked `needingNoGoals` run in a folder without goal files too.
public enum CommandTable {
    public static let all: [CommandSpec] = [
        HelpText.command.needingNoGoals, LoadCommands.load.needingNoGoals, LoadCommands.goals,
        EvaluationCommands.status, EvaluationCommands.show, EvaluationCommands.why, EvaluationCommands.trend,
        EvaluationCommands.asOf, EvaluationCommands.diff, PolicyCommands.documents, PolicyCommands.find,
        CheckCommands.check, CheckCommands.explain, CheckCommands.draft.needingNoGoals, ReportCommand.spec,
        DataCommands.importFile, DataCommands.metrics, DataCommands.series, DataCommands.sources, DataCommands.conflicts,
        ImportListCommands.imports, ImportListCommands.forget,
    ] + EditingCommands.all + [
        SessionCommands.language.needingNoGoals, DisplayCommands.expanded.needingNoGoals, SessionCommands.quit.needingNoGoals,
    ]
}
