import Foundation
import KoersCore
import KoersRender
import KoersShell
import SnapshotTesting
import Testing

/// `documents` and `status --by` on the samples, judged as of 2026-12-07, in both languages.
@Suite("Documents, programmes and owners in the shell")
struct PolicyCommandTests {
    private func run(_ sample: String, _ words: [String], language: Language = .en) throws -> String {
        let (session, output, errors) = try sampleSession(sample, language: language)
        try session.run(words)
        #expect(errors.text.isEmpty, "\(errors.text)")
        return output.text
    }

    @Test("documents lists the Almelo documents as the audit describes them, in English and Dutch")
    func almeloDocuments() throws {
        let english = try run("almelo", ["documents"])
        #expect(english.contains("Programmabegroting 2021 (programmabegroting-2021)\n  budget · adopted by the council · runs to 2021 · not evaluated\n  4 goals, 0 can be judged: 4 not evaluable"))
        #expect(english.contains("programme · noted by the council 2015-06 · runs to 2020 · not evaluated\n  11 goals"))
        assertSnapshot(of: english, as: .lines, named: "almelo-documents-en")
        let dutch = try run("almelo", ["documenten"], language: .nl)
        #expect(dutch.contains("programma · ter kennisname aan de raad 2015-06 · looptijd tot 2020 · niet\n  geëvalueerd"))
        assertSnapshot(of: dutch, as: .lines, named: "almelo-documents-nl")
    }

    @Test("documents on the tutorial names the goals whose source is no declared document")
    func tutorialDocuments() throws {
        assertSnapshot(of: try run("tutorial", ["documents"]), as: .lines, named: "tutorial-documents-en")
        assertSnapshot(of: try run("tutorial", ["documents", "--format", "markdown"], language: .nl), as: .lines, named: "tutorial-documents-markdown-nl")
        assertSnapshot(of: try run("tutorial", ["documents", "--format", "csv"]), as: .lines, named: "tutorial-documents-csv")
    }

