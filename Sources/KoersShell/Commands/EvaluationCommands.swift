import KoersCore
import KoersRender

/// The commands that answer "where do we stand": status, show, why, trend, asof, diff.
enum EvaluationCommands {
    static let formatOption = OptionSpec(
        "format", value: "FORMAT", completion: .fixed(OutputFormat.allCases.map(\.rawValue)),
        help: LocalizedText(en: "table (default), json, csv or markdown", nl: "table (standaard), json, csv of markdown"))
    static let asOfOption = OptionSpec(
        "asof", value: "PERIOD", completion: .asOf,
        help: LocalizedText(
            en: "judge as of this period, 'latest' (each goal's latest figure) or 'today' instead of the session's peildatum",
            nl: "beoordeel per deze periode, 'laatste' (het laatste cijfer van elk doel) of 'vandaag' in plaats van de peildatum van de sessie"))
    static let failOnOption = OptionSpec(
        "fail-on", value: "STATUS", completion: .fixed(["at-risk", "off-track", "overdue", "missed"]),
        help: LocalizedText(
            en: "exit with code 1 when a goal has this status or a worse one (at-risk < off-track < overdue < missed)",
            nl: "eindig met code 1 als een doel deze of een slechtere status heeft (at-risk < off-track < overdue < missed)"))

    static let status = CommandSpec(
        name: "status", dutchName: "stand",
        arguments: [PolicyCommands.goalsOrStatuses],
        options: [OutputFileOptions.formatWithWorkbook, asOfOption, failOnOption, PolicyCommands.byOption] + PolicyCommands.filterOptions
            + [PolicyCommands.sortOption, DisplayCommands.expandedOption, OutputFileOptions.output],
        summary: LocalizedText(en: "The dashboard: every goal's status, figures and progress", nl: "Het dashboard: status, cijfers en voortgang van elk doel"),
        examples: ["status", "status --asof 2021", "status --format json --fail-on off-track", "status --by programme",
                   "status --by eigenaar --document programmabegroting-2021", "status --format xlsx -o stand.xlsx",
                   "status off-track at-risk --sort deadline", "stand achter-op-schema --programme dienstverlening --sorteer deadline", "status digital-*"]
    ) { session, invocation throws(CommandFailure) in
        let links = PolicyLinks(model: session.workspace.model)
        let filter = try session.goalFilter(invocation, words: invocation.arguments)
        var set = links.filtered(try session.evaluations(invocation), filter)
        // No goal kept is an answer (no goal off track), not a failure; JSON and CSV stay empty documents.
        if !filter.isEmpty, set.evaluations.isEmpty, try session.format(invocation) == .table, !session.wantsWorkbook(invocation) {
            return session.print(PolicyShellMessages.noGoalMatches.text(in: session.language))
        }
        if let order = try session.goalOrder(invocation) { set = order.sorted(set) }
        if session.wantsWorkbook(invocation) {
            try session.writeWorkbook([(WorkbookTables.status(set), WorkbookMessages.statusSheet)])
        } else if let grouping = try session.grouping(invocation) {
            session.print(GroupedDashboard.render(
                links.groups(set, by: grouping), asOf: set.asOf, language: session.language, style: session.style, format: try session.format(invocation)))
        } else {
            let format = try session.format(invocation)
            let expanded = session.expanded(invocation)
            session.print { emit in
                StatusDashboard.write(set, language: session.language, style: session.style, format: format, expanded: expanded, to: emit)
            }
        }
        let threshold = try invocation.option("fail-on").map { text throws(CommandFailure) in try GoalStatus.parseThreshold(text) } ?? session.failOn
        if let threshold, set.fails(threshold: threshold) {
            throw CommandFailure(ShellMessages.failOnReached(threshold.rawValue), exitCode: ExitCode.commandFailed, isVerdict: true)
        }
    }

