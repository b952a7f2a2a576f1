import Foundation
@testable import KoersCore
import KoersTestSupport

/// Shared fixtures of the check tests: the real word lists from the source tree, a fixed
/// "today", and a goal that passes every rule, to be spoiled one field at a time.
enum CheckFixtures {
    static func wordListText(_ language: Language) -> String { RepositoryFiles.shippedWordListText(language) }

    static let wordLists = RepositoryFiles.shippedWordLists

    static let today = Period(year: 2026, granularity: .month, index: 11)!

    static func options(today: Period = today) -> CheckOptions {
        CheckOptions(today: today, wordLists: wordLists)
    }

    static func year(_ year: Int) -> Period { Period.year(year)! }

    static let requests = Metric(
        id: "digitale_aanvragen", title: "Digitale aanvragen per jaar", unit: .count, source: "Zaaksysteem",
        frequency: .year, definition: "Aanvragen ingediend via e-formulieren")

    /// A model with one metric and its yearly figures.
    static func model(goals: [Goal], metric: Metric = requests, figures: [Int: Double?]) -> GoalModel {
        var store = ObservationStore()
        let source = store.addSource(DataSource(path: "data.csv", kind: .csv, contentHash: "0"))
        let observations = figures.sorted { $0.key < $1.key }.enumerated().map { offset, entry in
            Observation(period: year(entry.key), value: entry.value, provenance: Provenance(source: source, row: Int32(offset + 2), column: 2))
        }
        store.append(observations, to: SeriesKey(metric: metric.id))
        return GoalModel(metrics: [metric], goals: goals, store: store)
    }

    static let requestFigures: [Int: Double?] = [
        2018: 29734, 2019: 30416, 2020: 49525, 2021: 51000, 2022: 52100, 2023: 53000, 2024: 54000, 2025: 55000,
    ]

    /// Passes every rule as of `today`.
    static let soundGoal = Goal(
        id: "meer-online", title: "Gemiddeld 10% meer aanvragen online dan in 2020, uiterlijk in 2027",
        source: DocumentReference(document: "Programmabegroting 2021", section: "Programma 1"), owner: "Team Dienstverlening",
        metric: SeriesKey(metric: "digitale_aanvragen"), baseline: Baseline(period: year(2020)),
        target: Target(comparator: .atLeast, value: .relativePercent(10)), deadline: year(2027),
        location: SourceLocation(file: "goals/begroting.koers", line: 3, column: 1))

    static func findings(_ goal: Goal, model: GoalModel? = nil, today: Period = today) -> [Finding] {
        let model = model ?? self.model(goals: [goal], figures: requestFigures)
        return VagueGoalCheck.findings(for: goal, in: model, options: options(today: today))
    }

    static func codes(_ goal: Goal, model: GoalModel? = nil, today: Period = today) -> Set<CheckRule> {
        Set(findings(goal, model: model, today: today).map(\.rule))
    }

    static func spoiled(_ change: (inout Goal) -> Void) -> Goal {
        var goal = soundGoal
        change(&goal)
        return goal
    }
}
