import KoersCore

/// Every word the evaluation views show, in English and Dutch.
public enum RenderMessages {
    // MARK: Statuses

    public static func status(_ status: GoalStatus) -> LocalizedText {
        switch status {
        case .notEvaluable: LocalizedText(en: "not evaluable", nl: "niet te beoordelen")
        case .noData: LocalizedText(en: "no data", nl: "geen gegevens")
        case .achieved: LocalizedText(en: "achieved", nl: "behaald")
        case .missed: LocalizedText(en: "missed", nl: "niet gehaald")
        case .overdue: LocalizedText(en: "overdue", nl: "over tijd")
        case .pending: LocalizedText(en: "pending", nl: "nog niet")
        case .onTrack: LocalizedText(en: "on track", nl: "op koers")
        case .atRisk: LocalizedText(en: "at risk", nl: "risico")
        case .offTrack: LocalizedText(en: "off track", nl: "achter op schema")
        }
    }

    /// The status as a group heading or summary item ("3 on track", "2 without data").
    public static func statusCount(_ status: GoalStatus, _ count: Int) -> LocalizedText {
        switch status {
        case .noData: LocalizedText(en: "\(count) without data", nl: "\(count) zonder gegevens")
        default:
            LocalizedText(verbatim: "\(count) ") + RenderMessages.status(status)
        }
    }

    /// The kind of a source file in `sources`; the formats are named as they are spelled.
    public static func sourceKind(_ kind: DataSource.Kind) -> LocalizedText {
        switch kind {
        case .goalFile: LocalizedText(en: "goal-file", nl: "doelbestand")
        case .csv, .xlsx: LocalizedText(verbatim: kind.rawValue)
        }
    }

    public static func goalCount(_ count: Int) -> LocalizedText {
        count == 1 ? LocalizedText(en: "1 goal", nl: "1 doel") : LocalizedText(en: "\(count) goals", nl: "\(count) doelen")
    }

    public static func dashboardTitle(asOf: AsOf) -> LocalizedText {
        switch asOf {
        case .latest: LocalizedText(en: "Goals as of their latest figures", nl: "Doelen volgens de laatste cijfers")
        case let .today(date): LocalizedText(en: "Goals as of today, \(date)", nl: "Doelen per vandaag, \(date)")
        case let .period(period): LocalizedText(en: "Goals as of \(period)", nl: "Doelen per peildatum \(period)")
        }
    }

    public static let noGoals = LocalizedText(en: "No goals loaded.", nl: "Geen doelen geladen.")

    // MARK: What is missing

    /// "2022 so far: 2 of 4 quarters, 26,420".
    public static func partialPeriod(_ partial: PartialPeriod, value: String?) -> LocalizedText {
        let (en, nl) = partsWords(partial.parts, partial.total)
        let tail = value.map { ", " + $0 } ?? ""
        return LocalizedText(
            en: "\(partial.period) so far: \(partial.count) of \(partial.total) \(en)\(tail)",
            nl: "\(partial.period) tot nu toe: \(partial.count) van \(partial.total) \(nl)\(tail)")
    }

    private static func partsWords(_ granularity: Granularity, _ count: Int) -> (en: String, nl: String) {
        switch granularity {
        case .year: count == 1 ? ("year", "jaar") : ("years", "jaren")
        case .halfYear: count == 1 ? ("half-year", "halfjaar") : ("half-years", "halfjaren")
        case .quarter: count == 1 ? ("quarter", "kwartaal") : ("quarters", "kwartalen")
        case .month: count == 1 ? ("month", "maand") : ("months", "maanden")
        }
    }

