import KoersCore
import KoersRender

/// A council report as the evaluation would fill it: the worked example of docs/evaluation.md (on
/// track), a quarterly percentage goal with a milestone (off track), a vague goal that cannot be
/// judged and a goal with an explicit baseline but no data yet.
enum ReportFixtures {
    static let requestsHash = "sha256:9b1f0c3e7a52d4be81c6a0f2e5d7c9b3a1f4e6d8c0b2a4f6e8d0c2b4a6f8e0d2"
    static let productsHash = "sha256:4c2e8a6f0b1d3f5a7c9e1b3d5f7a9c1e3b5d7f9a1c3e5b7d9f1a3c5e7b9d1f3a"

    static func model(_ language: Language) -> ReportModel {
        func text(_ en: String, _ nl: String) -> String { language == .nl ? nl : en }
        let goals = [requests(language), products(language), satisfaction(language), permits(language)]
        return ReportModel(
            title: text("Digital service delivery Almelo — progress report", "Digitale dienstverlening Almelo — voortgangsrapportage"),
            language: language,
            asOf: "2022",
            previousPeriod: "2021",
            statusCounts: ReportModel.counts(of: goals),
            changes: [
                ReportStatusChange(id: "D1", title: goals[0].title, from: .atRisk, to: .onTrack),
                ReportStatusChange(id: "D2", title: goals[1].title, from: .onTrack, to: .offTrack),
            ],
            unjudgeable: [
                ReportUnjudgeableGoal(id: "D3", title: goals[2].title, reasons: [
                    text("No target value is named: is “good” a 7, an 8 or a 9?", "Er is geen streefwaarde genoemd: is „goed” een 7, een 8 of een 9?"),
                    text("No deadline is named.", "Er is geen termijn genoemd."),
                ]),
            ],
            goals: goals,
            appendix: [
                ReportFigureSource(series: "digitale_aanvragen", period: "2020", value: 49_525, file: "data/digitale-aanvragen.csv", row: 2, column: 2, contentHash: requestsHash),
                ReportFigureSource(series: "digitale_aanvragen", period: "2021", value: 51_000, file: "data/digitale-aanvragen.csv", row: 3, column: 2, contentHash: requestsHash),
                ReportFigureSource(series: "digitale_aanvragen", period: "2022", value: 52_100, provisional: true, file: "data/digitale-aanvragen.csv", row: 4, column: 2, contentHash: requestsHash),
                ReportFigureSource(series: "producten_digitaal", period: "2021-Q4", value: 62, file: "data/producten digitaal.xlsx", row: 5, column: 3, contentHash: productsHash),
                ReportFigureSource(series: "producten_digitaal", period: "2022-Q1", value: 63, file: "data/producten digitaal.xlsx", row: 6, column: 3, contentHash: productsHash),
                ReportFigureSource(series: "producten_digitaal", period: "2022-Q2", value: 64.5, file: "data/producten digitaal.xlsx", row: 7, column: 3, contentHash: productsHash),
                ReportFigureSource(series: "producten_digitaal", period: "2022-Q3", value: 65, file: "data/producten digitaal.xlsx", row: 8, column: 3, contentHash: productsHash),
                ReportFigureSource(series: "producten_digitaal", period: "2022-Q4", value: 66, file: "data/producten digitaal.xlsx", row: 9, column: 3, contentHash: productsHash),
                ReportFigureSource(series: "afhandeltermijn_vergunningen", period: "2020", value: 12, file: "goals/almelo/vergunningen.koers", row: 14, contentHash: "sha256:0d4b6f8a2c4e6a8c0e2a4c6e8a0c2e4a6c8e0a2c4e6a8c0e2a4c6e8a0c2e4a6c"),
            ]
        )
    }

