import Foundation
import KoersCore
import SnapshotTesting
import Testing
@testable import KoersRender

/// The council report's document overview and its goals per programme.
@Suite("Council report: documents and programmes")
struct ReportPolicyTests {
    static let model: GoalModel = {
        var model = CouncilReportVerdictTests.model
        model.goals[0].source = DocumentReference(document: "Programmabegroting 2021", section: "Programma 1")
        model.goals[0].programme = "dienstverlening"
        model.goals[1].source = DocumentReference(document: "programma-2021-2026")
        model.documents = [
            PolicyDocument(id: "begroting-2021", title: "Programmabegroting 2021", kind: .budget,
                           adoption: .adoptedByCouncil(DocumentDate(year: 2020, month: 11, day: 12)), horizon: .year(2021)),
            PolicyDocument(id: "programma-2021-2026", title: "Programma Dienstverlening 2021-2026", kind: .programme,
                           adoption: .notPresented, horizon: .year(2026)),
            PolicyDocument(id: "programma-2015", title: "Programma Dienstverlening op weg naar 2020", kind: .programme,
                           adoption: .noted(DocumentDate.parse("2015-06")), horizon: .year(2020)),
        ]
        model.programmes = [Programme(id: "dienstverlening", title: "Programma 1: Dienstverlening", owner: "Wethouder Dienstverlening", theme: "Digitaal")]
        return model
    }()

    func report(_ language: Language, model: GoalModel = Self.model) -> ReportModel {
        let asOf = AsOf.period(Period.year(2022)!)
        let current = EvaluationSet(model: model, asOf: asOf)
        let options = CheckOptions(today: Period(year: 2023, granularity: .month, index: 3)!, asOf: asOf, wordLists: CheckRendererTests.wordLists)
        let check = VagueGoalCheck.report(for: model, options: options, evaluations: current)
        return CouncilReport.build(title: "Voortgang", model: model, current: current, previous: nil, check: check,
                                   language: language, generatedAt: nil)
    }

    @Test func everyDocumentIsARowWithItsGoalsAndWhatTheCouncilDid() {
        let report = report(.en)
        #expect(report.documents.map(\.id) == ["begroting-2021", "programma-2021-2026", "programma-2015"])
        #expect(report.documents[0] == ReportDocumentRow(
            id: "begroting-2021", title: "Programmabegroting 2021", kind: "budget", council: "adopted by the council 2020-11-12",
            horizon: "2021", evaluated: "not evaluated", goals: 1, judgeable: 1, statuses: "1 off track"))
        #expect(report.documents[1].judgeable == 0)
        #expect(report.documents[2].goals == 0)
        #expect(self.report(.nl).documents[2].council == "ter kennisname aan de raad 2015-06")
    }

    @Test func goalsAreListedPerProgrammeTheRestLast() {
        let report = report(.nl)
        #expect(report.programmes.map(\.id) == ["dienstverlening", nil])
        #expect(report.programmes[0].owner == "Wethouder Dienstverlening")
        #expect(report.programmes[1].title == "Zonder programma")
        #expect(report.programmes.map { $0.goals.map(\.id) } == [["meer-volume-online"], ["negentig-procent"]])
    }

    @Test func aModelWithoutDocumentsOrProgrammesHasNeitherPart() {
        let report = report(.en, model: CouncilReportVerdictTests.model)
        #expect(report.documents.isEmpty && report.programmes.isEmpty)
        #expect(!ReportHTML.render(report).contains("id=\"documents\""))
        #expect(!ReportMarkdown.render(report).contains("## Policy documents"))
    }

    @Test(arguments: Language.allCases)
    func overviewSnapshots(language: Language) {
        let report = report(language)
        let html = ReportHTML.render(report)
        let start = html.range(of: "<section class=\"documents\"")?.lowerBound ?? html.startIndex
        let end = html.range(of: "<section class=\"goal\"")?.lowerBound ?? html.endIndex
        assertSnapshot(of: String(html[start..<end]), as: .lines, named: "html-" + language.rawValue)
        let markdown = ReportMarkdown.render(report)
        let mdStart = markdown.range(of: "\n## " + ReportMessages.documents.text(in: language))?.lowerBound ?? markdown.startIndex
        let mdEnd = markdown.range(of: "\n## meer-volume-online")?.lowerBound ?? markdown.endIndex
        assertSnapshot(of: String(markdown[mdStart..<mdEnd]), as: .lines, named: "markdown-" + language.rawValue)
        let json = try? JSONSerialization.jsonObject(with: Data(ReportJSON.render(report).utf8)) as? [String: Any]
        #expect((json?["programmes"] as? [[String: Any]])?.first?["id"] as? String == "dienstverlening")
        #expect((json?["documents"] as? [[String: Any]])?.count == 3)
    }
}
