import KoersCore
import PropertyBased
import Testing
@testable import KoersImport

/// The two rules the table interpreter applies after reading every record, on counts and
/// figures alone: which number notation a file is in, and which figures repeat a period.
@Suite("Import rules without bytes")
struct ImportRuleTests {
    typealias Decision = TableInterpreter.NotationDecision

    @Test func aDeclaredNotationWinsOverEveryProof() async {
        await propertyCheck(input: Gen.bool, Gen.int(in: 0...50), Gen.int(in: 0...50)) { dutch, dutchProofs, englishProofs in
            let declared: NumberNotation = dutch ? .dutch : .english
            let decision = Decision(declared: declared, dutchProofs: dutchProofs, englishProofs: englishProofs)
            #expect(decision == .decided(declared))
            #expect(decision.contrary != declared)
            #expect(!decision.ambiguousFiguresAreErrors)
        }
    }

    @Test func undeclaredTheFiguresDecide() async {
        await propertyCheck(input: Gen.int(in: 0...50), Gen.int(in: 0...50)) { dutchProofs, englishProofs in
            let decision = Decision(declared: nil, dutchProofs: dutchProofs, englishProofs: englishProofs)
            switch (dutchProofs > 0, englishProofs > 0) {
            case (true, true): #expect(decision == .mixed)
            case (true, false): #expect(decision == .decided(.dutch))
            case (false, true): #expect(decision == .decided(.english))
            case (false, false): #expect(decision == .undecided)
            }
            // Ambiguous figures are errors exactly when nothing decides them.
            #expect(decision.ambiguousFiguresAreErrors == (decision.notation == nil))
            #expect((decision.contrary == nil) == (decision.notation == nil))
        }
    }

    @Test func theContraryNotationIsTheOtherOne() {
        #expect(Decision.decided(.dutch).contrary == .english)
        #expect(Decision.decided(.english).contrary == .dutch)
        #expect(Decision.mixed.contrary == nil)
        #expect(Decision.undecided.notation == nil)
    }

    private static func figure(_ year: Int, row: Int) -> Observation {
        Observation(period: Period.year(year)!, value: Double(row), provenance: Provenance(source: 0, row: Int32(row), column: 3))
    }

    @Test func aRepeatedPeriodNamesTheEarlierRow() {
        var figures: SeriesFigures = [Self.figure(2021, row: 9), Self.figure(2020, row: 2), Self.figure(2021, row: 4)]
        TableInterpreter.DuplicateFigures.order(&figures)
        #expect(figures.map(\.provenance.row) == [2, 4, 9])
        let repeats = TableInterpreter.DuplicateFigures.repeats(in: figures)
        #expect(repeats.map(\.duplicate.provenance.row) == [9])
        #expect(repeats.map(\.earlier.provenance.row) == [4])
    }

    @Test func everyFigureBeyondTheFirstOfItsPeriodIsADuplicate() async {
        await propertyCheck(input: Gen.int(in: 2015...2020).array(of: 0...40)) { years in
            var figures = SeriesFigures(years.enumerated().map { Self.figure($0.element, row: $0.offset + 2) })
            TableInterpreter.DuplicateFigures.order(&figures)
            #expect(zip(figures, figures.dropFirst()).allSatisfy { ($0.period, $0.provenance.row) < ($1.period, $1.provenance.row) })
            let repeats = TableInterpreter.DuplicateFigures.repeats(in: figures)
            #expect(repeats.count == years.count - Set(years).count)
            for (duplicate, earlier) in repeats {
                #expect(duplicate.period == earlier.period)
                #expect(earlier.provenance.row < duplicate.provenance.row)
            }
        }
    }
}