    static let show = CommandSpec(
        name: "show", dutchName: "toon",
        arguments: [ArgumentSpec("GOAL", completion: .goal)],
        options: [formatOption, asOfOption, OutputFileOptions.output],
        summary: LocalizedText(en: "One goal in depth: source, figures, chart and status", nl: "Eén doel in detail: bron, cijfers, grafiek en status"),
        examples: ["show meer-volume-online", "toon klanten-waarderen-goed", "show meer-volume-online --format json"]
    ) { session, invocation throws(CommandFailure) in
        let goal = try session.goal(invocation.arguments[0])
        let set = try session.evaluations(invocation)
        guard let evaluation = set[goal.id] else { return }
        let format = try session.format(invocation)
        var text = GoalDetail.render(evaluation, language: session.language, style: session.style, format: format)
        if format == .table {
            let extra = GoalListing.annotations(goal, language: session.language, width: session.style.isTerminal ? session.style.width : nil)
            if !extra.isEmpty { text += "\n\n" + extra }
            let findings = VagueGoalCheck.findings(for: goal, in: session.workspace.model, options: try session.checkOptions, evaluation: evaluation)
            text += "\n\n" + CheckRenderer.renderChecklist(
                GoalChecklist(findings: findings), format: .table, language: session.language, symbols: session.checkSymbols)
        }
        session.print(text)
    }

    static let why = CommandSpec(
        name: "why", dutchName: "waarom",
        arguments: [ArgumentSpec("GOAL", completion: .goal)],
        options: [asOfOption, OutputFileOptions.output],
        summary: LocalizedText(en: "Why a goal has its status: the computation step by step, with sources", nl: "Waarom een doel deze status heeft: de berekening stap voor stap, met bronnen"),
        examples: ["why meer-volume-online", "waarom meer-volume-online --asof 2020"]
    ) { session, invocation throws(CommandFailure) in
        let goal = try session.goal(invocation.arguments[0])
        guard let evaluation = try session.evaluations(invocation)[goal.id] else { return }
        session.print(Explanation.render(evaluation, sources: session.workspace.model.store, language: session.language, style: session.style))
    }

    static let trend = CommandSpec(
        name: "trend", dutchName: "verloop",
        arguments: [ArgumentSpec("GOAL|METRIC", completion: .goalOrSeries)],
        options: [asOfOption, formatOption, OutputFileOptions.output],
        summary: LocalizedText(en: "A series over time as a chart, with target and deadline for a goal", nl: "Een reeks door de tijd als grafiek, met streefwaarde en deadline bij een doel"),
        details: LocalizedText(
            en: "With --format json, csv or markdown: the figures of the series as a table, as 'series' gives them, up to the peildatum as the chart shows them.",
            nl: "Met --format json, csv of markdown: de cijfers van de reeks als tabel, zoals 'reeks' ze geeft, tot de peildatum zoals de grafiek ze toont."),
        examples: ["trend meer-volume-online", "trend digitale_aanvragen", "trend digitale_aanvragen{productgroep=Vergunningen}", "trend digitale_aanvragen --format csv"]
    ) { session, invocation throws(CommandFailure) in
        let name = invocation.arguments[0]
        let model = session.workspace.model
        let format = try session.format(invocation)
        // The figures up to the peildatum asked for, in every format, as the goal is judged.
        let through = try session.requestedAsOf(invocation).sharedMoment?.t
        if let goal = model.goal(name), let evaluation = try session.evaluations(invocation)[goal.id] {
            guard format == .table else {
                return try session.show(DataListing.figures(goal.metric.map { [$0] } ?? [], model: model, through: through), invocation)
            }
            let series = goal.metric.map { model.observations($0) } ?? []
            session.print(TrendView.render(evaluation, series: series, language: session.language, style: session.style))
            return
        }
        guard let key = SeriesKey(parsing: name), model.metric(key.metric) != nil || !model.observations(key).isEmpty else {
            let suggestion = Suggestion.closest(to: name, among: model.goals.map(\.id) + model.metrics.map(\.id))
            throw CommandFailure(ShellMessages.unknownGoalOrMetric(name, suggestion: suggestion))
        }
        guard format == .table else { return try session.show(DataListing.figures([key], model: model, through: through), invocation) }
        let series = model.observations(key).filter { observation in through.map { Tolerance.atMost(observation.period.end, $0) } ?? true }
        session.print(TrendView.render(
            series: series, key: key, unit: model.metric(key.metric)?.unit, unitName: model.metric(key.metric)?.unitName,
            language: session.language, style: session.style))
    }

