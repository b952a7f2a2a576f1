import Testing
@testable import KoersCore

/// The rules about the policy as a whole: documents the council did not adopt, documents past
/// their horizon without an evaluation, policy areas spread over several documents (issue 17).
@Suite("Check rules on documents and policy areas")
struct PolicyCheckTests {
    typealias F = CheckFixtures

    static let asOfJune2021 = Period(year: 2021, granularity: .month, index: 6)!

    static func goal(_ id: String, source: String?, theme: String? = "Digitale dienstverlening", programme: String? = nil) -> Goal {
        F.spoiled {
            $0.id = id
            $0.source = source.map { DocumentReference(document: $0) }
            $0.theme = theme
            $0.programme = programme
        }
    }

    static let budget = PolicyDocument(id: "begroting-2021", title: "Programmabegroting 2021", kind: .budget,
                                       adoption: .adoptedByCouncil(nil), horizon: .year(2021))
    static let programme2015 = PolicyDocument(
        id: "programma-2015", title: "Programma Dienstverlening op weg naar 2020", kind: .programme,
        adoption: .noted(DocumentDate(Period(year: 2015, granularity: .month, index: 6)!)), horizon: .year(2020),
        location: SourceLocation(file: "beleidsdocumenten.koers", line: 33, column: 10))
    static let strategy = PolicyDocument(id: "online-strategie", title: "Online Strategie (2019)", kind: .strategy, adoption: .notPresented)

    func findings(documents: [PolicyDocument], goals: [Goal], today: Period = asOfJune2021, rule: CheckRule? = nil) -> CheckReport {
        var model = F.model(goals: goals, figures: F.requestFigures)
        model.documents = documents
        return VagueGoalCheck.report(for: model, rule: rule, options: F.options(today: today))
    }

    // MARK: not-adopted

    @Test func aDocumentOnlyNotedByTheCouncil() throws {
        let report = findings(documents: [Self.budget, Self.programme2015],
                              goals: [Self.goal("a", source: "Programma Dienstverlening op weg naar 2020"), Self.goal("b", source: "programma-2015"),
                                      Self.goal("c", source: "Programmabegroting 2021")])
        let found = try #require(report.policyFindings.first { $0.rule == .notAdopted })
        #expect(found.subject == .document(id: "programma-2015", name: "Programma Dienstverlening op weg naar 2020"))
        #expect(found.goalIDs == ["a", "b"])
        #expect(found.severity == .warning)
        #expect(found.location?.line == 33)
        #expect(found.message.en == "“Programma Dienstverlening op weg naar 2020” was only offered to the council for information (2015-06), not adopted: the council did not set its 2 goals.")
        #expect(found.message.nl == "‘Programma Dienstverlening op weg naar 2020’ is de raad alleen ter kennisname aangeboden (2015-06), niet vastgesteld: de raad heeft de 2 doelen ervan niet vastgesteld.")
        // The budget the council adopted is no finding.
        #expect(report.policyFindings.filter { $0.rule == .notAdopted }.count == 1)
    }

    @Test func aDocumentNeverPresentedOrSilent() throws {
        var silent = Self.strategy
        silent.id = "zwijgend"
        silent.title = "Zwijgend document"
        silent.adoption = nil
        let report = findings(documents: [Self.strategy, silent],
                              goals: [Self.goal("a", source: "Online Strategie (2019)"), Self.goal("b", source: "Zwijgend document")])
        let found = report.policyFindings.filter { $0.rule == .notAdopted }
        #expect(found.map(\.subject.identifier) == ["online-strategie", "zwijgend"])
        #expect(found[0].message.en.contains("was never put before the council"))
        #expect(found[1].message.en.contains("does not say whether the council adopted it"))
    }

    @Test func noFindingWithoutGoalsOrForARegulationThatSaysNothing() {
        let regulation = PolicyDocument(id: "besluit", title: "Tijdelijk besluit digitale toegankelijkheid", kind: .regulation)
        let report = findings(documents: [Self.strategy, regulation], goals: [Self.goal("a", source: "Tijdelijk besluit digitale toegankelijkheid")])
        #expect(!report.policyFindings.contains { $0.rule == .notAdopted })
    }

