import KoersCore

// The input of the council report: plain values, already evaluated and already worded in the
// report's language. The renderers only lay them out; they compute nothing about goals, so the
// evaluation and the vague-goal check stay the only sources of judgement.

/// A goal's status, in the order of `docs/evaluation.md`. The raw values are the JSON names.
/// Everything one council report shows.
public struct ReportModel: Sendable, Hashable {
    /// The report's heading, e.g. "Digitale dienstverlening Almelo — voortgang".
    public var title: String
    /// The language of every fixed word and of the number notation.
    public var language: Language
    /// The peildatum: the period the report judges as of, e.g. "2022" or "2022-Q3".
    public var asOf: String
    /// The period the status changes are counted from, e.g. "2022-Q2"; nil when there is none.
    public var previousPeriod: String?
    /// Shown only when given (`--generated-at`), so the same input gives the same bytes.
    public var generatedAt: String?
    /// Number of goals per status. Statuses left out count as zero.
    public var statusCounts: [GoalStatus: Int]
    /// Goals whose status differs from the one at `previousPeriod`.
    public var changes: [ReportStatusChange]
    /// Goals koers cannot judge, with the vague-goal findings that say why.
    public var unjudgeable: [ReportUnjudgeableGoal]
    /// One section per goal, in the order they appear in the report.
    public var goals: [ReportGoalSection]
    /// Every figure the report uses, with where it came from.
    public var appendix: [ReportFigureSource]
    /// The declared policy documents and what the council did with each; empty without any.
    public var documents: [ReportDocumentRow] = []
    /// The goals per programme, the goals without one last; empty when no programme is declared.
    public var programmes: [ReportProgrammeSection] = []
    /// Each goal is judged as of its own latest figure: there is no one earlier moment, so no
    /// status changes are counted, and the report says why.
    public var judgedAsOfLatestFigures = false

    public init(
        title: String,
        language: Language,
        asOf: String,
        previousPeriod: String? = nil,
        generatedAt: String? = nil,
        statusCounts: [GoalStatus: Int],
        changes: [ReportStatusChange] = [],
        unjudgeable: [ReportUnjudgeableGoal] = [],
        goals: [ReportGoalSection] = [],
        appendix: [ReportFigureSource] = []
    ) {
        self.title = title
        self.language = language
        self.asOf = asOf
        self.previousPeriod = previousPeriod
        self.generatedAt = generatedAt
        self.statusCounts = statusCounts
        self.changes = changes
        self.unjudgeable = unjudgeable
        self.goals = goals
        self.appendix = appendix
    }

    /// The counts per status of a list of goal sections, for when every goal has a section.
    public static func counts(of goals: [ReportGoalSection]) -> [GoalStatus: Int] {
        goals.reduce(into: [:]) { counts, goal in counts[goal.status, default: 0] += 1 }
    }
}

/// One row of the document overview, worded in the report's language.
public struct ReportDocumentRow: Sendable, Hashable {
    public var id: String
    public var title: String
    /// "budget"; empty when not recorded.
    public var kind: String
    /// "adopted by the council 2020-11-12", "not presented to the council".
    public var council: String
    /// "2021"; empty when not recorded.
    public var horizon: String
    /// "evaluated 2022-06 (Jaarverslag)" or "not evaluated".
    public var evaluated: String
    public var goals: Int
    public var judgeable: Int
    /// "1 overdue, 2 on track".
    public var statuses: String

    public init(id: String, title: String, kind: String, council: String, horizon: String, evaluated: String, goals: Int, judgeable: Int, statuses: String) {
        self.id = id
        self.title = title
        self.kind = kind
        self.council = council
        self.horizon = horizon
        self.evaluated = evaluated
        self.goals = goals
        self.judgeable = judgeable
        self.statuses = statuses
    }
}

/// A goal as a programme's table lists it.
public struct ReportProgrammeGoal: Sendable, Hashable {
    public var id: String
    public var title: String
    public var status: GoalStatus

    public init(id: String, title: String, status: GoalStatus) {
        self.id = id
        self.title = title
        self.status = status
    }
}

/// One programme's part of the report: who owns it, its theme, and its goals.
public struct ReportProgrammeSection: Sendable, Hashable {
    /// nil for the goals without a programme.
    public var id: String?
    /// The programme's title, or "Without a programme" in the report's language.
    public var title: String
    public var owner: String?
    public var theme: String?
    public var goals: [ReportProgrammeGoal]

    public init(id: String?, title: String, owner: String? = nil, theme: String? = nil, goals: [ReportProgrammeGoal]) {
        self.id = id
        self.title = title
        self.owner = owner
        self.theme = theme
        self.goals = goals
    }
}

/// A goal whose status changed since the previous report period.
public struct ReportStatusChange: Sendable, Hashable {
    public var id: String
    public var title: String
    public var from: GoalStatus
    public var to: GoalStatus

    public init(id: String, title: String, from: GoalStatus, to: GoalStatus) {
        self.id = id
        self.title = title
        self.from = from
        self.to = to
    }
}

/// A goal that cannot be judged, and why, in plain language.
public struct ReportUnjudgeableGoal: Sendable, Hashable {
    public var id: String
    public var title: String
    /// The vague-goal findings, one sentence each, e.g. "No target value is named."
    public var reasons: [String]

    public init(id: String, title: String, reasons: [String]) {
        self.id = id
        self.title = title
        self.reasons = reasons
    }
}

