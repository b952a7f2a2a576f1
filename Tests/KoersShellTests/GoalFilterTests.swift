import KoersCore
import KoersRender
@testable import KoersShell
import PropertyBased
import SnapshotTesting
import Testing

/// `status STATUS… GOAL… --metric --file --sort` and the same filters on check: each case checked
/// against the evaluations picked by hand, in both languages; sorted and filtered dashboards at
/// 60 columns; filters commute.
@Suite("Asking: filtering and sorting goals")
struct GoalFilterTests {
    private func makeSession(_ sample: String = "tutorial", language: Language = .en, width: Int? = nil) throws -> (ShellSession, BufferedOutput) {
        let (session, output, _) = try sampleSession(sample, language: language)
        if let width { session.style = RenderStyle(colors: false, unicode: true, width: width) }
        return (session, output)
    }

    /// The ids `status … --format csv` lists, in its order.
    private func ids(_ words: [String], language: Language = .en) throws -> [String] {
        let (session, output) = try makeSession(language: language)
        try session.run(words + ["--format", "csv"])
        // Dutch CSV separates with ';'.
        return output.text.split(separator: "\n").dropFirst().map { String($0.split { $0 == "," || $0 == ";" }[0]) }
    }

    struct Case: Sendable, CustomStringConvertible {
        let words: [String]
        let keeps: @Sendable (GoalEvaluation) -> Bool
        var description: String { words.joined(separator: " ") }
    }

    static let cases: [Case] = [
        Case(words: ["status", "off-track"]) { $0.status == .offTrack },
        Case(words: ["stand", "achter-op-schema"]) { $0.status == .offTrack },
        Case(words: ["status", "off-track", "on-track"]) { $0.status == .offTrack || $0.status == .onTrack },
        Case(words: ["stand", "op-koers", "geen-gegevens"]) { $0.status == .onTrack || $0.status == .noData },
        Case(words: ["status", "library-*"]) { $0.goal.id.hasPrefix("library-") },
        Case(words: ["status", "*-rating-*", "e-forms-60"]) { $0.goal.id.contains("-rating-") || $0.goal.id == "e-forms-60" },
        Case(words: ["status", "--metric", "digital_rating"]) { $0.goal.metric?.metric == "digital_rating" },
        Case(words: ["stand", "--indicator", "aanvragen_online"]) { $0.goal.metric?.metric == "aanvragen_online" },
        Case(words: ["status", "--file", "service.koers"]) { $0.goal.location?.file.hasSuffix("/service.koers") == true },
        Case(words: ["stand", "--bestand", "dienstverlening.koers", "over-tijd"]) {
            $0.goal.location?.file.hasSuffix("/dienstverlening.koers") == true && $0.status == .overdue
        },
        Case(words: ["status", "--programme", "digital", "no-data"]) { $0.goal.programme == "digital" && $0.status == .noData },
    ]

    @Test("Each filter keeps exactly the goals picked by hand", arguments: cases)
    func filterKeepsTheGoalsPickedByHand(_ filterCase: Case) throws {
        let (session, _) = try makeSession()
        let expected = session.evaluations(asOf: session.peildatum).evaluations.filter(filterCase.keeps).map(\.goal.id)
        #expect(!expected.isEmpty, "a case that keeps nothing tests nothing")
        #expect(Set(try ids(filterCase.words)) == Set(expected))
    }

    @Test("No goal kept is an answer, not a failure, in both languages", arguments: Language.allCases)
    func noGoalKept(language: Language) throws {
        let (session, output) = try makeSession(language: language)
        try session.run(["status", "off-track", "--programme", "dienstverlening", "--fail-on", "off-track"])
        #expect(output.text == PolicyShellMessages.noGoalMatches.text(in: language) + "\n")
    }

    @Test("--sort lists by deadline, progress, status or id, in either language")
    func sorting() throws {
        let (session, _) = try makeSession()
        let evaluations = session.evaluations(asOf: session.peildatum).evaluations
        let byID = try ids(["status", "--sort", "id"])
        #expect(byID == evaluations.map(\.goal.id).sorted())
        let deadlines = try ids(["stand", "--sorteer", "deadline"]).map { id in evaluations.first { $0.goal.id == id }?.deadline }
        let dated = deadlines.prefix { $0 != nil }.compactMap { $0 }
        #expect(dated == dated.sorted())
        #expect(deadlines.dropFirst(dated.count).allSatisfy { $0 == nil })
        let progress = try ids(["status", "--sort", "voortgang"]).compactMap { id in evaluations.first { $0.goal.id == id }?.progress }
        #expect(progress == progress.sorted())
        let ranks = try ids(["status", "--sort", "status"]).compactMap { id in evaluations.first { $0.goal.id == id }?.status.dashboardRank }
        #expect(ranks == ranks.sorted())
    }

