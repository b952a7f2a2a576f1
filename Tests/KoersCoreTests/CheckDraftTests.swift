import Testing
@testable import KoersCore

/// `draft` on sentences from the Almelo report and from other public policy documents. Each
/// expected extraction was written by hand from the sentence before the test was run.
@Suite("Check draft")
struct CheckDraftTests {
    struct Expected {
        var target: (Comparator?, Double, DraftTarget.Kind, MetricUnit?)?
        var deadline: Int?
        var baseline: (Int?, Double?)?
        var codes: Set<CheckRule>
        /// The goal as drafted cannot be evaluated (`complete` is false).
        var incomplete: Bool
    }

    /// The month the Almelo report appeared: its 2017 and 2020 deadlines had passed, 2026 had not.
    static let today = Period(year: 2021, granularity: .month, index: 6)!

    func propose(_ sentence: String) -> DraftProposal {
        GoalDraft.propose(sentence, wordLists: CheckFixtures.wordLists, today: Self.today)
    }

    func verify(_ sentence: String, _ expected: Expected, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let proposal = propose(sentence)
        if let (comparator, value, kind, unit) = expected.target {
            #expect(proposal.target?.comparator == comparator, sourceLocation: sourceLocation)
            #expect(proposal.target?.value == value, sourceLocation: sourceLocation)
            #expect(proposal.target?.kind == kind, sourceLocation: sourceLocation)
            #expect(proposal.target?.unit == unit, sourceLocation: sourceLocation)
        } else {
            #expect(proposal.target == nil, sourceLocation: sourceLocation)
        }
        #expect(proposal.deadline?.period == expected.deadline.flatMap(Period.year), sourceLocation: sourceLocation)
        if let (period, value) = expected.baseline {
            #expect(proposal.baseline?.period == period.flatMap(Period.year), sourceLocation: sourceLocation)
            #expect(proposal.baseline?.value == value, sourceLocation: sourceLocation)
        } else {
            #expect(proposal.baseline == nil, sourceLocation: sourceLocation)
        }
        #expect(Set(proposal.findings.map(\.rule)) == expected.codes, sourceLocation: sourceLocation)
        #expect(proposal.complete == !expected.incomplete, sourceLocation: sourceLocation)
        #expect(proposal.vague == (expected.target == nil), sourceLocation: sourceLocation)
    }

    // MARK: Almelo (Digitaal Dienstbaar, 2021)

    @Test func almeloTenPercentMoreOnline() throws {
        let sentence = "bij diensten waar dat kan en wenselijk is er gemiddeld 10% meer volume online wordt afgenomen dan in 2020"
        verify(sentence, Expected(target: (.atLeast, 10, .relativePercent, nil), deadline: nil, baseline: (2020, nil),
                                  codes: [.vagueScope, .noDeadline], incomplete: true))
        let proposal = propose(sentence)
        #expect(proposal.target?.span.text == "10% meer")
        #expect(proposal.baseline?.span.text == "dan in 2020")
        #expect(proposal.findings.first { $0.rule == .vagueScope }?.span?.text == "waar dat kan en wenselijk is")
    }

    @Test func almeloNinetyPercentIn2026() throws {
        let sentence = "minimaal 90% van de producten waar dit kan en wenselijk is in 2026 gedigitaliseerd"
        verify(sentence, Expected(target: (.atLeast, 90, .absolute, .percent), deadline: 2026, baseline: nil,
                                  codes: [.vagueScope, .noBaseline], incomplete: true))
        let proposal = propose(sentence)
        #expect(proposal.target?.span == TextSpan(start: 0, end: 12, text: "minimaal 90%"))
        #expect(proposal.deadline?.span.text == "in 2026")
    }

    @Test func almeloAllProductsDigitalIn2017() {
        verify("In 2017 zijn al onze producten waar dit kan en mag digitaal te verkrijgen",
               Expected(target: nil, deadline: 2017, baseline: nil,
                        codes: [.noTarget, .vagueScope, .noBaseline, .deadlinePassed], incomplete: true))
    }

    @Test func almeloGoodWithoutCutOff() {
        let sentence = "Onze klanten waarderen onze dienstverlening met de beoordeling “goed”."
        verify(sentence, Expected(target: nil, deadline: nil, baseline: nil,
                                  codes: [.noTarget, .qualitativeTarget, .noDeadline, .noBaseline], incomplete: true))
        #expect(propose(sentence).findings.first { $0.rule == .qualitativeTarget }?.span?.text == "goed")
    }

    @Test func almeloFifteenPercentOfProductsNotYetOnline() {
        // No word says whether 15% is a floor or a ceiling: the draft leaves the comparator open,
        // and a target without one cannot be judged (`no-target`).
        verify("voor producten die nog niet online leverbaar zijn 15% hiervan (in 2020) online wordt aangeboden",
               Expected(target: (nil, 15, .absolute, .percent), deadline: 2020, baseline: nil,
                        codes: [.noTarget, .noBaseline, .deadlinePassed], incomplete: true))
    }