    static func requests(_ language: Language) -> ReportGoalSection {
        func text(_ en: String, _ nl: String) -> String { language == .nl ? nl : en }
        let n = { (value: Double) in NumberWriter.format(value, notation: NumberNotation(language)) }
        return ReportGoalSection(
            id: "D1",
            title: "Gemiddeld 10% meer volume online afnemen dan in 2020",
            source: "Programmabegroting 2021, p. 34",
            status: .onTrack,
            statusSentence: text(
                "On track: \(n(52_100)) in 2022 where \(n(52_001.25)) was expected; at the current trend the target is reached in 2024.",
                "Op koers: \(n(52_100)) in 2022 waar \(n(52_001.25)) verwacht was; bij de huidige trend wordt de streefwaarde in 2024 gehaald."),
            figures: ReportKeyFigures(
                baseline: ReportFigure("\(n(49_525)) (2020)", value: 49_525),
                target: ReportFigure(">= \(n(54_477.5)) (+10%) " + text("by", "in") + " 2024", value: 54_477.5),
                current: ReportFigure("\(n(52_100))* (2022)", value: 52_100),
                expected: ReportFigure(n(52_001.25), value: 52_001.25),
                projected: ReportFigure(n(54_737.5), value: 54_737.5),
                reached: ReportFigure("2024")),
            chart: ReportChartSpec(
                seriesName: text("Digital requests per year", "Digitale aanvragen per jaar"),
                observations: [
                    ReportChartPoint(period: "2020", t: 2021, value: 49_525),
                    ReportChartPoint(period: "2021", t: 2022, value: 51_000),
                    ReportChartPoint(period: "2022", t: 2023, value: 52_100, provisional: true),
                ],
                baseline: ReportChartPoint(period: "2020", t: 2021, value: 49_525),
                road: [ReportChartPoint(period: "2020", t: 2021, value: 49_525), ReportChartPoint(period: "2024", t: 2025, value: 54_477.5)],
                projection: [ReportChartPoint(period: "2020", t: 2021, value: 49_587.5), ReportChartPoint(period: "2024", t: 2025, value: 54_737.5)],
                target: 54_477.5,
                deadline: ReportChartMoment(period: "2024", t: 2025)),
            checklist: checklist(language))
    }

    static func products(_ language: Language) -> ReportGoalSection {
        func text(_ en: String, _ nl: String) -> String { language == .nl ? nl : en }
        let n = { (value: Double) in NumberWriter.format(value, notation: NumberNotation(language)) }
        let quarters: [(String, Double, Double)] = [("2022-Q1", 2022.25, 63), ("2022-Q2", 2022.5, 64.5), ("2022-Q3", 2022.75, 65), ("2022-Q4", 2023, 66)]
        return ReportGoalSection(
            id: "D2",
            title: "In 2026 is minimaal 90% van de producten gedigitaliseerd",
            source: "Visie dienstverlening 2022–2026, § 3.2",
            status: .offTrack,
            statusSentence: text(
                "Behind schedule: \(n(66))% in 2022-Q4 where \(n(66.33))% was expected; at the current trend the target is reached in 2028-Q4, two years late.",
                "Achter op schema: \(n(66))% in 2022-Q4 waar \(n(66.33))% verwacht was; bij de huidige trend wordt de streefwaarde in 2028-Q4 gehaald, twee jaar te laat."),
            figures: ReportKeyFigures(
                baseline: ReportFigure("\(n(62))% (2021-Q4)", value: 62),
                target: ReportFigure(">= 90% " + text("by", "in") + " 2026", value: 90),
                current: ReportFigure("\(n(66))% (2022-Q4)", value: 66),
                expected: ReportFigure("\(n(66.33))%", value: 66.33),
                projected: ReportFigure("\(n(82.1))%", value: 82.1),
                reached: ReportFigure("2028-Q4")),
            chart: ReportChartSpec(
                seriesName: text("Products available digitally", "Producten digitaal beschikbaar"),
                valueSuffix: "%",
                observations: [ReportChartPoint(period: "2021-Q4", t: 2022, value: 62)] + quarters.map { ReportChartPoint(period: $0.0, t: $0.1, value: $0.2) },
                baseline: ReportChartPoint(period: "2021-Q4", t: 2022, value: 62),
                road: [
                    ReportChartPoint(period: "2021-Q4", t: 2022, value: 62),
                    ReportChartPoint(period: "2024", t: 2025, value: 75),
                    ReportChartPoint(period: "2026", t: 2027, value: 90),
                ],
                projection: [ReportChartPoint(period: "2021-Q4", t: 2022, value: 62.1), ReportChartPoint(period: "2026", t: 2027, value: 82.1)],
                target: 90,
                deadline: ReportChartMoment(period: "2026", t: 2027)),
            checklist: checklist(language))
    }