    public static func aggregationNote(_ note: AggregationNote, _ format: (Double) -> String) -> LocalizedText {
        switch note {
        case let .finerFiguresNotCombined(granularity):
            let (en, nl) = partsWords(granularity, 2)
            return LocalizedText(
                en: "figures per \(RenderMessages.granularity(granularity).en) are not used: the metric has no rule to combine \(en) (write combine sum, mean or last if they can be combined)",
                nl: "cijfers per \(RenderMessages.granularity(granularity).nl) worden niet gebruikt: de indicator heeft geen regel om \(nl) samen te voegen (schrijf samenvoegen optellen, gemiddelde of laatste als dat kan)")
        case let .publishedDiffersFromParts(period, published, combined):
            return LocalizedText(
                en: "warning: the figure published for \(period) (\(format(published))) differs from its parts combined (\(format(combined))); the published one is used",
                nl: "waarschuwing: het cijfer voor \(period) (\(format(published))) wijkt af van zijn delen samen (\(format(combined))); het gepubliceerde cijfer telt")
        }
    }

    public static func combinedFrom(_ rule: CombineRule, count: Int, parts: Granularity) -> LocalizedText {
        let (en, nl) = partsWords(parts, count)
        switch rule {
        case .sum: return LocalizedText(en: "the sum of \(count) \(en)", nl: "de som van \(count) \(nl)")
        case .mean: return LocalizedText(en: "the mean of \(count) \(en)", nl: "het gemiddelde van \(count) \(nl)")
        case .last, .none: return LocalizedText(en: "the last of \(count) \(en)", nl: "het laatste van \(count) \(nl)")
        }
    }

    public static func noData(_ reason: NoDataReason, baseline: Period?) -> LocalizedText {
        switch reason {
        case let .noBaselineFigure(period):
            return LocalizedText(en: "no figure for the baseline \(period)", nl: "geen cijfer voor de nulmeting \(period)")
        case .noFigureAfterBaseline:
            guard let baseline else { return LocalizedText(en: "no figures", nl: "geen cijfers") }
            return LocalizedText(en: "no figure after the baseline \(baseline)", nl: "geen cijfer na de nulmeting \(baseline)")
        }
    }

    // MARK: Values

    public static let yes = LocalizedText(en: "yes", nl: "ja")
    public static let no = LocalizedText(en: "no", nl: "nee")
    public static let provisional = LocalizedText(en: "provisional", nl: "voorlopig")
    public static let none = LocalizedText(en: "none", nl: "geen")

    // MARK: Fields of `show`

    public static let fieldSource = LocalizedText(en: "Source", nl: "Bron")
    public static let fieldOwner = LocalizedText(en: "Owner", nl: "Eigenaar")
    public static let fieldStatus = LocalizedText(en: "Status", nl: "Status")
    public static let fieldSeries = LocalizedText(en: "Metric", nl: "Indicator")
    public static let fieldAsOf = LocalizedText(en: "As of", nl: "Peildatum")
    public static let fieldBaseline = LocalizedText(en: "Baseline", nl: "Nulmeting")
    public static let fieldTarget = LocalizedText(en: "Target", nl: "Streefwaarde")
    public static let fieldDeadline = LocalizedText(en: "Deadline", nl: "Deadline")
    public static let fieldCurrent = LocalizedText(en: "Current", nl: "Huidig")
    public static let fieldProgress = LocalizedText(en: "Progress", nl: "Voortgang")
    public static let fieldElapsed = LocalizedText(en: "Time elapsed", nl: "Tijd verstreken")
    public static let fieldExpected = LocalizedText(en: "Expected", nl: "Verwacht")
    public static let fieldProjected = LocalizedText(en: "Projected", nl: "Prognose")
    public static let fieldReached = LocalizedText(en: "Reached", nl: "Gehaald in")
    public static let fieldMilestones = LocalizedText(en: "Milestones", nl: "Mijlpalen")
    public static let fieldJudged = LocalizedText(en: "Judged on", nl: "Beoordeeld op")
    public static let fieldMissing = LocalizedText(en: "Missing", nl: "Ontbreekt")
    public static let fieldConflicts = LocalizedText(en: "Conflict", nl: "Conflict")

    /// A figure the judgement used that two sources disagree about, neither winning.
    static func conflictNote(_ period: Period, used: String, other: String?) -> LocalizedText {
        let otherEn = other.map { "another gives \($0)" } ?? "another gives none"
        let otherNl = other.map { "een andere geeft \($0)" } ?? "een andere geeft geen"
        return LocalizedText(
            en: "the sources disagree on \(period): this judgement uses \(used), \(otherEn); settle it with `priority` on a data declaration or fix a file (see `conflicts`)",
            nl: "de bronnen zijn het oneens over \(period): dit oordeel gebruikt \(used), \(otherNl); beslis het met `voorrang` bij een gegevensblok of verbeter een bestand (zie `conflicts`)")
    }

