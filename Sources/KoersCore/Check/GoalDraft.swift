/// The target `draft` found in a sentence.
public struct DraftTarget: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, Codable {
        /// `minimaal 90%`, `naar 6,8`.
        case absolute
        /// `10% meer … dan in 2020`: a change in percent of the baseline value.
        case relativePercent = "relative-percent"
        /// `3 procentpunt hoger`: percentage points on top of the baseline value.
        case percentagePoints = "percentage-points"
        /// `ten hoogste het landelijk gemiddelde`: another series, with `value` its offset.
        case benchmark
    }

    /// Nil when the sentence states a number but no word says whether it is a floor or a ceiling.
    public var comparator: Comparator?
    /// As written; signed for relative targets (`-5` for "5% minder").
    public var value: Double
    public var kind: Kind
    /// Nil when the sentence does not say.
    public var unit: MetricUnit?
    public var span: TextSpan
    /// True when the value is said in words ("de helft", "geen … meer"), not in digits.
    public var spelledOut = false
    /// Every year, not only at the deadline ("jaarlijks minimaal 250", "Maintain 100%").
    public var sustained = false
    /// A count delivered over the period, judged as a running total ("800 woningen realiseren").
    public var cumulative = false
    /// The series of a `benchmark` target, as the sentence names it.
    public var benchmark: DraftBenchmark?

    public var targetValue: TargetValue {
        switch kind {
        case .absolute: .absolute(value, percent: unit == .percent)
        case .relativePercent: .relativePercent(value)
        case .percentagePoints: .percentagePoints(value)
        case .benchmark:
            .benchmark(Benchmark(series: SeriesKey(metric: benchmark?.placeholder ?? DraftBenchmark.fallbackPlaceholder),
                                 offset: benchmark?.offset))
        }
    }
}

/// The benchmark a sentence compares with ("het landelijk gemiddelde"). Which series holds its
/// figures the sentence cannot say: the draft names a placeholder, made of the sentence's words,
/// for staff to replace with a declared metric.
public struct DraftBenchmark: Sendable, Hashable {
    /// A metric id from the words that name the benchmark: `landelijk_gemiddelde`, `national_average`.
    public var placeholder: String
    public var span: TextSpan
    /// `+2` for "2 punten boven", `-5%` for "5% onder"; nil for the benchmark itself.
    public var offset: Benchmark.Offset?

    static let fallbackPlaceholder = "benchmark"
}

/// A period `draft` found, with where.
public struct DraftPeriod: Sendable, Hashable {
    public var period: Period
    public var span: TextSpan
}

/// A target on the way to the goal's: a table's earlier target column (`Doel 2024` before `Doel 2026`).
public struct DraftMilestone: Sendable, Hashable {
    public var period: Period
    public var target: DraftTarget
}

/// The baseline `draft` found: `dan in 2020` gives a period, `van 6,4 in 2019 naar 6,8` both.
public struct DraftBaseline: Sendable, Hashable {
    public var period: Period?
    public var value: Double?
    public var span: TextSpan
}

/// The role a number plays in a policy sentence.
public enum NumberRole: String, Sendable, Hashable, Codable, CaseIterable {
    /// The value the goal must reach.
    case target
    /// The starting value, or the year measured against.
    case baseline
    /// When the target must be met.
    case deadline
    /// It defines who or what is counted: "18 jaar en ouder", "per 1.000 inwoners".
    case population
    /// A condition inside the measure: "binnen 2 werkdagen", "max. 10 min".
    case condition
    /// A number in a list or a code: "3 Onze bedrijfsvoering", "Doelstelling 1".
    case list
    /// Anything else: a realised figure, the year a plan was made, a law's year.
    case other
}

/// A number `draft` found in the sentence, with its role.
public struct DraftNumber: Sendable, Hashable {
    public var value: Double
    public var role: NumberRole
    public var span: TextSpan
}