    @Test func almeloGrowthFromTheSummary() {
        verify("Het aantal gebruikers groeit van 29.724 in 2018 naar 49.525 in 2020",
               Expected(target: (.atLeast, 49525, .absolute, nil), deadline: 2020, baseline: (2018, 29724),
                        codes: [.deadlinePassed], incomplete: false))
    }

    // MARK: Other public policy documents

    @Test func euDigitalDecadeSkills() {
        // Digital Decade policy programme 2030. Without a baseline an absolute goal has no road:
        // until a figure meets it, it cannot be judged.
        verify("At least 80% of all adults should have basic digital skills by 2030",
               Expected(target: (.atLeast, 80, .absolute, .percent), deadline: 2030, baseline: nil,
                        codes: [.vagueScope, .noBaseline], incomplete: true))
    }

    @Test func euDigitalDecadeSpecialists() {
        verify("at least 20 million ICT specialists are employed in the EU by 2030",
               Expected(target: (.atLeast, 20_000_000, .absolute, nil), deadline: 2030, baseline: nil,
                        codes: [.noBaseline], incomplete: true))
    }

    @Test func euClimateLawRelativeReduction() {
        // European Climate Law: "by at least 55% by 2030, compared to 1990 levels".
        verify("reduce net greenhouse gas emissions by at least 55% by 2030, compared to 1990 levels",
               Expected(target: (.atMost, -55, .relativePercent, nil), deadline: 2030, baseline: (1990, nil),
                        codes: [], incomplete: false))
    }

    @Test func dutchNationalRenewableShare() {
        verify("Het aandeel hernieuwbare energie bedraagt in 2030 ten minste 27%",
               Expected(target: (.atLeast, 27, .absolute, .percent), deadline: 2030, baseline: nil,
                        codes: [.noBaseline], incomplete: true))
    }

    @Test func municipalBudgetFromToWithCeiling() {
        verify("Het aantal dakloze inwoners daalt van 1.200 in 2022 naar maximaal 900 in 2026",
               Expected(target: (.atMost, 900, .absolute, nil), deadline: 2026, baseline: (2022, 1200),
                        codes: [], incomplete: false))
    }

    @Test func municipalBudgetSatisfactionRises() {
        verify("Het percentage inwoners dat tevreden is over de dienstverlening stijgt van 72% in 2021 naar 80% in 2025",
               Expected(target: (.atLeast, 80, .absolute, .percent), deadline: 2025, baseline: (2021, 72),
                        codes: [], incomplete: false))
    }

    @Test func municipalBudgetGradeWithDutchDecimal() {
        verify("De waardering van de dienstverlening stijgt van 6,4 in 2019 naar 6,8 uiterlijk 2024",
               Expected(target: (.atLeast, 6.8, .absolute, nil), deadline: 2024, baseline: (2019, 6.4),
                        codes: [], incomplete: false))
    }

    @Test func municipalBudgetCeilingWithoutDeadline() {
        verify("Maximaal 3% van de aanvragen wordt te laat afgehandeld",
               Expected(target: (.atMost, 3, .absolute, .percent), deadline: nil, baseline: nil,
                        codes: [.noDeadline, .noBaseline], incomplete: true))
    }

    @Test func vagueVerbNextToConcreteTargetIsFine() {
        // A customer-contact standard as many councils publish it: "aim to" next to a number is
        // no `vague-wording`; only the missing baseline keeps it from being judged.
        verify("We aim to answer at least 90% of calls within 30 seconds by the end of 2025",
               Expected(target: (.atLeast, 90, .absolute, .percent), deadline: 2025, baseline: nil,
                        codes: [.noBaseline], incomplete: true))
    }

    @Test func purelyVagueEnglishSentence() {
        verify("Improve customer satisfaction significantly in the coming years",
               Expected(target: nil, deadline: nil, baseline: nil,
                        codes: [.noTarget, .noDeadline, .noBaseline, .vagueWording], incomplete: true))
    }

    @Test func relativeIncreaseByVerbInDutch() {
        verify("Het aantal digitale aanvragen met 10% verhogen ten opzichte van 2020, eind 2025",
               Expected(target: (.atLeast, 10, .relativePercent, nil), deadline: 2025, baseline: (2020, nil),
                        codes: [], incomplete: false))
    }

    @Test func relativeChangeNamedByANoun() {
        // Phrasing of many council plans: "a 20% reduction on 2019".
        verify("A 20% reduction in missed bin collections compared with 2019 by 2027",
               Expected(target: (.atMost, -20, .relativePercent, nil), deadline: 2027, baseline: (2019, nil),
                        codes: [], incomplete: false))
        verify("Een stijging van 5 procent van het aantal digitale aanvragen t.o.v. 2020",
               Expected(target: (.atLeast, 5, .relativePercent, nil), deadline: nil, baseline: (2020, nil),
                        codes: [.noDeadline], incomplete: true))
    }

    // MARK: Never invents

    @Test func nothingStatedNothingProposed() {
        let proposal = propose("Wij zetten in op een betere dienstverlening")
        #expect(proposal.target == nil && proposal.deadline == nil && proposal.baseline == nil)
        #expect(proposal.vague)
    }
}