    static let whyUsed = LocalizedText(en: "used", nl: "gebruikt")
    static let whyOther = LocalizedText(en: "other", nl: "andere")
    public static let fieldCombined = LocalizedText(en: "Made from", nl: "Samengesteld")
    public static let fieldSoFar = LocalizedText(en: "So far", nl: "Tot nu toe")
    public static let fieldNotes = LocalizedText(en: "Notes", nl: "Opmerkingen")
    public static let fieldGoal = LocalizedText(en: "Goal", nl: "Doel")
    public static let fieldBefore = LocalizedText(en: "Before", nl: "Eerst")
    public static let fieldAfter = LocalizedText(en: "After", nl: "Daarna")

    public static func asOfValue(_ moment: AsOfMoment?) -> LocalizedText {
        switch moment {
        case nil: none
        case let .date(date)?: LocalizedText(en: "\(date) (today)", nl: "\(date) (vandaag)")
        case let .latestFigure(period)?: LocalizedText(en: "\(period) (latest figure)", nl: "\(period) (laatste cijfer)")
        case let .period(period)?: LocalizedText(verbatim: period.description)
        }
    }

    public static func inPeriod(_ value: String, _ period: Period) -> LocalizedText {
        LocalizedText(en: "\(value) in \(period)", nl: "\(value) in \(period)")
    }

    public static func byDeadline(_ target: String, _ deadline: Period?) -> LocalizedText {
        guard let deadline else { return LocalizedText(verbatim: target) }
        return LocalizedText(en: "\(target) by \(deadline)", nl: "\(target) uiterlijk \(deadline)")
    }

    /// A dashboard line that cannot show figures, with the target the goal states.
    public static func reasonWithTarget(_ reason: LocalizedText, target: String) -> LocalizedText {
        reason + LocalizedText(en: "; target \(target)", nl: "; streefwaarde \(target)")
    }

    public static func statedTarget(_ stated: String) -> LocalizedText {
        LocalizedText(en: "(stated: \(stated))", nl: "(opgegeven: \(stated))")
    }

    public static func progressValue(_ percent: String) -> LocalizedText {
        LocalizedText(en: "\(percent) of the way from baseline to target", nl: "\(percent) van de weg van nulmeting naar streefwaarde")
    }

    public static func elapsedValue(_ percent: String) -> LocalizedText {
        LocalizedText(en: "\(percent) of the time from baseline to deadline", nl: "\(percent) van de tijd van nulmeting tot deadline")
    }

    public static func projectedValue(_ value: String, _ deadline: Period, slope: String) -> LocalizedText {
        LocalizedText(
            en: "\(value) in \(deadline) at the current trend (\(slope) per year)",
            nl: "\(value) in \(deadline) bij de huidige trend (\(slope) per jaar)"
        )
    }

    public static let notAtCurrentTrend = LocalizedText(en: "not at the current trend", nl: "niet bij de huidige trend")
    public static let noProjection = LocalizedText(
        en: "no trend: fewer than two figures", nl: "geen trend: minder dan twee cijfers"
    )

    public static func milestone(_ period: Period, _ target: String, observed: String?, met: Bool?) -> LocalizedText {
        switch (observed, met) {
        case let (observed?, true?):
            LocalizedText(en: "\(period) \(target): met (\(observed))", nl: "\(period) \(target): gehaald (\(observed))")
        case let (observed?, false?):
            LocalizedText(en: "\(period) \(target): not met (\(observed))", nl: "\(period) \(target): niet gehaald (\(observed))")
        default:
            LocalizedText(en: "\(period) \(target): ahead", nl: "\(period) \(target): nog te gaan")
        }
    }

