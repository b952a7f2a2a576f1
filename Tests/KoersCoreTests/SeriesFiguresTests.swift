import KoersCore
import PropertyBased
import Testing

/// The column-wise store of a series' figures gives back every figure as it went in, whatever
/// the runs its periods and rows fall into.
@Suite("SeriesFigures: column-wise figures")
struct SeriesFiguresTests {
    /// A figure from small numbers: runs of steady periods and rows, broken now and then by a
    /// jump, another granularity, source, column, provisional mark or a missing value.
    static func figure(_ step: [Int], previous: Observation?) -> Observation {
        let (jump, kind, mark, number) = (step[0], step[1], step[2], step[3])
        let granularity: Granularity = [.year, .quarter, .month, .halfYear][kind % 4]
        let last = previous.map { Int($0.period.year) } ?? 2015
        let period = Period(year: min(9999, last + jump), granularity: granularity, index: 1 + number % granularity.periodsPerYear)!
        let row = Int32(clamping: Int(previous?.provenance.row ?? 1) + (jump == 0 ? 1 : jump * 342))
        let provenance = Provenance(source: Int32(mark % 2), row: row, column: Int32(1 + mark % 3))
        let value: Double? = number % 7 == 0 ? nil : Double(number) / 10
        return Observation(period: period, value: value, provisional: mark == 3, provenance: provenance)
    }

    static let figures = Gen.int(in: 0...3).array(of: 4).array(of: 0...60).map { steps in
        steps.reduce(into: [Observation]()) { figures, step in figures.append(figure(step, previous: figures.last)) }
    }

    @Test func everyFigureComesBackAsItWentIn() async {
        await propertyCheck(input: Self.figures) { figures in
            let stored = SeriesFigures(figures)
            #expect(Array(stored) == figures)
            #expect(stored.count == figures.count)
            #expect(stored.map(\.provenance) == figures.map(\.provenance))
            #expect(stored.map(\.provisional) == figures.map(\.provisional))
            #expect(stored.hashValue == SeriesFigures(Array(stored)).hashValue)
        }
    }

    @Test func editsMatchTheSameEditsOnAnArray() async {
        await propertyCheck(input: Self.figures, Gen.int(in: -5...100_000), Gen.int(in: 0...2)) { figures, number, source in
            var stored = SeriesFigures(figures)
            var expected = figures
            stored.shiftRows(by: number)
            stored.setSource(Int32(source))
            for index in expected.indices {
                expected[index].provenance.row = Int32(clamping: Int(expected[index].provenance.row) + number)
                expected[index].provenance.source = Int32(source)
            }
            if !expected.isEmpty {
                let middle = number.magnitude.quotientAndRemainder(dividingBy: UInt(expected.count)).remainder
                stored.setValue(Double(number), at: Int(middle))
                expected[Int(middle)].value = Double(number)
            }
            #expect(Array(stored) == expected)
            stored.sort { $0.period < $1.period }
            expected.sort { $0.period < $1.period }
            #expect(Array(stored) == expected)
        }
    }

    @Test func aSortedSeriesIsOneRunOfEightBytesAFigure() {
        // 60 years of one municipality's figures, rows 342 apart: one run, a value each.
        let figures: [Observation] = (2015..<2075).map { (year: Int) -> Observation in
            let row = Int32(2 + (year - 2015) * 342)
            return Observation(period: Period.year(year)!, value: Double(year), provenance: Provenance(source: 0, row: row, column: 4))
        }
        let stored = SeriesFigures(figures)
        #expect(stored.runCount == 1)
        #expect(Array(stored) == figures)
        #expect(stored.last?.provenance.row == Int32(2 + 59 * 342))
    }

    @Test func rowsBeyondInt32AreClampedAsBefore() {
        let near = Observation(period: .year(2020)!, value: 1, provenance: Provenance(source: 0, row: .max - 1, column: 1))
        var stored: SeriesFigures = [near, Observation(period: .year(2021)!, value: 2, provenance: Provenance(source: 0, row: .max, column: 1))]
        stored.shiftRows(by: 5)
        #expect(stored.map(\.provenance.row) == [.max, .max])
    }
}
