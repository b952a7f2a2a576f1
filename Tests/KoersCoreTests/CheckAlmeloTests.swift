import Testing
@testable import KoersCore

/// The Almelo goals as the audit report *Digitaal Dienstbaar* (2021) quotes them, built from core
/// types, checked as of the report's date. The expected findings were written down first, from
/// the report's text, in docs/almelo-expected-findings.md; this test holds the check to them.
@Suite("Check Almelo")
struct CheckAlmeloTests {
    static let today = Period(year: 2021, granularity: .month, index: 6)!

    static let programme2015 = DocumentReference(document: "Programma Dienstverlening – op weg naar 2020 (2015)", section: "Strategische vertrekpunten")
    static let budget2021 = DocumentReference(document: "Programmabegroting 2021")
    static let programme2026 = DocumentReference(document: "Programma Dienstverlening 2021-2026 (in ontwikkeling)")

    static let requests = Metric(
        id: "digitale_aanvragen", title: "Digitale aanvragen per jaar", unit: .count, source: "Rekenkamerrapport Digitaal Dienstbaar, tabel 3.1",
        frequency: .year, definition: "Aanvragen van producten en diensten via de website (e-formulieren)")
    static let satisfaction = Metric(
        id: "tevredenheid_digitaal", title: "Tevredenheid digitale dienstverlening", unit: .grade,
        source: "Burgerpeiling waarstaatjegemeente.nl", definition: "Gemiddeld rapportcijfer van inwoners voor de digitale dienstverlening")

    static func year(_ year: Int) -> Period { Period.year(year)! }

    static let goals: [Goal] = [
        Goal(id: "waardering-goed", title: "Onze klanten waarderen onze dienstverlening met de beoordeling “goed”.",
             source: programme2015, metric: SeriesKey(metric: satisfaction.id),
             target: Target(comparator: nil, value: .qualitative("goed"))),
        Goal(id: "alle-producten-digitaal", title: "In 2017 zijn al onze producten waar dit kan en mag digitaal te verkrijgen.",
             source: programme2015, target: Target(comparator: .atLeast, value: .absolute(100, percent: true)), deadline: year(2017)),
        Goal(id: "meer-online", title: "bij diensten waar dat kan en wenselijk is er gemiddeld 10% meer volume online wordt afgenomen dan in 2020",
             source: budget2021, metric: SeriesKey(metric: requests.id), baseline: Baseline(period: year(2020)),
             target: Target(comparator: .atLeast, value: .relativePercent(10))),
        Goal(id: "nog-niet-online", title: "voor producten die nog niet online leverbaar zijn 15% hiervan (in 2020) online wordt aangeboden",
             source: budget2021, baseline: Baseline(period: year(2020)), target: Target(comparator: .atLeast, value: .absolute(15, percent: true))),
        Goal(id: "negentig-procent", title: "minimaal 90% van de producten waar dit kan en wenselijk is in 2026 gedigitaliseerd te hebben",
             source: programme2026, target: Target(comparator: .atLeast, value: .absolute(90, percent: true)), deadline: year(2026)),
        Goal(id: "kanaalsturing", title: "Wij passen kanaalverleiding en kanaalsturing toe.", source: programme2015),
        Goal(id: "online-verbeteren", title: "Daarom heeft het college de ambitie om de online dienstverlening nog verder te verbeteren", source: budget2021),
        Goal(id: "landelijke-initiatieven", title: "Wij sluiten aan bij landelijke en regionale initiatieven als hier meerwaarde door ontstaat.",
             source: programme2015),
    ]

    static let model: GoalModel = {
        var store = ObservationStore()
        let source = store.addSource(DataSource(path: "almelo.csv", kind: .csv, contentHash: "0"))
        func add(_ metric: Metric, _ figures: [(Int, Double)]) {
            store.append(figures.enumerated().map { offset, figure in
                Observation(period: year(figure.0), value: figure.1, provenance: Provenance(source: source, row: Int32(offset + 2), column: 2))
            }, to: SeriesKey(metric: metric.id))
        }
        add(requests, [(2018, 29734), (2019, 30416), (2020, 49525)])
        add(satisfaction, [(2019, 7.1)])
        return GoalModel(metrics: [requests, satisfaction], goals: goals, store: store)
    }()

