import KoersCore
import Testing
@testable import KoersGoalFile

@Suite("Editing documents and programmes")
struct PolicyEditingTests {
    private let text = """
        programma p1
            titel "Programma 1"

        document begroting
            titel "Programmabegroting 2021"
            ter kennisgeving 2020-11  # eerst zo aangeboden

        doel g
            titel "Meer online"
            bron "begroting", "Programma 1"
            programma p1

        """

    private func apply(_ edit: GoalFileEdit, to text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Result<String, GoalFileEditFailure> {
        let document = try parseCleanly(text, sourceLocation: sourceLocation)
        return GoalFileEditor.apply(edit, to: [document]).map { $0.documents[0].text }
    }

    private func edited(_ edit: GoalFileEdit, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> String {
        switch try apply(edit, to: text, sourceLocation: sourceLocation) {
        case let .success(edited): return edited
        case let .failure(failure):
            Issue.record("refused: \(failure.message.en) \(failure.diagnostics.map { $0.formatted(in: .en) })", sourceLocation: sourceLocation)
            return text
        }
    }

    @Test func anAdoptionOfTheSameKindKeepsItsKeywordAndComment() throws {
        let result = try edited(.setField(.document, id: "begroting", field: "noted 2020-12"))
        #expect(result.contains("    ter kennisgeving 2020-12  # eerst zo aangeboden\n"))
    }

    @Test func anotherAdoptionReplacesTheLineInTheBlocksLanguage() throws {
        let result = try edited(.setField(.document, id: "begroting", field: "adopted by council 2020-11-12"))
        #expect(result.contains("    titel \"Programmabegroting 2021\"\n    vastgesteld door de raad 2020-11-12\n\n"))
        #expect(!result.contains("kennisgeving"))
    }

    @Test func documentFieldsGoInCanonicalOrder() throws {
        var result = try edited(.setField(.document, id: "begroting", field: "soort begroting"))
        result = try #require(try? apply(.setField(.document, id: "begroting", field: "evaluatie 2022 \"Jaarverslag\""), to: result).get())
        result = try #require(try? apply(.setField(.document, id: "begroting", field: "looptijd tot 2021"), to: result).get())
        #expect(result.contains("""
            document begroting
                titel "Programmabegroting 2021"
                soort begroting
                ter kennisgeving 2020-11  # eerst zo aangeboden
                looptijd tot 2021
                evaluatie 2022 "Jaarverslag"
            """))
    }

    @Test func addedDocumentsAndProgrammesAreWrittenInTheFilesLanguage() throws {
        var result = try edited(.addDocument(id: "visie", title: "Dienstverleningsvisie", file: "test.koers"))
        #expect(result.hasSuffix("\n\ndocument visie\n    titel \"Dienstverleningsvisie\"\n"))
        result = try #require(try? apply(.addProgramme(id: "p2", title: nil, file: "test.koers"), to: result).get())
        #expect(result.hasSuffix("\n\nprogramma p2\n"))
        if case let .failure(failure) = try apply(.addDocument(id: "begroting", title: nil, file: "test.koers"), to: text) {
            #expect(failure.message.en.hasPrefix("there is already a document 'begroting'"))
        } else {
            Issue.record("a second document with the same id was added")
        }
    }

    @Test func renamingAProgrammeOrDocumentRenamesWhatNamesIt() throws {
        let programme = try edited(.rename(.programme, from: "p1", to: "dienstverlening"))
        #expect(programme.contains("programma dienstverlening\n    titel \"Programma 1\""))
        #expect(programme.contains("    programma dienstverlening\n"))
        let document = try edited(.rename(.document, from: "begroting", to: "begroting-2021"))
        #expect(document.contains("document begroting-2021\n"))
        #expect(document.contains("    bron \"begroting-2021\", \"Programma 1\"\n"))
    }

    @Test func removingAProgrammeAGoalNamesIsRefused() throws {
        guard case let .failure(failure) = try apply(.remove(.programme, id: "p1"), to: text) else {
            Issue.record("the programme was removed from under its goal")
            return
        }
        #expect(failure.diagnostics.first?.formatted(in: .en).contains("no loaded goal file declares programme `p1`") == true)
    }

    @Test func aGoalsProgrammeIsSetAndCheckedAgainstTheDeclaredOnes() throws {
        let result = try edited(.setField(.goal, id: "g", field: "programme p1"))
        #expect(result == text)
        guard case .failure = try apply(.setField(.goal, id: "g", field: "programma p9"), to: text) else {
            Issue.record("a goal was put in a programme nobody declares")
            return
        }
    }
}
