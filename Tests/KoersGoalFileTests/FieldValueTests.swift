import KoersCore
import Testing
@testable import KoersGoalFile

/// One field read on its own, as an edit at the prompt gives it.
@Suite struct FieldValueTests {
    @Test(arguments: [
        ("target >= 90% by 2026", nil, GoalFieldValue.target(Target(comparator: .atLeast, value: .absolute(90, percent: true)), deadline: .year(2026))),
        ("streefwaarde minimaal 52.000 uiterlijk 2024", NumberNotation.dutch,
         .target(Target(comparator: .atLeast, value: .absolute(52000, percent: false)), deadline: .year(2024))),
        ("Target = ja", nil, .target(Target(comparator: .equals, value: .yesNo(true)), deadline: nil)),
        ("titel \"Meer online\"", nil, .title("Meer online")),
        ("bron \"Begroting\", \"Programma 1\"", nil, .source(DocumentReference(document: "Begroting", section: "Programma 1"))),
        ("owner \"Team\"", nil, .owner("Team")),
        ("afbakening \"Alle producten\"", nil, .scope("Alle producten")),
        ("indicator aanvragen{kanaal=web}", nil, .metric(SeriesKey(metric: "aanvragen", labels: [Label(name: "kanaal", value: "web")]))),
        ("nulmeting 2020 = 49.525", .dutch, .baseline(Baseline(period: .year(2020), value: 49525))),
        ("uiterlijk 2026-Q4", nil, .deadline(Period(year: 2026, granularity: .quarter, index: 4)!)),
        ("mijlpaal 2022 >= +5%", nil, .milestone(Milestone(period: .year(2022)!, target: Target(comparator: .atLeast, value: .relativePercent(5))))),
        ("note \"Aanname\"", nil, .note("Aanname")),
        ("waiver no-deadline \"Loopt door\"", nil, .waiver(Waiver(rule: "no-deadline", reason: "Loopt door"))),
        ("    target <= 3   # met commentaar", nil, .target(Target(comparator: .atMost, value: .absolute(3, percent: false)), deadline: nil)),
    ] as [(String, NumberNotation?, GoalFieldValue)])
    func goalFields(text: String, notation: NumberNotation?, value: GoalFieldValue) throws {
        #expect(try GoalFileParser.goalField(text, notation: notation).get() == value)
    }

    @Test(arguments: [
        ("eenheid procent", MetricFieldValue.unit(.percent)),
        ("frequency quarterly", .frequency(.quarter)),
        ("title \"Bezoekers\"", .title("Bezoekers")),
        ("bron \"CBS\"", .source("CBS")),
        ("definitie \"Unieke bezoekers\"", .definition("Unieke bezoekers")),
        ("totaal-van productgroep", .totalOf("productgroep")),
        ("formule som(aanvragen)", .formula(.sum(SeriesKey(metric: "aanvragen")))),
        ("waarde {doelgroep=bedrijven} 2021* = 7,2", .value(labels: [Label(name: "doelgroep", value: "bedrijven")], period: .year(2021)!, provisional: true, value: 7.2)),
    ])
    func metricFields(text: String, value: MetricFieldValue) throws {
        let read = try GoalFileParser.metricField(text, notation: .dutch).get()
        #expect(read == value)
        #expect(read.kind == GoalFileVocabulary.fieldLookup[String(text.prefix { $0 != " " })])
    }