/// One goal's section of the report.
public struct ReportGoalSection: Sendable, Hashable {
    /// The goal's id in its goal file; also the anchor of its section.
    public var id: String
    /// The policy text, verbatim from the source document.
    public var title: String
    /// Where the policy text comes from, e.g. "Programmabegroting 2021, p. 12"; nil when unknown.
    public var source: String?
    public var status: GoalStatus
    /// The status in one plain sentence, e.g. "Behind schedule: 52.100 in 2022 where 52.500 was expected."
    public var statusSentence: String
    public var figures: ReportKeyFigures
    /// The chart of the series; nil when there is nothing to draw (no series, no data).
    public var chart: ReportChartSpec?
    /// The vague-goal rules and whether this goal passes each.
    public var checklist: [ReportChecklistItem]

    public init(
        id: String,
        title: String,
        source: String? = nil,
        status: GoalStatus,
        statusSentence: String,
        figures: ReportKeyFigures = ReportKeyFigures(),
        chart: ReportChartSpec? = nil,
        checklist: [ReportChecklistItem] = []
    ) {
        self.id = id
        self.title = title
        self.source = source
        self.status = status
        self.statusSentence = statusSentence
        self.figures = figures
        self.chart = chart
        self.checklist = checklist
    }
}

/// A figure as the reader sees it, plus its number where it has one.
public struct ReportFigure: Sendable, Hashable {
    /// Preformatted in the report's language, e.g. "49.525 (2020)" or "not at the current trend".
    public var text: String
    /// The number behind the text; nil for figures that are not a number (a period, "yes").
    public var value: Double?

    public init(_ text: String, value: Double? = nil) {
        self.text = text
        self.value = value
    }
}

/// The key figures of the evaluation; nil where the evaluation has none.
public struct ReportKeyFigures: Sendable, Hashable {
    public var baseline: ReportFigure?
    public var target: ReportFigure?
    public var current: ReportFigure?
    /// Where the goal should be now on the straight road.
    public var expected: ReportFigure?
    /// The least-squares projection at the deadline.
    public var projected: ReportFigure?
    /// The period in which the target is reached at the current trend.
    public var reached: ReportFigure?

    public init(
        baseline: ReportFigure? = nil,
        target: ReportFigure? = nil,
        current: ReportFigure? = nil,
        expected: ReportFigure? = nil,
        projected: ReportFigure? = nil,
        reached: ReportFigure? = nil
    ) {
        self.baseline = baseline
        self.target = target
        self.current = current
        self.expected = expected
        self.projected = projected
        self.reached = reached
    }
}

/// A value at a moment: a period's label and its position `t` on the time axis (the end of the
/// period in fractional years, `t(2020) = 2021.0`).
public struct ReportChartPoint: Sendable, Hashable {
    public var period: String
    public var t: Double
    public var value: Double
    /// Drawn hollow and labelled with `*`.
    public var provisional: Bool

    public init(period: String, t: Double, value: Double, provisional: Bool = false) {
        self.period = period
        self.t = t
        self.value = value
        self.provisional = provisional
    }
}

/// A moment on the time axis with its period label.
public struct ReportChartMoment: Sendable, Hashable {
    public var period: String
    public var t: Double

    public init(period: String, t: Double) {
        self.period = period
        self.t = t
    }
}

/// What a goal's chart shows. Points with a non-finite value or time are left out.
public struct ReportChartSpec: Sendable, Hashable {
    /// The series in words, e.g. "Digital requests"; starts the chart's text alternative.
    public var seriesName: String
    /// Written right after every value, e.g. "%" or " days"; empty for counts.
    public var valueSuffix: String
    /// The observations from the baseline up to the as-of period, in time order.
    public var observations: [ReportChartPoint]
    /// The baseline point, marked on the chart.
    public var baseline: ReportChartPoint?
    /// The straight road: baseline, then the target at the deadline. Empty when there is no road.
    public var road: [ReportChartPoint]
    /// The projection line, usually from the baseline to the deadline. Empty when there is none.
    public var projection: [ReportChartPoint]
    /// The target value, drawn as a horizontal line.
    public var target: Double?
    /// The deadline, drawn as a vertical line.
    public var deadline: ReportChartMoment?

    public init(
        seriesName: String,
        valueSuffix: String = "",
        observations: [ReportChartPoint],
        baseline: ReportChartPoint? = nil,
        road: [ReportChartPoint] = [],
        projection: [ReportChartPoint] = [],
        target: Double? = nil,
        deadline: ReportChartMoment? = nil
    ) {
        self.seriesName = seriesName
        self.valueSuffix = valueSuffix
        self.observations = observations
        self.baseline = baseline
        self.road = road
        self.projection = projection
        self.target = target
        self.deadline = deadline
    }
}

/// One vague-goal rule applied to one goal.
public struct ReportChecklistItem: Sendable, Hashable {
    /// The rule in a few words, e.g. "Names a target value".
    public var criterion: String
    public var passed: Bool
    /// Why it passes or fails, in plain language.
    public var explanation: String

    public init(criterion: String, passed: Bool, explanation: String) {
        self.criterion = criterion
        self.passed = passed
        self.explanation = explanation
    }
}

/// One figure in the appendix with its provenance, so a reader can find the row it came from.
public struct ReportFigureSource: Sendable, Hashable {
    /// The series, e.g. "digitale_aanvragen[productgroep=Vergunningen]".
    public var series: String
    public var period: String
    public var value: Double
    public var provisional: Bool
    /// The data file (or goal file, for a baseline given there).
    public var file: String
    /// The row (or line) in that file; nil when not known.
    public var row: Int?
    /// The column in that file; nil when not known.
    public var column: Int?
    /// The file's content hash, e.g. "sha256:…".
    public var contentHash: String

    public init(
        series: String,
        period: String,
        value: Double,
        provisional: Bool = false,
        file: String,
        row: Int? = nil,
        column: Int? = nil,
        contentHash: String
    ) {
        self.series = series
        self.period = period
        self.value = value
        self.provisional = provisional
        self.file = file
        self.row = row
        self.column = column
        self.contentHash = contentHash
    }
}
