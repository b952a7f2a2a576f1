import KoersCore
import Testing

@Suite("Evaluation: docs/evaluation.md")
struct EvaluationTests {
    @Test("the worked example, exactly")
    func workedExampleFigures() throws {
        let fixture = workedExample()
        let result = fixture.evaluate(fixture.goals[0])
        #expect(result.asOf?.period == p("2022"))
        #expect(result.status == .onTrack)
        #expect(result.baseline?.value == 49525)
        #expect(result.baseline?.period == p("2020"))
        #expect(result.target == 54477.5)
        #expect(result.current?.value == 52100)
        #expect(result.current?.period == p("2022"))
        #expect(result.elapsed == 0.5)
        #expect(result.expected == 52001.25)
        #expect(abs(try #require(result.progress) - 0.5199) < 0.00005)
        let projection = try #require(result.projection)
        #expect(abs(projection.slope - 1287.5) < 1e-9)
        #expect(projection.pointCount == 3)
        #expect(abs(try #require(result.projected) - 54737.5) < 1e-6)
        #expect(abs(try #require(result.reachedMoment) - 2024.798) < 0.001)
        #expect(result.reached == p("2024"))
        #expect(result.gaps.isEmpty)
        #expect(result.points.map(\.period) == [p("2021"), p("2022")])
    }

    @Test("the intercept a is the contract's: v = a + b × t")
    func interceptMatchesContract() throws {
        let fixture = workedExample()
        let projection = try #require(fixture.evaluate(fixture.goals[0]).projection)
        #expect(abs(projection.intercept + projection.slope * 2025 - 54737.5) < 1e-6)
    }

    @Test("as of an earlier period only earlier figures exist")
    func asOfInThePast() throws {
        let fixture = workedExample()
        let result = fixture.evaluate(fixture.goals[0], asOf: "2021")
        #expect(result.asOf?.period == p("2021"))
        #expect(result.asOf == .period(p("2021")))
        #expect(result.current?.value == 51000)
        #expect(result.elapsed == 0.25)
        // E = 49525 + 4952.5 × 0.25 = 50763.125; C = 51000 ≥ E.
        #expect(abs(try #require(result.expected) - 50763.125) < 1e-9)
        #expect(result.status == .onTrack)
        #expect(result.projection?.pointCount == 2)
    }

    @Test("as of the baseline itself there is no figure after it: no-data")
    func asOfBaseline() {
        let fixture = workedExample()
        let result = fixture.evaluate(fixture.goals[0], asOf: "2020")
        #expect(result.status == .noData)
        #expect(result.noDataReason == .noFigureAfterBaseline)
    }
}