    @Test("The filters have Dutch names: --programma, --eigenaar, --indicator keep the same goals")
    func dutchFilterNames() throws {
        let (session, _) = try makeSession()
        let goal = try #require(session.workspace.model.goals.first { $0.programme != nil && $0.metric != nil })
        let programme = try #require(goal.programme)
        let owner = try #require(PolicyLinks(model: session.workspace.model).owner(of: goal))
        let metric = try #require(goal.metric?.metric)
        for (english, dutch) in [
            (["status", "--programme", programme], ["stand", "--programma", programme]),
            (["status", "--owner", owner], ["stand", "--eigenaar", owner]),
            (["status", "--metric", metric], ["stand", "--indicator", metric]),
        ] {
            let kept = try ids(english)
            #expect(!kept.isEmpty, "\(english) keeps a goal")
            #expect(try ids(dutch, language: .nl) == kept, "\(dutch)")
        }
    }

    @Test("check takes statuses and globs as well as ids")
    func checkFilters() throws {
        let (session, output) = try makeSession()
        let expected = session.evaluations(asOf: session.peildatum).evaluations.filter { $0.status == .notEvaluable }.map(\.goal.id)
        #expect(!expected.isEmpty)
        #expect(throws: CommandFailure.self) { try session.run(["check", "not-evaluable", "--format", "json"]) }
        for id in session.workspace.model.goals.map(\.id) {
            #expect(output.text.contains("\"\(id)\"") == expected.contains(id), "\(id)")
        }
    }

    @Test("A word that is no status and matches no goal, an unknown metric, a file without goals: errors in both languages")
    func unknownWords() throws {
        let (session, _) = try makeSession()
        #expect { try session.run(["status", "of-track"]) } throws: { error in
            (error as? CommandFailure)?.message.en == "no goal 'of-track'. Did you mean 'off-track'?"
        }
        #expect { try session.run(["status", "--metric", "digital_ratng"]) } throws: { error in
            (error as? CommandFailure)?.message == LocalizedText(
                en: "no metric 'digital_ratng'. Did you mean 'digital_rating'?", nl: "geen indicator 'digital_ratng'. Bedoelt u 'digital_rating'?")
        }
        #expect { try session.run(["status", "--file", "elsewhere.koers"]) } throws: { error in
            (error as? CommandFailure)?.message.nl == "geen doel staat in een bestand 'elsewhere.koers'."
        }
        #expect { try session.run(["status", "--sort", "title"]) } throws: { error in
            (error as? CommandFailure)?.exitCode == ExitCode.usage
        }
    }

    @Test("All off-track goals of a programme by deadline, on a 60-column terminal, in both languages", arguments: Language.allCases)
    func councilQuestionAtSixtyColumns(language: Language) throws {
        let words = language == .en
            ? ["status", "off-track", "at-risk", "overdue", "--sort", "deadline"]
            : ["stand", "achter-op-schema", "risico", "over-tijd", "--sorteer", "deadline"]
        let (session, output) = try makeSession(language: language, width: 60)
        try session.run(words)
        #expect(output.text.split(separator: "\n").allSatisfy { $0.count <= 60 }, "\(output.text)")
        assertSnapshot(of: output.text, as: .lines, named: "tutorial-off-track-by-deadline-\(language.rawValue)")
        let (almelo, almeloOutput) = try makeSession("almelo", language: language, width: 60)
        try almelo.run(["status", "--programme", "bestuur-en-ondersteuning", "--sort", "deadline", "--format", "markdown"])
        assertSnapshot(of: almeloOutput.text, as: .lines, named: "almelo-programme-by-deadline-markdown-\(language.rawValue)")
    }

    @Test("TAB completes status words after status and sort keys after --sort")
    func completion() throws {
        let (session, _) = try makeSession()
        let completer = ShellCompleter(session: session)
        func complete(_ line: String) -> [String] { completer.complete(line: line, cursor: line.count).candidates }
        #expect(complete("status off-") == ["off-track"])
        #expect(complete("stand achter") == ["achter", "achter-op-schema"])
        #expect(complete("status lib").allSatisfy { $0.hasPrefix("library-") })
        #expect(complete("status --sort dead") == ["deadline"])
        #expect(complete("stand --sorteer v") == ["voortgang"])
    }

    @Test func twoFiltersGiveTheSameGoalsInEitherOrder() async throws {
        let (session, _) = try makeSession()
        let model = session.workspace.model
        let set = session.evaluations(asOf: session.peildatum)
        let links = PolicyLinks(model: model)
        let ids = model.goals.map(\.id)
        let metrics = Array(Set(model.goals.compactMap { $0.metric?.metric })).sorted()
        let programmes = model.programmes.map(\.id)
        let filters: [GoalFilter] = GoalStatus.allCases.map { GoalFilter(statuses: [$0]) }
            + ids.map { GoalFilter(goalPatterns: [String($0.prefix(4)) + "*"]) }
            + metrics.map { GoalFilter(metric: $0) }
            + programmes.map { GoalFilter(programme: $0) }
            + ["service.koers", "dienstverlening.koers"].map { GoalFilter(file: $0) }
            + [GoalFilter(owner: "team"), GoalFilter(document: "programmabegroting-2021")]
        await propertyCheck(count: 200, input: Gen.int(in: 0...(filters.count - 1)), Gen.int(in: 0...(filters.count - 1))) { first, second in
            let oneThenOther = links.filtered(links.filtered(set, filters[first]), filters[second]).evaluations.map(\.goal.id)
            let otherThenOne = links.filtered(links.filtered(set, filters[second]), filters[first]).evaluations.map(\.goal.id)
            #expect(oneThenOther == otherThenOne)
        }
    }
}

