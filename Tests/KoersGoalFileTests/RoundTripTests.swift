import Foundation
import KoersCore
import KoersTestSupport
import Testing
@testable import KoersGoalFile

/// Goal files as staff write them: Dutch, commented, with vague goals kept vague.
let realisticFixtures: [(name: String, text: String)] = [
    ("almelo-dienstverlening.koers", #"""
    # Doelen digitale dienstverlening gemeente Almelo
    # Bron: rekenkamerrapport "Digitaal Dienstbaar" (2021), hoofdstuk 2.
    getalnotatie nl

    indicator digitale_aanvragen
        titel "Digitale aanvragen per jaar"
        eenheid aantal
        bron "Zaaksysteem gemeente Almelo (tabel 3.1 van het rapport)"
        frequentie jaarlijks
        totaal-van productgroep
        waarde 2018 = 29.734   # de samenvatting noemt 29.724
        waarde 2019 = 30.416
        waarde 2020 = 49.525
        waarde {productgroep=Burgerzaken} 2020 = 13.657
        waarde {productgroep="Leef- en woonomgeving"} 2020 = 5.759
        waarde {productgroep="Werk, inkomen en zorg"} 2020 = 1.717

    indicator tevredenheid_digitaal
        titel "Waardering digitale dienstverlening"
        eenheid rapportcijfer
        bron "Klanttevredenheidsonderzoek"
        waarde 2019 = 7,1
        waarde 2021 = 7,2

    gegevens "data/tabel-3-1.csv"
        vorm breed
        scheiding ;

    doel meer-online
        titel "Gemiddeld 10% meer volume online afnemen dan in 2020"
            "(waar dat kan en wenselijk is)"
        bron "Programmabegroting 2021", "Programma 1 Dienstverlening"
        indicator digitale_aanvragen
        nulmeting 2020
        streefwaarde >= +10%
        notitie "Het rapport noemt geen jaartal waarin dit bereikt moet zijn."

    doel producten-gedigitaliseerd
        titel "In 2026 is minimaal 90% van de producten gedigitaliseerd"
        bron "Programma Dienstverlening 2021-2026"
        streefwaarde minimaal 90% uiterlijk 2026

    doel klanten-goed
        titel "Onze klanten waarderen onze dienstverlening als 'goed'"
        indicator tevredenheid_digitaal
        streefwaarde "goed"

    doel alles-digitaal
        titel "In 2017 zijn al onze producten digitaal beschikbaar, waar dit kan en mag"
        bron "Programma Dienstverlening op weg naar 2020"
        uiterlijk 2017
        ontheffing vague-scope "Welke producten 'kunnen en mogen' staat nergens vastgelegd."
    """#),
    ("tutorial.koers", """
    notation en

    metric visits
        title "Unique visitors of the website"
        unit count
        frequency quarterly
        value 2023-Q1 = 25,100
        value 2023-Q2 = 26,050
        value 2023-Q3* = 26,900

    metric wcag
        unit yes-no
        value 2023 = 0

    goal more-visits
        title "More people find us online"
        owner "Web team"
        metric visits
        baseline 2023-Q1
        target at least +8% by 2024-Q4
        milestone 2024-Q2 >= 26,500

    goal accessible
        title "The website meets WCAG 2.1"
        metric wcag
        target = yes by 2024
    """),
    ("crlf-bom.koers", "\u{FEFF}# Windows-bestand\r\ngetalnotatie nl\r\n\r\ndoel a\r\n\ttitel \"A\"\r\n\tstreefwaarde <= 3,5\r\n"),
    ("no-final-newline.koers", "goal b\n  title \"A\"\n  note \"no line break after this\""),
    ("mixed-languages.koers", "doel c\n    title \"A\"\n    streefwaarde >= 90% by 2026\n    owner \"Team\"\n\n\n# trailing comment  \n"),
]

/// The repository's own goal files: every `.koers` file under `goals/`.
func repositoryGoalFiles() -> [String] {
    let goals = RepositoryFiles.url("goals")
    guard let walker = FileManager.default.enumerator(atPath: goals.path) else { return [] }
    return walker.compactMap { $0 as? String }.filter { $0.hasSuffix(".koers") }.sorted().map { goals.appendingPathComponent($0).path }
}

@Suite struct RoundTripTests {
    @Test func realisticFilesParseAndPrintBackByteForByte() throws {
        for fixture in realisticFixtures {
            let document = try parseCleanly(fixture.text, path: fixture.name)
            #expect(Array(GoalFilePrinter.print(document).utf8) == Array(fixture.text.utf8), "\(fixture.name)")
        }
    }

    @Test func realisticFilesAssembleWithoutErrors() throws {
        let assembly = GoalFileAssembler.assemble(realisticFixtures.map { GoalFileParser.parse(text: $0.text, path: $0.name) })
        #expect(assembly.diagnostics.isEmpty)
        #expect(assembly.model.goals.count == 9)
        #expect(assembly.inlineValues.count == 12)
        let vague = try #require(assembly.model.goal("klanten-goed"))
        #expect(vague.target == Target(comparator: nil, value: .qualitative("goed")))
        #expect(vague.deadline == nil && vague.baseline == nil)
    }

    @Test func aRealisticFileReprintedFromItsModelMeansTheSame() throws {
        for fixture in realisticFixtures {
            let content = try parseCleanly(fixture.text, path: fixture.name).content
            let model = GoalModel(metrics: content.metrics, goals: content.goals, dataDeclarations: content.dataDeclarations)
            for keywords in Language.allCases {
                let reprinted = try parseCleanly(GoalFilePrinter.print(model, inlineValues: content.inlineValues, keywords: keywords, notation: .dutch))
                #expect(reprinted.content == content)
            }
        }
    }

    /// Every goal file in the repository prints back byte for byte: the promise staff rely on
    /// when koers saves a file they keep in version control.
    @Test func everyGoalFileInTheRepositoryPrintsBackByteForByte() throws {
        for path in repositoryGoalFiles() {
            let bytes = try #require(FileManager.default.contents(atPath: path), "\(path)")
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(Array(text.utf8) == Array(bytes), "\(path) is not valid UTF-8")
            let document = try parseCleanly(text, path: path)
            #expect(Array(GoalFilePrinter.print(document).utf8) == Array(bytes), "\(path)")
        }
    }
}