    public static let holdTheLevel = LocalizedText(
        en: "(the target was already met at the baseline: the goal is to hold the level)",
        nl: "(de streefwaarde was bij de nulmeting al gehaald: het doel is het niveau vast te houden)"
    )

    // MARK: Status sentences

    /// How late a reached period is compared with the deadline: "a year late", "3 quarters late".
    public static func late(_ periods: Int, _ granularity: Granularity) -> LocalizedText {
        let one: LocalizedText
        let many: LocalizedText
        switch granularity {
        case .year:
            one = LocalizedText(en: "a year", nl: "een jaar")
            many = LocalizedText(en: "\(periods) years", nl: "\(periods) jaar")
        case .halfYear:
            one = LocalizedText(en: "half a year", nl: "een halfjaar")
            many = LocalizedText(en: "\(periods) half-years", nl: "\(periods) halfjaren")
        case .quarter:
            one = LocalizedText(en: "a quarter", nl: "een kwartaal")
            many = LocalizedText(en: "\(periods) quarters", nl: "\(periods) kwartalen")
        case .month:
            one = LocalizedText(en: "a month", nl: "een maand")
            many = LocalizedText(en: "\(periods) months", nl: "\(periods) maanden")
        }
        return (periods == 1 ? one : many) + LocalizedText(en: " late", nl: " te laat")
    }

    public static func sentenceOnTrack(current: String, period: Period, expected: String) -> LocalizedText {
        LocalizedText(
            en: "On track: \(current) in \(period) where \(expected) was expected",
            nl: "Op koers: \(current) in \(period) waar \(expected) werd verwacht"
        )
    }

    public static func sentenceBehind(current: String, period: Period, expected: String) -> LocalizedText {
        LocalizedText(
            en: "Behind schedule: \(current) in \(period) where \(expected) was expected",
            nl: "Achter op schema: \(current) in \(period) waar \(expected) werd verwacht"
        )
    }

    public static func trendReaches(_ period: Period) -> LocalizedText {
        LocalizedText(
            en: "; at the current trend the target is reached in \(period)",
            nl: "; bij de huidige trend wordt de streefwaarde in \(period) gehaald"
        )
    }

    public static let trendOnTime = LocalizedText(en: ", in time.", nl: ", op tijd.")
    public static func trendLate(_ late: LocalizedText) -> LocalizedText {
        LocalizedText(verbatim: ", ") + late + LocalizedText(verbatim: ".")
    }

    public static let trendNever = LocalizedText(
        en: "; at the current trend the target is not reached.",
        nl: "; bij de huidige trend wordt de streefwaarde niet gehaald."
    )
    public static let trendUnknown = LocalizedText(
        en: "; there are too few figures for a trend.", nl: "; er zijn te weinig cijfers voor een trend."
    )

    public static func sentenceAchieved(current: String, period: Period, target: String) -> LocalizedText {
        LocalizedText(
            en: "Achieved: \(current) in \(period) meets the target of \(target).",
            nl: "Behaald: \(current) in \(period) haalt de streefwaarde van \(target)."
        )
    }

    /// "Overdue: deadline 2024 passed; no figure for 2024 yet; the last, 52.100 in 2022, falls short of 54.477,5."
    public static func sentenceOverdue(last: String?, period: Period?, target: String, deadline: Period) -> LocalizedText {
        let opening = LocalizedText(
            en: "Overdue: deadline \(deadline) passed; no figure for \(deadline) yet; ",
            nl: "Over tijd: deadline \(deadline) verstreken; nog geen cijfer voor \(deadline); ")
        guard let last, let period else {
            return opening + LocalizedText(en: "no figure since the baseline.", nl: "geen cijfer sinds de nulmeting.")
        }
        return opening + LocalizedText(
            en: "the last, \(last) in \(period), falls short of \(target).",
            nl: "het laatste, \(last) in \(period), haalt \(target) niet.")
    }