/// `find WORD`: where a word occurs in the goals, ignoring case and accents, in both languages.
@Suite("Finding goals by a word")
struct GoalSearchTests {
    @Test("find lists each goal with the fields the word was found in, in English and Dutch", arguments: Language.allCases)
    func findInBothLanguages(language: Language) throws {
        let (session, output, _) = try sampleSession("almelo", language: language)
        session.style = RenderStyle(colors: false, unicode: true, width: 60)
        try session.run([language == .en ? "find" : "zoek", "GEEVALUEERD"])
        #expect(output.text.split(separator: "\n").allSatisfy { $0.count <= 60 }, "\(output.text)")
        assertSnapshot(of: output.text, as: .lines, named: "almelo-find-geevalueerd-\(language.rawValue)")
    }

    @Test("find ignores case and accents and names every field it was found in")
    func foldingAndFields() throws {
        let (session, _, _) = try sampleSession("almelo")
        let goals = session.workspace.model.goals
        let matches = GoalSearch.matches(of: "GEEVALUEERD", in: goals)
        let expected = goals.filter { goal in goal.notes.contains { $0.contains("geëvalueerd") } }.map(\.id)
        #expect(!expected.isEmpty)
        #expect(matches.map(\.goal.id) == expected)
        #expect(matches.allSatisfy { $0.fields.contains(.notes) && $0.line.contains("geëvalueerd") })
        let byID = try #require(GoalSearch.matches(of: "Meer-Volume", in: goals).first)
        #expect(byID.goal.id == "meer-volume-online" && byID.fields.first == .id && byID.line == byID.goal.title)
        #expect(GoalSearch.matches(of: "", in: goals).isEmpty)
    }

    @Test("find with nothing found is an error in both languages; JSON names the fields")
    func nothingFoundAndJSON() throws {
        let (session, output, _) = try sampleSession("tutorial")
        #expect { try session.run(["find", "zzz"]) } throws: { error in
            (error as? CommandFailure)?.message == LocalizedText(
                en: "no goal's id, title, notes or source contains 'zzz'.", nl: "geen id, titel, notitie of bron van een doel bevat 'zzz'.")
        }
        try session.run(["find", "rating", "--format", "json"])
        #expect(output.text.contains("\"foundIn\" : \"id\"") || output.text.contains("\"foundIn\": \"id\""), "\(output.text)")
    }
}

/// `diff P1 P2` in JSON and CSV: the figures then and now and the change beside the statuses.
@Suite("diff: how the figures moved")
struct DiffFiguresTests {
    @Test("diff --format json and csv carry the figures then and now and the change")
    func figuresInJSONAndCSV() throws {
        let (session, output, _) = try sampleSession("tutorial")
        let set2022 = session.evaluations(asOf: .period(Period.parse("2022")!.period))
        let set2024 = session.evaluations(asOf: .period(Period.parse("2024")!.period))
        let before = try #require(set2022["digital-rating-7-5"].flatMap(StatusChange.figure))
        let after = try #require(set2024["digital-rating-7-5"].flatMap(StatusChange.figure))
        try session.run(["diff", "2022", "2024", "--format", "csv"])
        let row = try #require(output.text.split(separator: "\n").first { $0.hasPrefix("digital-rating-7-5,") })
        let fields = row.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        #expect(output.text.hasPrefix("id,before,after,valueBefore,valueAfter,change\n"))
        #expect(Double(fields[3]) == before && Double(fields[4]) == after)
        #expect(abs((Double(fields[5]) ?? .nan) - (after - before)) < 1e-9)
    }
}

/// `report STATUS… GOAL… --programme …`: the report covers the goals the filter keeps.
@Suite("report with the status filters")
struct ReportFilterTests {
    @Test("report off-track --format json has exactly the off-track goals; nothing kept is an error")
    func reportKeepsTheFilteredGoals() throws {
        let (session, output, _) = try sampleSession("tutorial")
        let expected = session.evaluations(asOf: session.peildatum).evaluations.filter { $0.status == .offTrack }.map(\.goal.id)
        #expect(!expected.isEmpty)
        try session.run(["rapport", "achter-op-schema", "--format", "json"])
        for id in session.workspace.model.goals.map(\.id) {
            #expect(output.text.contains("\"id\": \"\(id)\"") == expected.contains(id), "\(id)")
        }
        #expect(throws: CommandFailure.self) { try session.run(["report", "missed", "--programme", "digital", "--format", "json"]) }
    }
}
