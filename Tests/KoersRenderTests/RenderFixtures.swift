import KoersCore

/// A small fictional municipality whose goals show every status once, built from core types.
enum Tutorial {
    static func p(_ text: String) -> Period { Period.parse(text)!.period }

    static let model: GoalModel = {
        var store = ObservationStore()
        let csv = store.addSource(DataSource(path: "data/tutorial.csv", kind: .csv, contentHash: "ab12"))
        var row: Int32 = 1
        func add(_ metric: String, _ figures: [(String, Double?)]) {
            let observations = figures.map { figure -> Observation in
                row += 1
                let parsed = Period.parse(figure.0)!
                return Observation(
                    period: parsed.period, value: figure.1, provisional: parsed.provisional,
                    provenance: Provenance(source: csv, row: row, column: 3)
                )
            }
            store.append(observations, to: SeriesKey(metric: metric))
        }
        add("digitale_aanvragen", [("2020", 49525), ("2021", 51000), ("2022", 52100)])
        add("tevredenheid", [("2020", 7.1), ("2021", 7.2), ("2022*", 7.25)])
        add("eformulieren", [("2020", 35), ("2021", 47), ("2022", 47)])
        add("digitaal_aanbod", [("2020", 80), ("2021", 86), ("2022", 91)])
        add("wachttijd", [("2019", 9), ("2020", 8), ("2021", 7), ("2022", 6)])
        add("app", [("2020", 0), ("2021", nil), ("2022", 0)])
        add("meldingen_online", [("2019", 40), ("2020", 45), ("2022", 50)])
        add("afhandeltijd", [
            ("2021-Q4", 12), ("2022-Q1", 11.5), ("2022-Q2", 11), ("2022-Q3", 10.2), ("2022-Q4", 10.1), ("2023-Q1", 9.6),
        ])

        let metrics = [
            Metric(id: "digitale_aanvragen", title: "Digitale aanvragen", unit: .count, frequency: .year),
            Metric(id: "tevredenheid", unit: .grade, frequency: .year),
            Metric(id: "eformulieren", unit: .count, frequency: .year),
            Metric(id: "digitaal_aanbod", unit: .percent, frequency: .year),
            Metric(id: "wachttijd", unit: .days, frequency: .year),
            Metric(id: "app", unit: .yesNo, frequency: .year),
            Metric(id: "meldingen_online", unit: .percent, frequency: .year),
            Metric(id: "bezoekers", unit: .count, frequency: .quarter),
            Metric(id: "afhandeltijd", unit: .days, frequency: .quarter),
        ]
        func goal(
            _ id: String, _ title: String, _ metric: String?, baseline: String?, _ comparator: Comparator?,
            _ value: TargetValue?, by deadline: String?, milestones: [Milestone] = []
        ) -> Goal {
            Goal(
                id: id, title: title, source: DocumentReference(document: "Programmabegroting 2021", section: "Programma 1"),
                owner: "Team Dienstverlening", metric: metric.map { SeriesKey(metric: $0) },
                baseline: baseline.map { Baseline(period: p($0)) }, target: value.map { Target(comparator: comparator, value: $0) },
                deadline: deadline.map(p), milestones: milestones
            )
        }
        let goals = [
            goal("meer-online", "Gemiddeld 10% meer volume online afnemen dan in 2020", "digitale_aanvragen",
                 baseline: "2020", .atLeast, .relativePercent(10), by: "2024",
                 milestones: [Milestone(period: p("2022"), target: Target(comparator: .atLeast, value: .absolute(52000, percent: false)))]),
            goal("tevredenheid", "Klanten waarderen onze digitale dienstverlening met minimaal een 7,5", "tevredenheid",
                 baseline: "2020", .atLeast, .absolute(7.5, percent: false), by: "2024"),
            goal("eformulieren", "Zestig e-formulieren op de website", "eformulieren",
                 baseline: "2020", .atLeast, .absolute(60, percent: false), by: "2024"),
            goal("digitaal-aanbod", "Minimaal 90% van de producten digitaal aangeboden", "digitaal_aanbod",
                 baseline: "2020", .atLeast, .absolute(90, percent: true), by: "2026"),
            goal("wachttijd", "Aanvragen binnen vijf werkdagen afgehandeld", "wachttijd",
                 baseline: "2019", .atMost, .absolute(5, percent: false), by: "2022"),
            goal("afhandeltijd", "Vergunningen binnen acht dagen afgehandeld", "afhandeltijd",
                 baseline: "2021-Q4", .atMost, .absolute(8, percent: false), by: "2023-Q4"),
            goal("app", "Een app voor meldingen openbare ruimte", "app", baseline: "2020", .equals, .yesNo(true), by: "2024"),
            // Past its deadline 2021 with no figure for 2021: the last before it (2020) falls short.
            goal("meldingen", "In 2021 komt 55% van de meldingen online binnen", "meldingen_online",
                 baseline: "2019", .atLeast, .absolute(55, percent: true), by: "2021"),
            goal("bezoekers", "Vijf procent meer websitebezoekers per kwartaal", "bezoekers",
                 baseline: "2021-Q1", .atLeast, .relativePercent(5), by: "2023-Q4"),
            goal("goede-service", "Onze klanten waarderen onze dienstverlening als 'goed'", nil,
                 baseline: nil, nil, .qualitative("goed"), by: nil),
        ]
        return GoalModel(metrics: metrics, goals: goals, store: store)
    }()

    static let evaluations = EvaluationSet(model: model, asOf: .latest)
}