    static let report = VagueGoalCheck.report(for: model, options: CheckFixtures.options(today: today))

    func rules(_ id: String) -> Set<CheckRule> {
        Set(Self.report.results.first { $0.goal.id == id }?.findings.map(\.rule) ?? [])
    }

    func finding(_ id: String, _ rule: CheckRule) -> [Finding] {
        Self.report.results.first { $0.goal.id == id }?.findings.filter { $0.rule == rule } ?? []
    }

    @Test func goodWithoutCutOff() {
        #expect(rules("waardering-goed") == [.qualitativeTarget, .noDeadline, .noBaseline, .noOwner])
        #expect(finding("waardering-goed", .qualitativeTarget).first?.span?.text == "goed")
    }

    @Test func allProductsDigitalIn2017() {
        #expect(rules("alle-producten-digitaal") == [.vagueScope, .deadlinePassed, .noMetric, .noBaseline, .noOwner])
        let scope = finding("alle-producten-digitaal", .vagueScope)
        // Both make the goal weak; neither stops its evaluation (the missing metric does).
        #expect(scope.map(\.span?.text) == ["al onze", "waar dit kan en mag"])
        #expect(scope.map(\.severity) == [.warning, .warning])
    }

    @Test func tenPercentMoreOnline() {
        #expect(rules("meer-online") == [.vagueScope, .noDeadline, .noOwner])
        #expect(finding("meer-online", .vagueScope).first?.span?.text == "waar dat kan en wenselijk is")
    }

    @Test func fifteenPercentOfProductsNotYetOnline() {
        #expect(rules("nog-niet-online") == [.noDeadline, .noMetric, .noOwner])
    }

    @Test func ninetyPercentIn2026() {
        #expect(rules("negentig-procent") == [.vagueScope, .noMetric, .noBaseline, .noOwner])
    }

    @Test func startingPointsWithoutTargets() {
        #expect(rules("kanaalsturing") == [.noTarget, .noDeadline, .noMetric, .noBaseline, .noOwner])
        #expect(rules("online-verbeteren") == [.noTarget, .noDeadline, .noMetric, .noBaseline, .noOwner, .vagueWording])
        #expect(finding("online-verbeteren", .vagueWording).map(\.span?.text) == ["verbeteren"])
        #expect(rules("landelijke-initiatieven") == [.noTarget, .noDeadline, .noMetric, .noBaseline, .noOwner, .vagueScope])
    }

    @Test func theErrorsAreExactlyWhatStopsEvaluation() {
        func errors(_ id: String) -> Set<CheckRule> {
            Set(Self.report.results.first { $0.goal.id == id }?.findings.filter { $0.severity == .error }.map(\.rule) ?? [])
        }
        #expect(errors("waardering-goed") == [.qualitativeTarget, .noDeadline, .noBaseline])
        #expect(errors("alle-producten-digitaal") == [.noMetric, .noBaseline])
        #expect(errors("meer-online") == [.noDeadline])
        #expect(errors("nog-niet-online") == [.noMetric, .noDeadline])
        #expect(errors("negentig-procent") == [.noMetric, .noBaseline])
        for id in ["kanaalsturing", "online-verbeteren", "landelijke-initiatieven"] {
            #expect(errors(id) == [.noTarget, .noDeadline, .noMetric, .noBaseline])
        }
    }

    @Test func noAlmeloGoalCanBeEvaluatedAndTheGateRefusesTheFile() {
        #expect(Self.report.results.allSatisfy { $0.verdict == .cannotBeEvaluated })
        #expect(Self.report.fails(strict: false))
        #expect(Self.report.results.first?.verdictText.nl.hasPrefix("niet te beoordelen: ") == true)
    }
}
