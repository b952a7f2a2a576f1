import KoersCore

/// Builds goal models for evaluation tests directly from core types.
struct EvaluationFixture {
    var metrics: [Metric] = []
    var goals: [Goal] = []
    var store = ObservationStore()
    private var sourceIndex: Int32 = -1

    init() {
        sourceIndex = store.addSource(DataSource(path: "data/figures.csv", kind: .csv, contentHash: "00"))
    }

    /// Adds figures `period = value` (nil for a missing figure); rows count from 2 like a CSV with a header.
    mutating func add(_ metric: String, labels: [Label] = [], _ figures: [(String, Double?)]) {
        let key = SeriesKey(metric: metric, labels: labels)
        let firstRow = Int32(store.observations(key).count + 2)
        let observations = figures.enumerated().map { offset, figure in
            let parsed = Period.parse(figure.0)!
            return Observation(
                period: parsed.period, value: figure.1, provisional: parsed.provisional,
                provenance: Provenance(source: sourceIndex, row: firstRow + Int32(offset), column: 2)
            )
        }
        store.append(observations, to: key)
    }

    var model: GoalModel { GoalModel(metrics: metrics, goals: goals, store: store) }

    /// Evaluates `goal` as of a period, or as of its latest figure.
    func evaluate(_ goal: Goal, asOf: String? = nil) -> GoalEvaluation {
        evaluate(goal, asOf: asOf.map { .period(p($0)) } ?? .latest)
    }

    func evaluate(_ goal: Goal, asOf: AsOf) -> GoalEvaluation {
        Evaluator(metrics: metrics, series: store).evaluate(goal, asOf: asOf)
    }
}

func p(_ text: String) -> Period { Period.parse(text)!.period }

func goal(
    id: String = "g", metric: String? = "m", labels: [Label] = [], baseline: String? = "2020",
    baselineValue: Double? = nil, _ comparator: Comparator? = .atLeast, _ value: TargetValue? = .relativePercent(10),
    deadline: String? = "2024", milestones: [Milestone] = []
) -> Goal {
    Goal(
        id: id, title: "Goal \(id)", metric: metric.map { SeriesKey(metric: $0, labels: labels) },
        baseline: baseline.map { Baseline(period: p($0), value: baselineValue) } ?? (baselineValue.map { Baseline(period: nil, value: $0) }),
        target: value.map { Target(comparator: comparator, value: $0) },
        deadline: deadline.map { p($0) }, milestones: milestones
    )
}

/// The worked example of docs/evaluation.md: digital requests `>= +10%` over 2020, by 2024.
func workedExample() -> EvaluationFixture {
    var fixture = EvaluationFixture()
    fixture.metrics = [Metric(id: "digitale_aanvragen", title: "Digitale aanvragen", unit: .count, frequency: .year)]
    fixture.add("digitale_aanvragen", [("2020", 49525), ("2021", 51000), ("2022", 52100)])
    fixture.goals = [
        Goal(
            id: "meer-online", title: "Gemiddeld 10% meer volume online afnemen dan in 2020",
            source: DocumentReference(document: "Programmabegroting 2021", section: "Programma 1"),
            metric: SeriesKey(metric: "digitale_aanvragen"), baseline: Baseline(period: p("2020")),
            target: Target(comparator: .atLeast, value: .relativePercent(10)), deadline: p("2024")
        ),
    ]
    return fixture
}
