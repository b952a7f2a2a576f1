import KoersCore
import Testing
@testable import KoersGoalFile

@Suite struct AssemblerTests {
    private let metrics = """
    metric aanvragen
        unit count
        value 2020 = 10
    metric wcag
        unit yes-no

    """

    private func assemble(_ files: [(path: String, text: String)]) -> GoalFileAssembly {
        GoalFileAssembler.assemble(files.map { GoalFileParser.parse(text: $0.text, path: $0.path) })
    }

    @Test func filesAreJoinedInTheOrderGiven() throws {
        let assembly = assemble([
            ("a.koers", metrics),
            ("b.koers", "goal b1\n    title \"B1\"\n    metric aanvragen\ndata \"b.csv\"\n"),
            ("c.koers", "goal c1\n    title \"C1\"\nmetric bezoekers\n    value 2019 = 3\n"),
        ])
        #expect(assembly.diagnostics.isEmpty)
        #expect(assembly.rejectedPaths.isEmpty)
        #expect(assembly.model.metrics.map(\.id) == ["aanvragen", "wcag", "bezoekers"])
        #expect(assembly.model.goals.map(\.id) == ["b1", "c1"])
        #expect(assembly.model.dataDeclarations.map(\.path) == ["b.csv"])
        #expect(assembly.model.store == ObservationStore())
        #expect(assembly.inlineValues.map(\.series.metric) == ["aanvragen", "bezoekers"])
        #expect(assembly.inlineValues.map(\.location?.file) == ["a.koers", "c.koers"])
        #expect(assembly.model.goal("c1")?.location?.file == "c.koers")
    }