    public static func sentenceSustained(
        _ status: GoalStatus, latest: String, period: Period, target: String, shortfall: (value: String, period: Period)?,
        since: Period?, deadline: Period?
    ) -> LocalizedText {
        let sinceEn = since.map { " since \($0)" } ?? "", sinceNl = since.map { " sinds \($0)" } ?? ""
        switch (status, shortfall) {
        case (.offTrack, _):
            return LocalizedText(en: "Behind schedule: \(latest) in \(period) falls short of \(target).",
                                 nl: "Achter op schema: \(latest) in \(period) haalt \(target) niet.")
        case let (.atRisk, shortfall?):
            return LocalizedText(
                en: "At risk: the latest figure, \(latest) in \(period), meets \(target), but \(shortfall.value) in \(shortfall.period) fell short.",
                nl: "Risico: het laatste cijfer, \(latest) in \(period), haalt \(target), maar \(shortfall.value) in \(shortfall.period) haalde het niet.")
        case let (.missed, shortfall?):
            let byEn = deadline.map { " up to \($0)" } ?? "", byNl = deadline.map { " tot en met \($0)" } ?? ""
            return LocalizedText(
                en: "Missed: \(shortfall.value) in \(shortfall.period) fell short of \(target), which every figure\(byEn) had to meet.",
                nl: "Niet gehaald: \(shortfall.value) in \(shortfall.period) haalde \(target) niet, wat elk cijfer\(byNl) moest halen.")
        case (.overdue, _):
            let d = deadline?.description ?? ""
            return LocalizedText(
                en: "Overdue: deadline \(d) passed; no figure for \(d) yet; every figure\(sinceEn) meets \(target).",
                nl: "Over tijd: deadline \(d) verstreken; nog geen cijfer voor \(d); elk cijfer\(sinceNl) haalt \(target).")
        default:
            return LocalizedText(
                en: "On track: every figure\(sinceEn) meets \(target); the latest is \(latest) in \(period).",
                nl: "Op koers: elk cijfer\(sinceNl) haalt \(target); het laatste is \(latest) in \(period).")
        }
    }

    public static let fieldShortfalls = LocalizedText(en: "Fell short", nl: "Niet gehaald")
    public static let fieldBenchmark = LocalizedText(en: "Benchmark", nl: "Benchmark")
    /// Before a value of a goal against a benchmark: the gap to it, not a figure of the series.
    public static let gapWord = LocalizedText(en: "gap", nl: "verschil")

    /// One period of a goal against a benchmark: both series' figures, the target they make and the gap.
    public static func benchmarkGap(
        _ period: Period, series: String, figure: String, benchmark: String, benchmarkFigure: String, target: String, gap: String
    ) -> LocalizedText {
        LocalizedText(
            en: "\(period): \(series) \(figure) against \(benchmark) \(benchmarkFigure) (target \(target)): gap \(gap)",
            nl: "\(period): \(series) \(figure) tegen \(benchmark) \(benchmarkFigure) (streefwaarde \(target)): verschil \(gap)")
    }
    /// Before a sustained target: every figure must meet it.
    public static let always = LocalizedText(en: "always", nl: "steeds")
    /// Before a cumulative target: the running total must reach it.
    public static let total = LocalizedText(en: "total", nl: "totaal")

    public static func ruleSustained(_ status: GoalStatus) -> LocalizedText {
        switch status {
        case .missed: LocalizedText(en: "a figure in the window fell short", nl: "een cijfer in de periode haalde de streefwaarde niet")
        case .achieved: LocalizedText(en: "every figure met it, and there is one for the deadline", nl: "elk cijfer haalde hem, en er is er een voor de deadline")
        case .overdue: LocalizedText(en: "every figure met it, but there is none for the deadline yet", nl: "elk cijfer haalde hem, maar er is nog geen voor de deadline")
        case .offTrack: LocalizedText(en: "the latest figure falls short", nl: "het laatste cijfer haalt hem niet")
        case .atRisk: LocalizedText(en: "an earlier figure fell short, the latest meets it", nl: "een eerder cijfer haalde hem niet, het laatste wel")
        default: LocalizedText(en: "every figure so far meets it", nl: "elk cijfer tot nu toe haalt hem")
        }
    }