    @Test func aWrongFieldSaysWhyWithItsPlace() {
        func shown(_ result: Result<GoalFieldValue, Diagnostic>) -> String? {
            guard case let .failure(diagnostic) = result else { return nil }
            return diagnostic.formatted(in: .en)
        }
        #expect(shown(GoalFileParser.goalField("target >= 1.234", notation: nil, source: "set")) == """
            set:1:11: error: `1.234` is ambiguous: in Dutch notation it is 1234 (`.` groups thousands), in English notation 1.234 (`.` is the decimal mark)
                target >= 1.234
                          ^^^^^
                add `notation nl` or `notation en` (Dutch: `getalnotatie nl`) at the top of the file to say how it writes numbers, or write `1234` for the whole number
            """)
        #expect(shown(GoalFileParser.goalField("traget >= 5", notation: nil))?.hasSuffix("did you mean `target`?") == true)
        #expect(shown(GoalFileParser.goalField("unit count", notation: nil))?.contains("`unit` is a field of a metric, not of a goal") == true)
        #expect(shown(GoalFileParser.goalField("", notation: nil)) == "input:1:1: error: expected a field name\n    \n    ^")
        #expect(shown(GoalFileParser.goalField("title \"\"", notation: nil))?.contains("the title is empty") == true)
        #expect(shown(GoalFileParser.goalField("title \"open", notation: nil))?.contains("no closing quote") == true)
        #expect(shown(GoalFileParser.goalField("owner \"a\" b", notation: nil))?.contains("unexpected `b`") == true)
        guard case let .failure(diagnostic) = GoalFileParser.metricField("owner \"x\"", notation: nil) else {
            Issue.record("a goal field was accepted as a metric field")
            return
        }
        #expect(diagnostic.message.en == "`owner` is a field of a goal, not of a metric")
    }

    @Test func applyingReplacesOrAdds() {
        var goal = Goal(id: "g", title: "T", deadline: .year(2030), notes: ["een"])
        GoalFieldValue.note("twee").apply(to: &goal)
        GoalFieldValue.target(Target(comparator: .atLeast, value: .absolute(5, percent: false)), deadline: nil).apply(to: &goal)
        #expect(goal.notes == ["een", "twee"])
        #expect(goal.deadline == .year(2030))
        GoalFieldValue.target(Target(comparator: .atLeast, value: .absolute(6, percent: false)), deadline: .year(2026)).apply(to: &goal)
        #expect(goal.target == Target(comparator: .atLeast, value: .absolute(6, percent: false)))
        #expect(goal.deadline == .year(2026))
        GoalFieldValue.title("U").apply(to: &goal)
        #expect(goal.title == "U")

        var metric = Metric(id: "m", unit: .count)
        MetricFieldValue.unit(.percent).apply(to: &metric)
        MetricFieldValue.value(labels: [], period: .year(2020)!, provisional: false, value: 1).apply(to: &metric)
        #expect(metric == Metric(id: "m", unit: .percent))
    }

    @Test func everyFieldValueKnowsItsKind() throws {
        #expect(try GoalFileParser.goalField("uiterlijk 2026", notation: nil).get().kind == .deadline)
        #expect(try GoalFileParser.goalField("milestone 2022 = ja", notation: nil).get().kind == .milestone)
        #expect(try GoalFileParser.goalField("ontheffing no-owner \"x\"", notation: nil).get().kind == .waiver)
        #expect(try GoalFileParser.metricField("value 2020 = 1", notation: nil).get().kind == .value)
    }

    /// The whole edit: a field typed at the prompt, applied to the goal, written in the file's
    /// style in place of the old line; the file then differs in that line only.
    @Test func anEditTypedAtThePromptChangesOneLineOfTheFile() throws {
        let document = try parseCleanly(dutchExample)
        var goal = document.content.goals[0]
        let value = try GoalFileParser.goalField("target >= 7,5 by 2026", notation: document.notation).get()
        value.apply(to: &goal)
        let block = try #require(document.block(.goal, named: goal.id))
        let field = try #require(block.fields(value.kind).first)
        let edited = document.replacingLines(field.lines, with: GoalFilePrinter.lines(for: value.kind, of: goal, style: GoalFileStyle(of: document)))
        let before = dutchExample.split(separator: "\n", omittingEmptySubsequences: false)
        let after = edited.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(zip(before, after).filter { $0 != $1 }.map(\.1) == ["    streefwaarde >= 7,5 uiterlijk 2026"])
        #expect(before.count == after.count)
        #expect(try parseCleanly(edited).content.goals[0] == goal)
    }
}