    static func satisfaction(_ language: Language) -> ReportGoalSection {
        func text(_ en: String, _ nl: String) -> String { language == .nl ? nl : en }
        return ReportGoalSection(
            id: "D3",
            title: "Onze klanten waarderen onze dienstverlening als ‘goed’",
            source: "Dienstverleningsconcept 2015",
            status: .notEvaluable,
            statusSentence: text(
                "Cannot be judged: the goal names no target value and no deadline.",
                "Niet te beoordelen: het doel noemt geen streefwaarde en geen termijn."),
            figures: ReportKeyFigures(baseline: nil, target: ReportFigure(text("“good” (not a number)", "„goed” (geen getal)"))),
            checklist: [
                ReportChecklistItem(criterion: text("Names a metric", "Noemt een indicator"), passed: true, explanation: text("Satisfaction survey grade.", "Rapportcijfer uit het klanttevredenheidsonderzoek.")),
                ReportChecklistItem(criterion: text("Names a target value", "Noemt een streefwaarde"), passed: false, explanation: text("“good” is not a number.", "„goed” is geen getal.")),
                ReportChecklistItem(criterion: text("Names a deadline", "Noemt een termijn"), passed: false, explanation: text("No year is given.", "Er staat geen jaartal bij.")),
            ])
    }

    static func permits(_ language: Language) -> ReportGoalSection {
        func text(_ en: String, _ nl: String) -> String { language == .nl ? nl : en }
        let n = { (value: Double) in NumberWriter.format(value, notation: NumberNotation(language)) }
        return ReportGoalSection(
            id: "D4",
            title: "Een omgevingsvergunning is in 2025 binnen 8 dagen verleend",
            source: nil,
            status: .noData,
            statusSentence: text("No data: no figure after the baseline (2020) yet.", "Geen gegevens: nog geen cijfer na de nulmeting (2020)."),
            figures: ReportKeyFigures(
                baseline: ReportFigure(text("\(n(12)) days (2020, given in the goal file)", "\(n(12)) dagen (2020, opgegeven in het doelbestand)"), value: 12),
                target: ReportFigure("<= \(n(8)) " + text("days by 2025", "dagen in 2025"), value: 8)),
            chart: ReportChartSpec(
                seriesName: text("Days to grant a permit", "Dagen tot verlening van een vergunning"),
                valueSuffix: text(" days", " dagen"),
                observations: [],
                baseline: ReportChartPoint(period: "2020", t: 2021, value: 12),
                road: [ReportChartPoint(period: "2020", t: 2021, value: 12), ReportChartPoint(period: "2025", t: 2026, value: 8)],
                target: 8,
                deadline: ReportChartMoment(period: "2025", t: 2026)),
            checklist: checklist(language))
    }

    static func checklist(_ language: Language) -> [ReportChecklistItem] {
        func text(_ en: String, _ nl: String) -> String { language == .nl ? nl : en }
        return [
            ReportChecklistItem(criterion: text("Names a metric", "Noemt een indicator"), passed: true, explanation: text("The goal is measured by a series with data.", "Het doel wordt gemeten met een reeks met cijfers.")),
            ReportChecklistItem(criterion: text("Names a target value", "Noemt een streefwaarde"), passed: true, explanation: text("A number to reach.", "Een getal om te halen.")),
            ReportChecklistItem(criterion: text("Names a deadline", "Noemt een termijn"), passed: true, explanation: text("A year is given.", "Er staat een jaartal bij.")),
        ]
    }
}