    static let asOf = CommandSpec(
        name: "asof", dutchName: "peildatum",
        arguments: [ArgumentSpec("PERIOD|latest|today", completion: .asOf, optional: true)],
        summary: LocalizedText(
            en: "Judge everything as of a period (the peildatum; today by default); 'asof latest' judges each goal by its latest figure, 'asof today' goes back to today",
            nl: "Beoordeel alles per een periode (de peildatum; standaard vandaag); 'peildatum laatste' beoordeelt elk doel naar zijn laatste cijfer, 'peildatum vandaag' gaat terug naar vandaag"),
        examples: ["asof 2021", "asof 2023-Q2", "asof latest", "asof today"]
    ) { session, invocation throws(CommandFailure) in
        if let word = invocation.arguments.first {
            let asOf = try session.parseAsOf(word)
            session.asOf = asOf == .today(session.currentDate) ? nil : asOf
        }
        session.say(ShellMessages.currentAsOf(session.peildatum))
    }

    static let diff = CommandSpec(
        name: "diff", dutchName: "verschil",
        arguments: [ArgumentSpec("FROM", completion: .period), ArgumentSpec("TO", completion: .period, optional: true)],
        options: [formatOption, OutputFileOptions.output],
        summary: LocalizedText(
            en: "Which goals changed status or figure between two periods, and how far the figures moved (TO: the session's peildatum, today by default)",
            nl: "Welke doelen van status of cijfer veranderden tussen twee perioden, en hoeveel de cijfers bewogen (TOT: de peildatum van de sessie, standaard vandaag)"),
        examples: ["diff 2021 2022", "diff 2023-Q1 2023-Q2 --format markdown", "diff 2024"]
    ) { session, invocation throws(CommandFailure) in
        let from = AsOf.period(try session.period(invocation.arguments[0]))
        let to = try invocation.arguments.dropFirst().first.map { text throws(CommandFailure) in AsOf.period(try session.period(text)) }
            ?? session.peildatum
        let difference = EvaluationDiff(earlier: session.evaluations(asOf: from), later: session.evaluations(asOf: to))
        session.print(DiffView.render(difference, language: session.language, style: session.style, format: try session.format(invocation)))
    }
}

extension GoalStatus {
    /// A `--fail-on` value: only the statuses that mean trouble.
    static func parseThreshold(_ text: String) throws(CommandFailure) -> GoalStatus {
        guard let status = GoalStatus(rawValue: text.lowercased()), status.concernLevel != nil else {
            throw CommandFailure(
                ShellMessages.invalidOptionValue("fail-on", value: text, allowed: ["at-risk", "off-track", "overdue", "missed"]), exitCode: ExitCode.usage)
        }
        return status
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

    /// The evaluations a query asks for: `--asof`, else the session's peildatum (today unless set).
    func evaluations(_ invocation: Invocation) throws(CommandFailure) -> EvaluationSet {
        evaluations(asOf: try requestedAsOf(invocation))
    }

    /// `--asof`, else the session's peildatum.
    func requestedAsOf(_ invocation: Invocation) throws(CommandFailure) -> AsOf {
        try invocation.option("asof").map { text throws(CommandFailure) in try parseAsOf(text) } ?? peildatum
    }

    /// A peildatum as typed: `latest`, `today` (in either language) or a period.
    func parseAsOf(_ word: String) throws(CommandFailure) -> AsOf {
        switch word.lowercased() {
        case "latest", "laatste", "-": .latest
        case "today", "vandaag": .today(currentDate)
        default: .period(try period(word))
        }
    }

    /// `--format`, else the format given on koers's command line, else a table.
    func format(_ invocation: Invocation) throws(CommandFailure) -> OutputFormat {
        guard let text = invocation.option("format") else { return defaultFormat }
        guard let format = OutputFormat(rawValue: text.lowercased()) else {
            throw CommandFailure(ShellMessages.invalidOptionValue("format", value: text, allowed: OutputFormat.allCases.map(\.rawValue)), exitCode: ExitCode.usage)
        }
        return format
    }

    /// A peildatum (`asof`, `--asof`, `diff`): a period that has begun. A later one would
    /// judge every goal by a deadline nobody has reached yet (`asof 2099`: all missed).
    func period(_ text: String) throws(CommandFailure) -> Period {
        guard let parsed = Period.parse(text), !parsed.provisional else {
            throw CommandFailure(ShellMessages.invalidPeriod(text), exitCode: ExitCode.usage)
        }
        guard Tolerance.below(parsed.period.start, today.end) else {
            throw CommandFailure(ShellMessages.futurePeriod(parsed.period, today: currentDate), exitCode: ExitCode.usage)
        }
        return parsed.period
    }
}