/// What `draft "SENTENCE"` proposes: only values the sentence states, each with its span, and
/// the rules' findings about what the sentence lacks.
public struct DraftProposal: Sendable, Hashable {
    public var sentence: String
    public var language: Language
    public var target: DraftTarget?
    public var deadline: DraftPeriod?
    public var baseline: DraftBaseline?
    /// Worst first; spans point into `sentence`.
    public var findings: [Finding]
    /// Every number in the sentence with its role, in sentence order.
    public var numbers: [DraftNumber] = []
    /// True when the sentence names the college period without its years ("in deze
    /// collegeperiode") and no `college-period` was given: the proposal asks for it.
    public var asksCollegePeriod = false
    /// True when the sentence counts from the document's year ("dit jaar", "de komende vier
    /// jaar") and no year was given: the proposal asks for it rather than guess from the clock.
    public var asksYear = false
    /// True when several numbers stand side by side with no word saying which is the target (a
    /// table row whose column order only its header says): rather than a wrong guess, no target.
    public var targetAmbiguous = false
    /// A table row of realised figures with no target among them: not measurable, and the
    /// `no-target` finding says why.
    public var rowWithoutTarget: DraftRowWithoutTarget?
    /// Earlier targets a table row states on the way to its target, earliest first.
    public var milestones: [DraftMilestone] = []

    /// True when the sentence's number is on no measure it names ("Ons doel is 100% in 2050."):
    /// the target is kept, but it is not measurable.
    public var measureUnnamed = false

    /// True when the target is not measurable: the sentence states no number (or number word)
    /// for the goal to reach, or none on a measure it names. Several numbers with none named the
    /// target is ambiguous, not vague.
    public var vague: Bool { (target == nil && !targetAmbiguous) || measureUnnamed }

    /// True when the goal as drafted can be evaluated once a metric is linked: the target is
    /// measurable and no error-severity finding remains (it has a comparator, a deadline and,
    /// where it needs one, a baseline). Owner and source the goal file adds.
    public var complete: Bool { !vague && !findings.contains { !$0.isWaived && $0.severity == .error } }

    /// The proposal as a goal, with the sentence as its title.
    public func goal(id: String) -> Goal {
        Goal(
            id: id, title: sentence,
            baseline: baseline.map { Baseline(period: $0.period, value: $0.value) },
            target: target.map { Target(comparator: $0.comparator, value: $0.targetValue, sustained: $0.sustained, cumulative: $0.cumulative) },
            deadline: deadline?.period,
            milestones: milestones.map { Milestone(period: $0.period, target: Target(comparator: $0.target.comparator, value: $0.target.targetValue)) }
        )
    }
}

/// Reads a Dutch or English policy sentence and proposes a goal. It proposes; it never invents
/// a value that is not in the sentence.
public enum GoalDraft {
    /// `language` nil: guessed from the sentence. `today` lets the draft say a deadline has passed.
    /// `collegePeriod` (first and last year) resolves "in deze collegeperiode"; `documentYear`,
    /// the year of the sentence's document, resolves "dit jaar" and "de komende vier jaar".
    public static func propose(_ sentence: String, wordLists: [WordLists], today: Period, language: Language? = nil,
                               collegePeriod: ClosedRange<Int>? = nil, documentYear: Int? = nil) -> DraftProposal {
        let language = language ?? TextLanguage.guess(sentence)
        var reader = SentenceReader(sentence: sentence, notation: NumberNotation(language), lexicon: ReaderLexicon(wordLists),
                                    collegePeriod: collegePeriod, documentYear: documentYear)
        reader.read()
        var proposal = DraftProposal(sentence: sentence, language: language, target: reader.target, deadline: reader.deadline,
                                     baseline: reader.baseline, findings: [])
        proposal.numbers = reader.numbers
        proposal.asksCollegePeriod = reader.asksCollegePeriod
        proposal.asksYear = reader.asksYear
        proposal.targetAmbiguous = reader.targetAmbiguous
        proposal.measureUnnamed = reader.measureUnnamed
        proposal.findings = sentenceFindings(for: proposal, wordLists: wordLists, today: today)
        if proposal.target == nil, let row = reader.rowWithoutTarget {
            proposal.rowWithoutTarget = row
            proposal.findings = row.explaining(proposal.findings)
        }
        return proposal
    }

    /// Every number in a text with the role the sentence reader gives it.
    public static func numberRoles(in text: String, wordLists: [WordLists], language: Language? = nil) -> [DraftNumber] {
        let language = language ?? TextLanguage.guess(text)
        var reader = SentenceReader(sentence: text, notation: NumberNotation(language), lexicon: ReaderLexicon(wordLists), collegePeriod: nil,
                                    documentYear: nil)
        reader.read()
        return reader.numbers
    }
}

