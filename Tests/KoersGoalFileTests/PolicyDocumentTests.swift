import KoersCore
import Testing
@testable import KoersGoalFile

@Suite struct PolicyDocumentTests {
    private let dutch = """
    programma p1
        titel "Programma 1: Dienstverlening"
        portefeuillehouder "Wethouder Dienstverlening"
        thema "Digitale dienstverlening"

    document begroting-2021
        titel "Programmabegroting 2021"
        soort begroting
        datum 2020-10
        vastgesteld door de raad 2020-11-12
        looptijd tot 2021
        eigenaar "College van B&W"
        evaluatie 2022-06 "Jaarverslag 2021"
        evaluatie 2023 "Rekenkamerrapport"

    document programma-2015
        titel "Programma Dienstverlening op weg naar 2020"
        soort programma
        ter kennisgeving 2015-06  # p. 17-18, 20; p. 15 en 19 noemen het vastgesteld
        looptijd 2020

    document online-strategie
        titel "Online Strategie (2019)"
        soort strategie
        niet aangeboden

    doel meer-online
        titel "Gemiddeld 10% meer volume online"
        bron "programmabegroting  2021", "Programma 1"
        programma p1
        thema "Online"

    doel los
        titel "Een doel uit een ander stuk"
        bron "Nergens vastgelegd"

    """