    // MARK: never-evaluated

    @Test func aProgrammePastItsHorizonWithoutAnEvaluation() throws {
        let report = findings(documents: [Self.programme2015], goals: [Self.goal("a", source: "programma-2015")])
        let found = try #require(report.policyFindings.first { $0.rule == .neverEvaluated })
        #expect(found.message.en == "“Programma Dienstverlening op weg naar 2020” ran to 2020 and was never evaluated: nobody can say whether its goal was reached.")
        #expect(found.message.nl.hasPrefix("‘Programma Dienstverlening op weg naar 2020’ liep tot en met 2020 en is nooit geëvalueerd"))
    }

    @Test func notYetPastItsHorizonOrEvaluatedOrABudget() {
        // As of the end of 2020 the programme still runs.
        let running = findings(documents: [Self.programme2015], goals: [], today: Period(year: 2020, granularity: .month, index: 12)!)
        #expect(!running.policyFindings.contains { $0.rule == .neverEvaluated })
        var evaluated = Self.programme2015
        evaluated.evaluations = [DocumentEvaluation(date: DocumentDate(.year(2021)!), title: "Evaluatie programma Dienstverlening")]
        #expect(!findings(documents: [evaluated], goals: []).policyFindings.contains { $0.rule == .neverEvaluated })
        // A budget is accounted for in the annual report.
        #expect(!findings(documents: [Self.budget], goals: [], today: .year(2024)!).policyFindings.contains { $0.rule == .neverEvaluated })
    }

    // MARK: scattered-policy

    @Test func oneAreaOverSeveralDocuments() throws {
        let report = findings(documents: [Self.budget, Self.programme2015, Self.strategy], goals: [
            Self.goal("a", source: "Programmabegroting 2021"), Self.goal("b", source: "programma-2015"),
            Self.goal("c", source: "Programma Dienstverlening op weg naar 2020"), Self.goal("d", source: "Online Strategie (2019)"),
        ])
        let found = try #require(report.policyFindings.first { $0.rule == .scatteredPolicy })
        #expect(found.subject == .area("Digitale dienstverlening"))
        #expect(found.goalIDs == ["a", "b", "c", "d"])
        #expect(found.location == nil)
        #expect(found.message.en == "The 4 goals of “Digitale dienstverlening” come from 3 documents and none holds them all: “Programmabegroting 2021” (1), “Programma Dienstverlening op weg naar 2020” (2), “Online Strategie (2019)” (1).")
        #expect(found.message.nl.hasPrefix("De 4 doelen van ‘Digitale dienstverlening’ komen uit 3 documenten en geen enkel document bevat ze allemaal"))
    }

    @Test func anAreaFromOneDocumentOrWithoutATheme() {
        let one = findings(documents: [Self.programme2015], goals: [Self.goal("a", source: "programma-2015"), Self.goal("b", source: "programma-2015")])
        #expect(!one.policyFindings.contains { $0.rule == .scatteredPolicy })
        let themeless = findings(documents: [Self.budget, Self.programme2015],
                                 goals: [Self.goal("a", source: "programma-2015", theme: nil), Self.goal("b", source: "begroting-2021", theme: nil)])
        #expect(!themeless.policyFindings.contains { $0.rule == .scatteredPolicy })
        // A source that names no declared document (a data system) is not counted.
        let undeclared = findings(documents: [Self.programme2015],
                                  goals: [Self.goal("a", source: "programma-2015"), Self.goal("b", source: "Zaaksysteem")])
        #expect(!undeclared.policyFindings.contains { $0.rule == .scatteredPolicy })
    }

    @Test func aGoalTakesItsProgrammesTheme() {
        var model = F.model(goals: [Self.goal("a", source: "programma-2015", theme: nil, programme: "p"), Self.goal("b", source: "begroting-2021")],
                            figures: F.requestFigures)
        model.documents = [Self.budget, Self.programme2015]
        model.programmes = [Programme(id: "p", title: "Dienstverlening", theme: "Digitale dienstverlening")]
        let found = PolicyCheck.findings(for: model, options: F.options(today: Self.asOfJune2021))
        #expect(found.first { $0.rule == .scatteredPolicy }?.goalIDs == ["a", "b"])
    }