    public static func sentenceMissed(value: String, period: Period, target: String, deadline: Period) -> LocalizedText {
        LocalizedText(
            en: "Missed: \(value) in \(period), the last figure by the deadline \(deadline), falls short of \(target).",
            nl: "Niet gehaald: \(value) in \(period), het laatste cijfer voor de deadline \(deadline), haalt \(target) niet."
        )
    }

    public static func sentencePending(current: String, period: Period, target: String, deadline: Period) -> LocalizedText {
        LocalizedText(
            en: "Not yet: \(current) in \(period); the target is \(target) by \(deadline).",
            nl: "Nog niet: \(current) in \(period); de streefwaarde is \(target) uiterlijk \(deadline)."
        )
    }

    public static func sentenceNoData(_ reason: LocalizedText) -> LocalizedText {
        LocalizedText(en: "No data: ", nl: "Geen gegevens: ") + reason + LocalizedText(verbatim: ".")
    }

    public static func sentenceNotEvaluable(_ missing: LocalizedText) -> LocalizedText {
        LocalizedText(en: "Cannot be evaluated: ", nl: "Niet te beoordelen: ") + missing + LocalizedText(verbatim: ".")
    }

    public static func sentenceDeadlinePassed(_ deadline: Period) -> LocalizedText {
        LocalizedText(en: " The deadline \(deadline) has passed.", nl: " De deadline \(deadline) is verstreken.")
    }

    // MARK: Chart

    public static func legend(unicode: Bool, road: Bool, projection: Bool, targetLine: Bool, target: Bool, deadline: Bool) -> LocalizedText {
        let dot = unicode ? "●" : "o"
        var text = LocalizedText(en: "\(dot) figures", nl: "\(dot) cijfers")
        if road {
            let mark = unicode ? "·" : "."
            text = text + LocalizedText(en: "  \(mark) road to the target", nl: "  \(mark) route naar de streefwaarde")
        }
        if projection {
            let mark = unicode ? "╌" : "-"
            text = text + LocalizedText(en: "  \(mark) trend", nl: "  \(mark) trend")
        }
        if targetLine {
            let mark = unicode ? "╌" : "-"
            text = text + LocalizedText(en: "  \(mark) target", nl: "  \(mark) streefwaarde")
        } else if target {
            let mark = unicode ? "◆" : "*"
            text = text + LocalizedText(en: "  \(mark) target", nl: "  \(mark) streefwaarde")
        }
        if deadline {
            let mark = unicode ? "│" : "|"
            text = text + LocalizedText(en: "  \(mark) deadline", nl: "  \(mark) deadline")
        }
        return text
    }

    public static func noFiguresFor(_ series: String) -> LocalizedText {
        LocalizedText(en: "No figures for \(series).", nl: "Geen cijfers voor \(series).")
    }

    // MARK: `why`

    /// A status name is no predicate in Dutch ("geen gegevens is", "risico is"), so the Dutch title names the status as such.
    public static func whyTitle(_ id: String, _ status: GoalStatus) -> LocalizedText {
        let name = RenderMessages.status(status)
        let english = status == .noData ? "Why \(id) has no data" : "Why \(id) is \(name.en)"
        return LocalizedText(en: english, nl: "Waarom \(id) de status ‘\(name.nl)’ heeft")
    }

    public static func whySeries(_ series: String, _ granularity: LocalizedText) -> LocalizedText {
        LocalizedText(en: "Metric \(series), read per ", nl: "Indicator \(series), gelezen per ") + granularity
    }

    public static func granularity(_ granularity: Granularity) -> LocalizedText {
        switch granularity {
        case .year: LocalizedText(en: "year", nl: "jaar")
        case .halfYear: LocalizedText(en: "half-year", nl: "halfjaar")
        case .quarter: LocalizedText(en: "quarter", nl: "kwartaal")
        case .month: LocalizedText(en: "month", nl: "maand")
        }
    }

