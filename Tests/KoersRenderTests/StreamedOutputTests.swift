import KoersCore
import KoersTestSupport
import Testing
@testable import KoersRender

/// `check` and `status` write a large output a piece at a time (`CheckRenderer.write`,
/// `StatusDashboard.write`): the pieces must add up to the whole output, end where a line (or a
/// goal of the JSON) ends, so that escapes and characters are never cut, and each stay small.
@Suite("Streamed output")
struct StreamedOutputTests {
    /// The check fixture's goals 3,000 times over (9,000 goals): more than one batch of runs.
    static let largeReport: CheckReport = {
        let base = CheckRendererTests.report.results
        var results: [GoalCheckResult] = []
        for copy in 0..<3_000 {
            for index in base.indices {
                var result = base[index]
                result.goal.id += "-\(copy)"
                results.append(result)
            }
        }
        return CheckReport(results: results)
    }()

    static func pieces(_ write: (([UInt8]) -> Void) -> Void) -> [[UInt8]] {
        var pieces: [[UInt8]] = []
        write { pieces.append($0) }
        return pieces
    }

    @Test func checkJSONIsTheWholeDocumentWrittenAtOnce() {
        let report = Self.largeReport
        let pieces = Self.pieces { CheckRenderer.write(report, format: .json, language: .nl, to: $0) }
        let whole = JSON.object([("goals", .array(report.results.map { CheckRenderer.json($0, .nl) }))]
            + CheckRenderer.jsonAfterGoals(report, .nl)).serialized() + "\n"
        #expect(String(decoding: pieces.joined(), as: UTF8.self) == whole)
        #expect(pieces.count > 16, "one piece per run of goals")
        #expect(pieces.dropLast().allSatisfy { $0.last == UInt8(ascii: "}") || $0.last == 0x0A }, "pieces end after a goal")
    }

    @Test(arguments: [nil, 80] as [Int?])
    func checkTableGoesOutLineByLineInReportOrder(width: Int?) {
        let report = Self.largeReport
        let pieces = Self.pieces { CheckRenderer.write(report, format: .table, language: .en, symbols: .ascii, width: width, to: $0) }
        #expect(pieces.count > 16)
        #expect(pieces.allSatisfy { $0.last == 0x0A }, "every piece ends a line")
        #expect(pieces.map(\.count).max() ?? 0 < 1 << 20, "no piece holds more than a run of goals")
        let text = String(decoding: pieces.joined(), as: UTF8.self)
        #expect(text == CheckRenderer.render(report, format: .table, language: .en, symbols: .ascii, width: width))
        let shownIDs = text.split(separator: "\n").compactMap { line -> Substring? in
            guard let mark = line.first, ["x", "!", "+"].contains(mark), line.dropFirst().first == " " else { return nil }
            return line.dropFirst(2).prefix { $0 != " " }
        }
        #expect(shownIDs.map(String.init) == report.results.map(\.goal.id))
        if width == nil { #expect(text.hasSuffix("\n" + CheckRenderMessages.total(report.totals).en + "\n")) }
    }

    /// The tutorial's goals 200 times over, in a dashboard of many pieces.
    static let largeSet: EvaluationSet = {
        let goals = (0..<200).flatMap { copy in
            Tutorial.model.goals.map { goal in
                var goal = goal
                goal.id += "-\(copy)"
                return goal
            }
        }
        let model = GoalModel(metrics: Tutorial.model.metrics, goals: goals, store: Tutorial.model.store)
        return EvaluationSet(model: model, asOf: .period(.year(2022)!))
    }()

    @Test(arguments: [RenderStyle.plain(), .terminal(), .terminal(width: 50), RenderStyle(colors: false, unicode: true, width: 200)])
    func statusTableIsTheRenderedDashboardInPieces(style: RenderStyle) {
        let set = Self.largeSet
        let pieces = Self.pieces { StatusDashboard.write(set, language: .nl, style: style, to: $0) }
        #expect(String(decoding: pieces.joined(), as: UTF8.self) == StatusDashboard.render(set, language: .nl, style: style) + "\n")
        #expect(pieces.count > 1)
        #expect(pieces.allSatisfy { $0.last == 0x0A }, "every piece ends a line, so no color code is cut")
        #expect(pieces.map(\.count).max() ?? 0 < StatusDashboard.pieceSize + 4_096)
    }

    @Test(arguments: [OutputFormat.json, .csv, .markdown])
    func otherStatusFormatsAreTheirRendering(format: OutputFormat) {
        let set = Self.largeSet
        let pieces = Self.pieces { StatusDashboard.write(set, language: .en, style: .plain(), format: format, to: $0) }
        #expect(String(decoding: pieces.joined(), as: UTF8.self) == StatusDashboard.render(set, language: .en, style: .plain(), format: format))
    }

    @Test func expandedStatusIsItsRendering() {
        let set = Self.largeSet
        let pieces = Self.pieces { StatusDashboard.write(set, language: .en, style: .plain(), expanded: true, to: $0) }
        #expect(String(decoding: pieces.joined(), as: UTF8.self) == StatusDashboard.render(set, language: .en, style: .plain(), expanded: true))
    }
}