    @Test func aDuplicateGoalIdNamesBothPlacesAndTheLaterFileIsNotLoaded() throws {
        let assembly = assemble([
            ("a.koers", "goal meer-online\n    title \"A\"\n"),
            ("b.koers", "# tweede\ngoal meer-online\n    title \"B\"\ngoal ander\n    title \"C\"\n"),
        ])
        #expect(assembly.diagnostics.map { $0.formatted(in: .en) } == [
            """
            b.koers:2:6: error: there is already a goal with id `meer-online`, at a.koers:1:6
                goal meer-online
                     ^^^^^^^^^^^
                ids are unique across all loaded goal files: rename one of them
            """,
        ])
        #expect(assembly.diagnostics[0].formatted(in: .nl).hasPrefix(
            "b.koers:2:6: fout: er is al een doel met id `meer-online`, in a.koers:1:6"))
        #expect(assembly.rejectedPaths == ["b.koers"])
        #expect(assembly.model.goals.map(\.title) == ["A"])
    }

    @Test func aDuplicateMetricIdInOneFileRejectsThatFile() throws {
        let assembly = assemble([
            ("a.koers", "metric m\n    value 2020 = 1\nmetric m\n    unit count\n"),
            ("b.koers", "goal g\n    title \"G\"\n"),
        ])
        #expect(assembly.diagnostics.map(\.location) == [SourceLocation(file: "a.koers", line: 3, column: 8)])
        #expect(assembly.diagnostics[0].message.en == "there is already a metric with id `m`, at a.koers:1:8")
        #expect(assembly.rejectedPaths == ["a.koers"])
        #expect(assembly.model.metrics.isEmpty)
        #expect(assembly.inlineValues.isEmpty)
        #expect(assembly.model.goals.map(\.id) == ["g"])
    }

    @Test func goalsAndMetricsHaveSeparateIds() {
        #expect(assemble([("a.koers", "metric x\ngoal x\n    title \"X\"\n")]).diagnostics.isEmpty)
    }

    @Test func aYesNoTargetOnACountMetricIsAnError() throws {
        let assembly = assemble([
            ("metrics.koers", metrics),
            ("goals.koers", "goal g\n    title \"G\"\n    metric aanvragen{kanaal=web}\n    target >= ja\n"),
        ])
        // `>= ja` is refused by the parser already; `= ja` parses, and does not fit a count.
        #expect(assembly.rejectedPaths == ["goals.koers"])
        let fitting = assemble([
            ("metrics.koers", metrics),
            ("goals.koers", "goal g\n    title \"G\"\n    metric aanvragen{kanaal=web}\n    target = ja by 2024\n"),
        ])
        #expect(fitting.diagnostics.map { $0.formatted(in: .en) } == [
            """
            goals.koers:4:12: error: a yes/no target does not fit metric `aanvragen`, whose unit is `count`
                    target = ja by 2024
                           ^^^^^^^^^^^^
                give a number with `>=` or `<=`, or declare the metric with `unit yes-no`
            """,
        ])
        #expect(fitting.diagnostics[0].formatted(in: .nl).hasPrefix(
            "goals.koers:4:12: fout: een ja/nee-streefwaarde past niet bij indicator `aanvragen`, met eenheid `aantal`"))
        #expect(fitting.rejectedPaths == ["goals.koers"])
        #expect(fitting.model.goals.isEmpty)
        #expect(fitting.model.metrics.count == 2)
    }

    @Test func aPercentageOnACountIsLoadedWithAWarningAtItsPlace() throws {
        let assembly = assemble([
            ("metrics.koers", metrics),
            ("goals.koers", "goal meer\n    title \"Meer\"\n    metric aanvragen\n    baseline 2020\n    target >= 10% by 2024\n"),
        ])
        #expect(assembly.rejectedPaths.isEmpty)
        #expect(assembly.model.goals.map(\.id) == ["meer"])
        #expect(assembly.diagnostics.map { $0.formatted(in: .en) } == [
            """
            goals.koers:5:12: warning: goal meer: `>= 10%` on aanvragen (a count) is judged as the number >= 10, not as a change; did you mean `+10%`?
                    target >= 10% by 2024
                           ^^^^^^^^^^^^^^
                `+10%` means +10% compared with the baseline; a plain `>= 10` means the number itself.
            """,
        ])
        #expect(assembly.diagnostics[0].formatted(in: .nl).hasPrefix(
            "goals.koers:5:12: waarschuwing: doel meer: `>= 10%` op aanvragen (een aantal) wordt beoordeeld als het getal >= 10, niet als verandering; bedoelde u `+10%`?"))
        let meant = assemble([
            ("metrics.koers", metrics),
            ("goals.koers", "goal meer\n    title \"Meer\"\n    metric aanvragen\n    baseline 2020\n    target >= +10% by 2024\n"),
        ])
        #expect(meant.diagnostics.isEmpty)
    }

    @Test func aNumberOnAYesNoMetricIsAnError() throws {
        let assembly = assemble([
            ("metrics.koers", metrics),
            ("goals.koers", "goal toegankelijk\n    title \"WCAG 2.1\"\n    metric wcag\n    target >= 90\n"),
        ])
        #expect(assembly.diagnostics.map { $0.formatted(in: .en) } == [
            """
            goals.koers:4:12: error: metric `wcag` is yes/no: its target is `= yes` or `= no`, not a number
                    target >= 90
                           ^^^^^
            """,
        ])
    }

    @Test func aTotalOfFiguresThatDoNotAddUpIsAnError() throws {
        let assembly = assemble([
            ("goals.koers", "metric m\n    unit percent\n\ngoal g\n    title \"T\"\n    metric m\n    target total >= 90\n"),
        ])
        #expect(assembly.diagnostics.map { $0.formatted(in: .en) } == [
            """
            goals.koers:7:12: error: a total (`total`) adds up the figures of `m`, which do not add up: its unit is not count or euro and it does not say `combine sum`
                    target total >= 90
                           ^^^^^^^^^^^
            """,
        ])
        let summed = assemble([
            ("goals.koers", "metric m\n    unit percent\n    combine sum\n\ngoal g\n    title \"T\"\n    metric m\n    target total >= 90\n"),
        ])
        #expect(summed.diagnostics.isEmpty)
    }

    @Test func aBenchmarkNoFileDeclaresIsAnError() throws {
        let assembly = assemble([
            ("goals.koers", "metric w\n    unit percent\n\ngoal g\n    title \"T\"\n    metric w\n    target <= benchmark w_nl\n"),
        ])
        #expect(assembly.diagnostics.map { $0.formatted(in: .en) } == [
            """
            goals.koers:7:12: error: the benchmark `w_nl` is not a metric any loaded file declares
                    target <= benchmark w_nl
                           ^^^^^^^^^^^^^^^^^
                declare it (`metric w_nl` with its `value` lines or a `data` file), or correct the id
            """,
        ])
        #expect(assembly.rejectedPaths == ["goals.koers"])
        let declared = assemble([
            ("goals.koers", "metric w\n    unit percent\n\nmetric w_nl\n    unit percent\n\ngoal g\n    title \"T\"\n    metric w\n    target <= benchmark w_nl\n"),
        ])
        #expect(declared.diagnostics.isEmpty)
    }

    @Test func aPlainMilestoneOnABenchmarkGoalIsAnError() throws {
        // The goal is judged on the gap to the benchmark: a plain `<= 5` would be read as a gap of 5.
        let head = "metric w\n    unit percent\n\nmetric w_nl\n    unit percent\n\ngoal g\n    title \"T\"\n    metric w\n    target <= benchmark w_nl\n"
        let plain = assemble([("goals.koers", head + "    milestone 2022 <= 5\n")])
        #expect(plain.diagnostics.map { $0.formatted(in: .en) } == [
            """
            goals.koers:11:15: error: the goal is judged against the benchmark `w_nl`, so a milestone must be too: a plain number would be read as a gap to it
                    milestone 2022 <= 5
                              ^^^^^^^^^
                write the milestone against the benchmark (`milestone 2022 <= benchmark w_nl +1`)
            """,
        ])
        #expect(plain.rejectedPaths == ["goals.koers"])
        #expect(assemble([("goals.koers", head + "    milestone 2022 <= benchmark w_nl +1\n")]).diagnostics.isEmpty)
    }

    @Test func milestonesAreCheckedLikeTargets() throws {
        let assembly = assemble([
            ("metrics.koers", metrics),
            ("goals.koers", "goal g\n    title \"G\"\n    metric wcag\n    target = ja\n    milestone 2021 = nee\n    milestone 2022 >= +5%\n"),
        ])
        #expect(assembly.diagnostics.map(\.location) == [SourceLocation(file: "goals.koers", line: 6, column: 15)])
        #expect(assembly.diagnostics[0].length == 11)
    }

    @Test func targetsThatFitTheirMetricAreFine() {
        let assembly = assemble([
            ("metrics.koers", metrics),
            ("goals.koers", """
            goal a
                title "A"
                metric aanvragen
                target >= +10%
                milestone 2022 <= 3 pp
            goal b
                title "B"
                metric wcag
                target = ja
            goal c
                title "C"
                metric aanvragen
                target "goed"
            goal d
                title "D"
                metric onbekend
                target = ja
            goal e
                title "E"
                metric aanvragen

            """),
        ])
        #expect(assembly.diagnostics.isEmpty)
        #expect(assembly.model.goals.count == 5)
    }

    @Test func aGoalMeasuredByAnUndeclaredMetricIsLoaded() {
        let assembly = assemble([("a.koers", "goal g\n    title \"G\"\n    metric nergens\n    target >= 5\n")])
        #expect(assembly.diagnostics.isEmpty)
        #expect(assembly.model.goals.count == 1)
    }

    @Test func parseErrorsAreKeptAndTheirFilesLeftOut() {
        let assembly = assemble([
            ("a.koers", "goal a\n    title \"A\"\n"),
            ("b.koers", "goal a\n    title \"B\"\n"),
            ("c.koers", "goal c\n    title \"C\"\n    target >= 1.234\n"),
            ("d.koers", "goal d\n    title \"D\"\n"),
        ])
        #expect(assembly.diagnostics.map(\.location?.file) == ["c.koers", "b.koers"])
        #expect(assembly.rejectedPaths == ["b.koers", "c.koers"])
        #expect(assembly.model.goals.map(\.title) == ["A", "D"])
    }

    @Test func aGoalMetInAFileThatWasRejectedStillCountsForDuplicates() {
        // The first declaration wins even when its own file is rejected for another reason, so
        // that fixing one error never reveals a new one elsewhere.
        let assembly = assemble([
            ("metrics.koers", metrics),
            ("a.koers", "goal g\n    title \"A\"\n    metric wcag\n    target >= 5\n"),
            ("b.koers", "goal g\n    title \"B\"\n"),
        ])
        #expect(assembly.rejectedPaths == ["a.koers", "b.koers"])
        #expect(assembly.diagnostics.count == 2)
    }

    @Test func noFilesGiveAnEmptyModel() {
        let assembly = GoalFileAssembler.assemble([GoalFileDocument]())
        #expect(assembly.model == GoalModel())
        #expect(assembly.diagnostics.isEmpty)
    }
}