    @Test("A goal without an owner of its own is owned by its programme's or its document's owner")
    func ownerFromProgrammeOrDocument() {
        var ownedBudget = Self.budget
        ownedBudget.owner = "Wethouder Financiën"
        let goals = [
            Self.goal("by-programme", source: "Zaaksysteem", programme: "p"),
            Self.goal("by-document", source: "begroting-2021"),
            Self.goal("nobody", source: "programma-2015"),
        ]
        var model = F.model(goals: goals.map { goal in var goal = goal; goal.owner = nil; return goal }, figures: F.requestFigures)
        model.documents = [ownedBudget, Self.programme2015]
        model.programmes = [Programme(id: "p", title: "Dienstverlening", owner: "Wethouder Dienstverlening")]
        let report = VagueGoalCheck.report(for: model, rule: .noOwner, options: F.options(today: Self.asOfJune2021))
        let unowned = report.results.filter { $0.findings.contains { $0.rule == .noOwner } }.map(\.goal.id)
        #expect(unowned == ["nobody"])
    }

    // MARK: waivers, order, filter, gate

    @Test func aWaiverOnTheDocument() throws {
        var noted = Self.programme2015
        noted.waivers = [Waiver(rule: "not-adopted", reason: "De raad koos in 2015 voor een rol op afstand")]
        let report = findings(documents: [noted, Self.strategy],
                              goals: [Self.goal("a", source: "programma-2015"), Self.goal("b", source: "online-strategie")])
        let notAdopted = report.policyFindings.filter { $0.rule == .notAdopted }
        // Waived findings still show, after the unwaived ones.
        #expect(notAdopted.map(\.isWaived) == [false, true])
        #expect(notAdopted.last?.waiver?.reason == "De raad koos in 2015 voor een rol op afstand")
        // The area's waiver is on any of its documents.
        var accepted = Self.strategy
        accepted.waivers = [Waiver(rule: "scattered-policy", reason: "Bewust: de strategie gaat alleen over de website")]
        let area = findings(documents: [Self.programme2015, accepted],
                            goals: [Self.goal("a", source: "programma-2015"), Self.goal("b", source: "online-strategie")])
        #expect(try #require(area.policyFindings.first { $0.rule == .scatteredPolicy }).isWaived)
    }

    @Test func warningsAboutThePolicyFailOnlyAStrictCheck() {
        var fine = F.soundGoal
        fine.source = DocumentReference(document: "online-strategie")
        let report = findings(documents: [Self.strategy], goals: [fine], today: CheckFixtures.today)
        #expect(report.results.allSatisfy { $0.verdict == .fine })
        #expect(report.policyFindings.map(\.rule) == [.notAdopted])
        #expect(!report.fails(strict: false))
        #expect(report.fails(strict: true))
        #expect(report.totals.policy == 1)
        #expect(report.totals.warnings == 1)
        var waived = Self.strategy
        waived.waivers = [Waiver(rule: "not-adopted", reason: "Uitvoering, geen kader")]
        let accepted = findings(documents: [waived], goals: [fine], today: CheckFixtures.today)
        #expect(!accepted.fails(strict: true))
        #expect(accepted.totals.waived == 1)
    }

    @Test func aRuleFilterAndAskedGoals() {
        let goals = [Self.goal("a", source: "programma-2015"), Self.goal("b", source: "online-strategie")]
        let filtered = findings(documents: [Self.programme2015, Self.strategy], goals: goals, rule: .neverEvaluated)
        #expect(filtered.results.isEmpty)
        #expect(filtered.policyFindings.map(\.rule) == [.neverEvaluated])
        // Checking a few goals is not checking the policy.
        var model = F.model(goals: goals, figures: F.requestFigures)
        model.documents = [Self.programme2015, Self.strategy]
        #expect(VagueGoalCheck.report(for: model, goalIDs: ["a"], options: F.options(today: Self.asOfJune2021)).policyFindings.isEmpty)
        // A goal's own findings never carry a policy rule.
        #expect(!VagueGoalCheck.findings(for: goals[0], in: model, options: F.options(today: Self.asOfJune2021)).contains { $0.rule.isPolicyRule })
    }
}