    public static func whyAsOf(_ moment: AsOfMoment?) -> LocalizedText {
        switch moment {
        case nil: LocalizedText(en: "As of: no figures yet", nl: "Peildatum: nog geen cijfers")
        case let .date(date)?: LocalizedText(en: "As of A = \(date), today; t(A) = ", nl: "Peildatum A = \(date), vandaag; t(A) = ")
        case let .latestFigure(period)?:
            LocalizedText(en: "As of A = \(period), the latest figure; t(A) = ", nl: "Peildatum A = \(period), het laatste cijfer; t(A) = ")
        case let .period(period)?: LocalizedText(en: "As of A = \(period), as asked; t(A) = ", nl: "Peildatum A = \(period), zoals gevraagd; t(A) = ")
        }
    }

    public static func whyDirection(_ comparator: String, _ direction: String) -> LocalizedText {
        LocalizedText(
            en: "Direction d = \(direction) (\(comparator): \(direction == "+1" ? "higher is better" : "lower is better"))",
            nl: "Richting d = \(direction) (\(comparator): \(direction == "+1" ? "hoger is beter" : "lager is beter"))"
        )
    }

    public static let whyBaseline = LocalizedText(en: "Baseline", nl: "Nulmeting")
    public static let whyTarget = LocalizedText(en: "Target", nl: "Streefwaarde")

    /// How a goal against a benchmark is judged: on the gap between its series and the benchmark.
    public static func whyBenchmark(series: String, benchmark: String) -> LocalizedText {
        LocalizedText(
            en: "S = \(series), K = benchmark \(benchmark); judged on the gap X",
            nl: "S = \(series), K = benchmark \(benchmark); beoordeeld op het verschil X")
    }
    public static let whyCurrent = LocalizedText(en: "Current", nl: "Huidig")
    public static let whyProgress = LocalizedText(en: "Progress", nl: "Voortgang")
    public static let whyElapsed = LocalizedText(en: "Elapsed", nl: "Verstreken")
    public static let whyExpected = LocalizedText(en: "Expected", nl: "Verwacht")
    public static let whyProjection = LocalizedText(en: "Projection", nl: "Prognose")
    public static let whyReached = LocalizedText(en: "Reached", nl: "Gehaald")
    public static let whyStatus = LocalizedText(en: "Status", nl: "Status")

    public static func whyFittedThrough(_ count: Int) -> LocalizedText {
        LocalizedText(en: "least squares through \(count) points (t, v):", nl: "kleinste kwadraten door \(count) punten (t; v):")
    }

    /// A unit as the goal-file language writes it in each language.
    public static func unitName(_ unit: MetricUnit) -> LocalizedText {
        switch unit {
        case .count: LocalizedText(en: "count", nl: "aantal")
        case .percent: LocalizedText(en: "percent", nl: "procent")
        case .grade: LocalizedText(en: "grade", nl: "rapportcijfer")
        case .euro: LocalizedText(en: "euro", nl: "euro")
        case .days: LocalizedText(en: "days", nl: "dagen")
        case .yesNo: LocalizedText(en: "yes-no", nl: "ja-nee")
        }
    }

    /// Between the two numbers of a point `(t, v)`: Dutch numbers hold a decimal comma, so a
    /// comma between them would read as one number (`(2023,25, 61,8)`).
    public static let pairSeparator = LocalizedText(en: ", ", nl: "; ")

    public static func whyNotAtTrend(_ times: String, _ atMost: String) -> LocalizedText {
        LocalizedText(
            en: "d \(times) b \(atMost) 0: not reached at the current trend",
            nl: "d \(times) b \(atMost) 0: niet gehaald bij de huidige trend"
        )
    }

    public static func whySkipped(_ period: Period, missing: Bool) -> LocalizedText {
        missing
            ? LocalizedText(en: "\(period) skipped: figure missing", nl: "\(period) overgeslagen: cijfer ontbreekt")
            : LocalizedText(en: "\(period) skipped: other granularity", nl: "\(period) overgeslagen: andere periodelengte")
    }

    public static func whySource(_ path: String, row: Int32, column: Int32, isGoalFile: Bool) -> LocalizedText {
        isGoalFile
            ? LocalizedText(en: "\(path), line \(row)", nl: "\(path), regel \(row)")
            : LocalizedText(en: "\(path), row \(row), column \(column)", nl: "\(path), rij \(row), kolom \(column)")
    }

