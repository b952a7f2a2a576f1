@testable import KoersCore
import Testing

/// A running total starts at zero (`B = R(Pb) = 0`) and a sustained target judges every figure
/// against the target itself: neither needs the baseline period's figure, and the check must not
/// ask for it, nor measure a running total's pace by the yearly figures.
@Suite("Check: cumulative and sustained targets need no baseline figure")
struct CheckCumulativeAndSustainedTests {
    static let homes = Metric(
        id: "woningen_opgeleverd", title: "Opgeleverde woningen", unit: .count, source: "Woningbouwmonitor", frequency: .year,
        definition: "Nieuwbouwwoningen opgeleverd in het jaar")

    /// The contract's "Cumulative" example: 310, 420 and 380 homes after the baseline 2022, none for 2022 itself.
    static func homesGoal(total: Double) -> Goal {
        CheckFixtures.spoiled { goal in
            goal.id = "woningen"
            goal.title = "In 2023–2028 worden in totaal \(Int(total)) woningen opgeleverd"
            goal.metric = SeriesKey(metric: "woningen_opgeleverd")
            goal.baseline = Baseline(period: CheckFixtures.year(2022))
            goal.target = Target(comparator: .atLeast, value: .absolute(total, percent: false), cumulative: true)
            goal.deadline = CheckFixtures.year(2028)
        }
    }

    static func findings(_ goal: Goal) -> [Finding] {
        let model = CheckFixtures.model(goals: [goal], metric: homes, figures: [2023: 310, 2024: 420, 2025: 380])
        return CheckFixtures.findings(goal, model: model)
    }

    @Test("a running total without a figure for its baseline period is not told to import or write one")
    func cumulativeNeedsNoBaselineFigure() {
        #expect(!Self.findings(Self.homesGoal(total: 2400)).contains { $0.rule == .noBaseline })
    }

    @Test("a running total's pace is that of its totals: 430 a year needed where 420 were added, not 673 against a change of 110")
    func cumulativePaceIsThatOfTheTotals() {
        #expect(!Self.findings(Self.homesGoal(total: 2400)).contains { $0.rule == .unrealisticPace })
    }

    @Test("a running total far beyond any year's addition is still unrealistic, measured on the totals")
    func unrealisticRunningTotal() throws {
        let finding = try #require(Self.findings(Self.homesGoal(total: 20_000)).first { $0.rule == .unrealisticPace })
        // (20.000 − 1.110) / 3 years = 6.296,67 a year, against the 420 of 2024.
        #expect(finding.message(in: .en).contains("6,296.67 per year"), "\(finding.message(in: .en))")
        #expect(finding.message(in: .en).contains("(420 per year)"), "\(finding.message(in: .en))")
    }

    @Test("'in 2023–2028' agrees with a running total from baseline 2022: the total counts from 2023")
    func cumulativeTitleYearsAgree() {
        #expect(!Self.findings(Self.homesGoal(total: 2400)).contains { $0.rule == .textMismatch })
        // A year the running total does not start in still disagrees.
        var later = Self.homesGoal(total: 2400)
        later.title = "In 2025–2028 worden in totaal 2400 woningen opgeleverd"
        #expect(Self.findings(later).contains { $0.rule == .textMismatch })
    }

    @Test("a sustained absolute target without a figure for its baseline period is not told to add one")
    func sustainedNeedsNoBaselineFigure() {
        let goal = CheckFixtures.spoiled { goal in
            goal.baseline = Baseline(period: CheckFixtures.year(2017))
            goal.target = Target(comparator: .atLeast, value: .absolute(25_000, percent: false), sustained: true)
        }
        #expect(!CheckFixtures.findings(goal).contains { $0.rule == .noBaseline })
    }

    @Test("a sustained relative target still needs the baseline's figure, and says so")
    func sustainedRelativeNeedsTheFigure() {
        let goal = CheckFixtures.spoiled { goal in
            goal.baseline = Baseline(period: CheckFixtures.year(2017))
            goal.target = Target(comparator: .atLeast, value: .relativePercent(10), sustained: true)
        }
        #expect(CheckFixtures.findings(goal).contains { $0.rule == .noBaseline })
    }
}