    @Test func documentsAndProgrammesAreReadWithEveryField() throws {
        let content = try parseCleanly(dutch).content
        #expect(content.programmes == [Programme(
            id: "p1", title: "Programma 1: Dienstverlening", owner: "Wethouder Dienstverlening", theme: "Digitale dienstverlening")])
        #expect(content.documents.count == 3)
        let budget = content.documents[0]
        #expect(budget.kind == .budget)
        #expect(budget.date == DocumentDate(Period(year: 2020, granularity: .month, index: 10)!))
        #expect(budget.adoption == .adoptedByCouncil(DocumentDate(year: 2020, month: 11, day: 12)))
        #expect(budget.horizon == .year(2021))
        #expect(budget.owner == "College van B&W")
        #expect(budget.evaluations.map(\.title) == ["Jaarverslag 2021", "Rekenkamerrapport"])
        #expect(budget.evaluations.map(\.date.description) == ["2022-06", "2023"])
        #expect(content.documents[1].adoption == .noted(DocumentDate(Period(year: 2015, granularity: .month, index: 6)!)))
        #expect(content.documents[1].horizon == .year(2020))
        #expect(content.documents[2].adoption == .notPresented)
        #expect(content.documents[2].location == SourceLocation(file: "test.koers", line: 22, column: 10))
        #expect(content.goals[0].programme == "p1")
        #expect(content.goals[0].theme == "Online")
    }

    @Test func aSourceLinksToTheDocumentItNamesByIdOrTitle() throws {
        let content = try parseCleanly(dutch).content
        let index = DocumentIndex(content.documents)
        #expect(index.document(of: content.goals[0])?.id == "begroting-2021")
        #expect(index.document(of: content.goals[1]) == nil)
        #expect(index.document(named: "online-strategie")?.title == "Online Strategie (2019)")
        #expect(index.document(named: "ONLINE STRATEGIE (2019)")?.id == "online-strategie")
        #expect(index.document(named: "Online") == nil)
    }

    @Test func englishKeywordsReadTheSame() throws {
        let english = """
        programme p1
            title "Programma 1: Dienstverlening"
            owner "Wethouder Dienstverlening"
            theme "Digitale dienstverlening"

        document begroting-2021
            title "Programmabegroting 2021"
            kind budget
            date 2020-10
            adopted by council 2020-11-12
            horizon 2021
            owner "College van B&W"
            evaluation 2022-06 "Jaarverslag 2021"
            evaluation 2023 "Rekenkamerrapport"

        document programma-2015
            title "Programma Dienstverlening op weg naar 2020"
            kind programme
            noted 2015-06
            horizon 2020

        document online-strategie
            title "Online Strategie (2019)"
            kind strategy
            not presented

        goal meer-online
            title "Gemiddeld 10% meer volume online"
            source "programmabegroting  2021", "Programma 1"
            programme p1
            theme "Online"

        goal los
            title "Een doel uit een ander stuk"
            source "Nergens vastgelegd"

        """
        let dutchContent = try parseCleanly(dutch).content
        let englishContent = try parseCleanly(english).content
        #expect(englishContent.documents == dutchContent.documents)
        #expect(englishContent.programmes == dutchContent.programmes)
        #expect(englishContent.goals == dutchContent.goals)
    }

    @Test func phraseKeywordsAreOneTokenAndKeepTheirLanguage() throws {
        let document = try parseCleanly("document d\n    Ter  Kennisname 2015\n")
        let field = try #require(document.blocks.first?.fields.first)
        #expect(field.kind == .noted)
        #expect(field.keyword.value == "Ter Kennisname")
        #expect(field.keyword.column == 5)
        #expect(field.keyword.length == 15)
        #expect(field.keywordLanguage == .nl)
        #expect(field.values.map(\.value) == ["2015"])
    }

    @Test func theCanonicalFormWritesDocumentsAndProgrammesInEitherLanguage() throws {
        let model = GoalModel(
            goals: [Goal(id: "g", title: "T", source: DocumentReference(document: "Begroting"), programme: "p", theme: "Thema")],
            documents: [PolicyDocument(id: "d", title: "Begroting", kind: .budget, adoption: .notPresented, horizon: .year(2020),
                                       evaluations: [DocumentEvaluation(date: DocumentDate(year: 2019, month: 3, day: 1)!, title: "E")])],
            programmes: [Programme(id: "p", title: "P", owner: "O", theme: "Thema")])
        let dutchText = GoalFilePrinter.print(model, keywords: .nl, notation: .dutch)
        #expect(dutchText == """
        getalnotatie nl

        programma p
            titel "P"
            eigenaar "O"
            thema "Thema"

        document d
            titel "Begroting"
            soort begroting
            niet aangeboden
            looptijd tot 2020
            evaluatie 2019-03-01 "E"

        doel g
            titel "T"
            bron "Begroting"
            programma p
            thema "Thema"

        """)
        let englishText = GoalFilePrinter.print(model, keywords: .en, notation: .english)
        #expect(englishText.contains("    not presented\n    horizon 2020\n    evaluation 2019-03-01 \"E\"\n"))
        for text in [dutchText, englishText] {
            let assembly = GoalFileAssembler.assemble([try parseCleanly(text)])
            #expect(assembly.model == model)
        }
    }

    @Test func aDocumentDateIsADayMonthQuarterOrYear() {
        #expect(DocumentDate.parse("2020-11-12")?.day == 12)
        #expect(DocumentDate.parse("2020-02-29")?.description == "2020-02-29")
        #expect(DocumentDate.parse("2021-02-29") == nil)
        #expect(DocumentDate.parse("2021-13-01") == nil)
        #expect(DocumentDate.parse("2021-1-01") == nil)
        #expect(DocumentDate.parse("2021-Q3")?.period.granularity == .quarter)
        #expect(DocumentDate.parse("2022*") == nil)
        #expect(DocumentDate.parse("2020-11-12")! > DocumentDate.parse("2020-11")!)
    }

    // MARK: - Errors

    @Test func anUnknownDocumentKindSuggestsTheClosest() {
        #expect(errors("document d\n    soort begrotting\n") == [
            """
            test.koers:2:11: error: expected a kind of document: budget, programme, policy-note, vision, strategy, coalition-agreement, implementation-plan, regulation or other, found `begrotting`
                    soort begrotting
                          ^^^^^^^^^^
                did you mean `begroting`?
            """,
        ])
        #expect(errors("document d\n    soort begrotting\n", in: .nl)[0].contains(
            "verwacht een soort document: begroting, programma, nota, visie, strategie, coalitieakkoord, uitvoeringsplan, regelgeving of overig"))
    }

    @Test func aSecondAdoptionIsAnErrorNamingTheFirst() {
        #expect(errors("document d\n    ter kennisname 2015\n    vastgesteld door de raad 2015-06-01\n") == [
            """
            test.koers:3:5: error: `vastgesteld door de raad`: this document already says on line 2 what the council did with it; keep one
                    vastgesteld door de raad 2015-06-01
                    ^^^^^^^^^^^^^^^^^^^^^^^^
            """,
        ])
    }

    @Test func aDateThatDoesNotExistIsAnError() {
        #expect(errors("document d\n    adopted by council 2021-02-30\n") == [
            """
            test.koers:2:24: error: `2021-02-30` is not a date
                    adopted by council 2021-02-30
                                       ^^^^^^^^^^
                write a day as 2020-11-12, a month as 2015-06, or a year as 2019
            """,
        ])
    }

    @Test func documentFieldsBelongInDocuments() {
        #expect(errors("goal g\n    title \"T\"\n    horizon 2020\n") == [
            """
            test.koers:3:5: error: `horizon` is a field of a document, not of a goal
                    horizon 2020
                    ^^^^^^^
            """,
        ])
        #expect(errors("programme p\n    kind budget\n").first?.contains("`kind` is a field of a document, not of a programme") == true)
    }

    private func assemble(_ files: [(path: String, text: String)]) -> GoalFileAssembly {
        GoalFileAssembler.assemble(files.map { GoalFileParser.parse(text: $0.text, path: $0.path) })
    }

    @Test func aDuplicateDocumentIdIsAnErrorAcrossFiles() {
        let assembly = assemble([("a.koers", "document d\n    title \"A\"\n"), ("b.koers", "document d\n    title \"B\"\n")])
        #expect(assembly.diagnostics.map { $0.formatted(in: .en) } == [
            """
            b.koers:1:10: error: there is already a document with id `d`, at a.koers:1:10
                document d
                         ^
                ids are unique across all loaded goal files: rename one of them
            """,
        ])
        #expect(assembly.rejectedPaths == ["b.koers"])
        #expect(assembly.model.documents.map(\.title) == ["A"])
    }

    @Test func twoDocumentsWithOneTitleCannotBeToldApart() {
        let assembly = assemble([("a.koers", "document a\n    title \"Begroting\"\ndocument b\n    titel \"begroting\"\n")])
        #expect(assembly.diagnostics.map { $0.formatted(in: .nl) } == [
            """
            a.koers:4:11: fout: document `a` in a.koers:1:10 heeft dezelfde titel "begroting": de bron van een doel kan ze niet uit elkaar houden
                    titel "begroting"
                          ^^^^^^^^^^^
                geef elk document een eigen titel, bijvoorbeeld met het jaar van verschijnen
            """,
        ])
    }

    @Test func aGoalNamingAnUnknownProgrammeIsAnErrorWithASuggestion() {
        let assembly = assemble([
            ("a.koers", "programma p1\n    titel \"P\"\n"),
            ("b.koers", "goal g\n    title \"T\"\n    programme p2\ngoal h\n    title \"U\"\n    programme zzz\n"),
        ])
        #expect(assembly.diagnostics.map { $0.formatted(in: .en) } == [
            """
            b.koers:3:15: error: no loaded goal file declares programme `p2`
                    programme p2
                              ^^
                did you mean `p1`?
            """,
            """
            b.koers:6:15: error: no loaded goal file declares programme `zzz`
                    programme zzz
                              ^^^
                declare it in a goal file: `programme zzz` with its title
            """,
        ])
        #expect(assembly.diagnostics[1].formatted(in: .nl).contains("geen geladen doelbestand declareert programma `zzz`"))
        #expect(assembly.rejectedPaths == ["b.koers"])
    }

    @Test func aDuplicateProgrammeIdIsAnError() {
        let assembly = assemble([("a.koers", "programme p\nprogramma p\n")])
        #expect(assembly.diagnostics.first?.formatted(in: .nl).hasPrefix(
            "a.koers:2:11: fout: er is al een programma met id `p`, in a.koers:1:11") == true)
    }

    @Test func singleFieldsReadAsTyped() throws {
        #expect(try GoalFileParser.documentField("ter kennisname 2015-06").get() == .adoption(.noted(DocumentDate.parse("2015-06"))))
        #expect(try GoalFileParser.documentField("not presented").get() == .adoption(.notPresented))
        #expect(try GoalFileParser.documentField("adopted by the council").get() == .adoption(.adoptedByCouncil(nil)))
        #expect(try GoalFileParser.programmeField("thema \"Digitaal\"").get() == .theme("Digitaal"))
        #expect(try GoalFileParser.goalField("programma p1", notation: nil).get() == .programme("p1"))
        #expect((try? GoalFileParser.documentField("not presented 2020").get()) == nil)
    }
}