    public static let whyUnknownSource = LocalizedText(en: "unknown source", nl: "onbekende bron")

    static let whyRunningTotalStart = LocalizedText(
        en: "a running total starts at zero at the baseline", nl: "een lopend totaal begint bij de nulmeting bij nul")

    public static func whyStated(_ location: SourceLocation?) -> LocalizedText {
        guard let location else { return LocalizedText(en: "stated in the goal file", nl: "opgegeven in het doelbestand") }
        return LocalizedText(en: "stated in the goal file, \(location)", nl: "opgegeven in het doelbestand, \(location)")
    }

    public static func whyRule(_ number: Int, _ text: LocalizedText) -> LocalizedText {
        LocalizedText(en: "rule \(number): ", nl: "regel \(number): ") + text
    }

    public static func ruleDeadlineReached(_ atLeast: String) -> LocalizedText {
        LocalizedText(en: "deadline reached, t(A) \(atLeast) t(D)", nl: "deadline bereikt, t(A) \(atLeast) t(D)")
    }

    public static let projectedName = LocalizedText(en: "projected", nl: "prognose")
    public static let ruleMeets = LocalizedText(en: "meets the target", nl: "haalt de streefwaarde")
    public static let ruleDoesNotMeet = LocalizedText(en: "does not meet the target", nl: "haalt de streefwaarde niet")
    public static func ruleNoFigureForDeadline(_ deadline: Period) -> LocalizedText {
        LocalizedText(en: "and there is no figure for \(deadline) yet", nl: "en er is nog geen cijfer voor \(deadline)")
    }
    public static let ruleNoFigureSinceBaseline = LocalizedText(
        en: "no figure after the baseline up to the deadline", nl: "geen cijfer na de nulmeting tot de deadline")
    public static let ruleBinaryPending = LocalizedText(en: "a yes/no goal not yet met", nl: "een ja/nee-doel, nog niet gehaald")
    public static let ruleOnRoad = LocalizedText(en: "on or ahead of the road", nl: "op of voor de route")
    public static let ruleBehindRoad = LocalizedText(en: "behind the road", nl: "achter de route")
    public static let ruleProjectionMeets = LocalizedText(en: "the projection meets the target", nl: "de prognose haalt de streefwaarde")
    public static let ruleProjectionMisses = LocalizedText(en: "the projection misses the target", nl: "de prognose haalt de streefwaarde niet")
    public static let ruleNoProjection = LocalizedText(en: "there is no projection", nl: "er is geen prognose")

    // MARK: `diff` and `trend`

    public static func diffTitle(_ from: AsOfMoment, _ to: AsOfMoment) -> LocalizedText {
        LocalizedText(en: "Changes in status and figures from \(from) to \(to)", nl: "Wijzigingen in status en cijfers van \(from) naar \(to)")
    }

    public static let diffNone = LocalizedText(en: "No goal changed status or figure.", nl: "Geen doel is van status of cijfer veranderd.")
    public static let fieldValueThen = LocalizedText(en: "Value then", nl: "Cijfer toen")
    public static let fieldValueNow = LocalizedText(en: "Value now", nl: "Cijfer nu")
    public static let fieldChange = LocalizedText(en: "Change", nl: "Verschil")
    /// Percentage points: the change of a percentage.
    public static let percentagePoints = LocalizedText(en: "pp", nl: "procentpunt")
    public static let absent = LocalizedText(en: "absent", nl: "afwezig")

    public static func trendTitle(_ series: String) -> LocalizedText {
        LocalizedText(en: "Trend of \(series)", nl: "Verloop van \(series)")
    }

    /// What a cumulative goal judges: the running total of its series.
    public static func runningTotalName(_ series: String) -> LocalizedText {
        LocalizedText(en: "the running total of \(series)", nl: "het lopende totaal van \(series)")
    }

    /// What a goal against a benchmark judges: the gap between its series and the benchmark.
    public static func gapName(_ series: String, benchmark: String) -> LocalizedText {
        LocalizedText(en: "the gap between \(series) and \(benchmark)", nl: "het verschil tussen \(series) en \(benchmark)")
    }
}