    @Test("documents --format json gives each document, its council role, goals and statuses")
    func documentsJSON() throws {
        let text = try run("tutorial", ["documents", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let documents = try #require(object["documents"] as? [[String: Any]])
        #expect(documents.map { $0["id"] as? String } == ["programmabegroting-2021", "digital-agenda-2023"])
        #expect(documents[0]["council"] as? String == "adopted")
        #expect(documents[0]["councilDate"] as? String == "2020-11-05")
        #expect(documents[1]["council"] as? String == "noted")
        #expect(documents[1]["goals"] as? [String] == ["e-forms-60", "website-accessible"])
        #expect((documents[1]["summary"] as? [String: Int])?["pending"] == 1)
        #expect((object["undeclared"] as? [String])?.count == 10)
        assertSnapshot(of: text, as: .lines, named: "tutorial-documents-json")
    }

    @Test("status --by programme, document and owner: a heading per group, the goals without one last")
    func groupedStatus() throws {
        assertSnapshot(of: try run("tutorial", ["status", "--by", "programme"]), as: .lines, named: "tutorial-by-programme-en")
        assertSnapshot(of: try run("tutorial", ["stand", "--per", "programma"], language: .nl), as: .lines, named: "tutorial-by-programme-nl")
        assertSnapshot(of: try run("tutorial", ["status", "--by", "owner"]), as: .lines, named: "tutorial-by-owner-en")
        assertSnapshot(of: try run("almelo", ["stand", "--by", "document"], language: .nl), as: .lines, named: "almelo-by-document-nl")
        assertSnapshot(of: try run("tutorial", ["status", "--by", "document", "--format", "markdown"]), as: .lines, named: "tutorial-by-document-markdown")
        let csv = try run("tutorial", ["status", "--by", "programme", "--format", "csv"])
        #expect(csv.hasPrefix("programme,id,status,"))
        #expect(csv.contains("\ndigital,e-forms-60,no-data,"))
        #expect(csv.contains("\n,woningen-2400,off-track,"))
    }

    @Test("status --by programme --format json groups the goals with their key, title, owner and summary")
    func groupedJSON() throws {
        let text = try run("tutorial", ["status", "--by", "programme", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["by"] as? String == "programme")
        let groups = try #require(object["groups"] as? [[String: Any]])
        #expect(groups.map { $0["key"] as? String } == ["dienstverlening", "digital", nil])
        #expect(groups[1]["owner"] as? String == "Alderman for Digital Affairs (made up)")
        #expect((groups[0]["goals"] as? [[String: Any]])?.count == 4)
        #expect((groups[2]["summary"] as? [String: Int])?["on-track"] == 2)
    }

    @Test("The filters keep the goals of one document, programme or owner, also on check")
    func filters() throws {
        func ids(_ words: [String]) throws -> [String] {
            let text = try run("tutorial", words + ["--format", "csv"])
            return text.split(separator: "\n").dropFirst().map { String($0.split(separator: ",")[0]) }
        }
        #expect(Set(try ids(["status", "--programme", "digital"])) == ["e-forms-60", "website-accessible", "digital-rating-7-5", "service-rating-every-year"])
        #expect(Set(try ids(["status", "--document", "Voorbeeldstad Digital Agenda 2023 (made up)"])) == ["e-forms-60", "website-accessible"])
        // The alderman owns the programme; the goals' own owners are teams.
        #expect(try ids(["status", "--owner", "alderman"]).count == 4)
        #expect(Set(try ids(["status", "--owner", "online team", "--programme", "digital"])) == ["e-forms-60", "website-accessible", "digital-rating-7-5"])
        let (session, output, _) = try sampleSession("almelo")
        // The four budget goals cannot be judged, so the check fails, and reports only them.
        #expect(throws: CommandFailure.self) { try session.run(["check", "--programme", "bestuur-en-ondersteuning", "--format", "json"]) }
        let check = output.text.split(separator: "\n")
        #expect(check.contains { $0.contains("\"meer-volume-online\"") })
        #expect(!check.contains { $0.contains("\"kanaalsturing\"") })
    }

    @Test("An unknown document, programme or grouping is an error with a suggestion, in both languages")
    func unknownNames() throws {
        let (session, _, _) = try sampleSession("tutorial")
        #expect { try session.run(["status", "--programme", "digitl"]) } throws: { error in
            (error as? CommandFailure)?.message == LocalizedText(en: "no programme 'digitl'. Did you mean 'digital'?", nl: "geen programma 'digitl'. Bedoelt u 'digital'?")
        }
        #expect { try session.run(["status", "--document", "programmabegroting-2012"]) } throws: { error in
            (error as? CommandFailure)?.message.en == "no document 'programmabegroting-2012'. Did you mean 'programmabegroting-2021'?"
        }
        #expect { try session.run(["status", "--by", "thema"]) } throws: { error in
            (error as? CommandFailure)?.exitCode == ExitCode.usage
        }
        #expect { try session.run(["check", "--owner", "nobody at all"]) } throws: { error in
            (error as? CommandFailure)?.message.nl == "geen doel past bij de statussen, doelen, --document, --programme, --owner, --metric en --file zoals gegeven."
        }
    }

    @Test("set GOAL document ID links a goal to a document by its title, keeping the section; undo takes it back")
    func setDocument() throws {
        let (session, _, _) = try sampleSession("almelo")
        try session.run(["set", "kanaalsturing", "document", "online-strategie-2019"])
        let source = try #require(session.workspace.model.goal("kanaalsturing")?.source)
        #expect(source == DocumentReference(document: "Online Strategie (2019)", section: "Strategisch vertrekpunt 10"))
        try session.run(["zet", "kanaalsturing", "programma", "bestuur-en-ondersteuning"])
        #expect(PolicyLinks(model: session.workspace.model).groups(session.evaluations(asOf: .latest), by: .programme)[0].evaluations["kanaalsturing"] != nil)
        try session.run(["undo"])
        try session.run(["undo"])
        #expect(session.workspace.model.goal("kanaalsturing")?.source?.document == "Programma Dienstverlening op weg naar 2020")
        #expect { try session.run(["set", "kanaalsturing", "document", "online-strategie-2018"]) } throws: { error in
            (error as? CommandFailure)?.message.en == "no document 'online-strategie-2018'. Did you mean 'online-strategie-2019'?"
        }
        try session.run(["add", "document", "visie-2025", "Dienstverleningsvisie 2025"])
        try session.run(["zet", "visie-2025", "ter", "kennisname", "2025-03"])
        #expect(session.workspace.model.document("visie-2025")?.adoption == .noted(DocumentDate.parse("2025-03")))
    }

    @Test("TAB completes document and programme ids after --document and --programme, and after set GOAL programme")
    func completion() throws {
        let (session, _, _) = try sampleSession("tutorial")
        let completer = ShellCompleter(session: session)
        func complete(_ line: String) -> [String] { completer.complete(line: line, cursor: line.count).candidates }
        #expect(complete("status --document pro") == ["programmabegroting-2021"])
        #expect(complete("status --programme d") == ["dienstverlening", "digital"])
        #expect(complete("status --by pro") == ["programma", "programme"])
        #expect(complete("stand --pe") == ["--per"])
        #expect(complete("stand --per eig") == ["eigenaar"])
        #expect(complete("set woningen-2400 programma di") == ["dienstverlening", "digital"])
        #expect(complete("doc") == ["documenten", "documents"])
    }
}
