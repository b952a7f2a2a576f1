import Foundation
import KoersCore
import KoersRender
import KoersShell
import Testing

/// The repository's root, found from this file, so the tests read the real sample in goals/.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

/// A session on one of the samples, its output captured; `today` fixed so the check is reproducible.
func sampleSession(_ sample: String, language: Language = .en) throws -> (ShellSession, BufferedOutput, BufferedOutput) {
    let output = BufferedOutput()
    let errors = BufferedOutput()
    let session = ShellSession(language: language, output: output, errors: errors, today: CalendarDate(year: 2026, month: 12, day: 7)!)
    try session.load([repositoryRoot + "/goals/" + sample], announce: false)
    return (session, output, errors)
}

private func close(_ actual: Double?, _ expected: Double, tolerance: Double = 1e-4) -> Bool {
    guard let actual else { return false }
    return abs(actual - expected) <= tolerance * max(1, abs(expected))
}

@Suite("The tutorial sample: every status, every figure as worked out by hand in goals/tutorial/EXPECTED.md")
struct TutorialSampleTests {
    @Test("Each goal has the status EXPECTED.md gives as of its latest figure, and every status appears")
    func statuses() throws {
        let (session, _, errors) = try sampleSession("tutorial")
        #expect(errors.text.isEmpty)
        let set = session.evaluations(asOf: .latest)
        let expected: [String: GoalStatus] = [
            "library-rated-good": .notEvaluable, "e-forms-60": .noData, "digital-rating-7-5": .achieved,
            "behandelduur-28-dagen": .missed, "baliecijfer-7-5": .overdue, "website-accessible": .pending,
            "online-aanvragen-plus-10": .onTrack, "vergunningen-digitaal-plus-3": .atRisk, "email-reply-6-days": .offTrack,
            "woningen-2400": .offTrack, "service-rating-every-year": .atRisk, "library-members-plus-2400": .onTrack,
            "unemployment-national-average": .onTrack,
        ]
        for (id, status) in expected { #expect(set[id]?.status == status, "\(id)") }
        #expect(set.evaluations.count == expected.count)
        #expect(Set(set.evaluations.map(\.status)) == Set(GoalStatus.allCases))
    }

    @Test("Judged today (2026-12-07), each goal has the status EXPECTED.md gives")
    func statusesToday() throws {
        let (session, _, _) = try sampleSession("tutorial")
        let set = session.evaluations(asOf: session.peildatum)
        #expect(set.asOf == .today(CalendarDate(year: 2026, month: 12, day: 7)!))
        let expected: [String: GoalStatus] = [
            "library-rated-good": .notEvaluable, "e-forms-60": .noData, "digital-rating-7-5": .achieved,
            "behandelduur-28-dagen": .missed, "baliecijfer-7-5": .overdue, "website-accessible": .pending,
            "online-aanvragen-plus-10": .overdue, "vergunningen-digitaal-plus-3": .overdue, "email-reply-6-days": .overdue,
            "woningen-2400": .offTrack, "service-rating-every-year": .atRisk, "library-members-plus-2400": .onTrack,
            "unemployment-national-average": .onTrack,
        ]
        #expect(set.evaluations.count == expected.count)
        #expect(Set(set.evaluations.map(\.status)) == Set(GoalStatus.allCases))
        for (id, status) in expected { #expect(set[id]?.status == status, "\(id)") }
        // The contract's "Overdue" example: the last figure at or before the deadline is 2022's.
        let example = try #require(set["online-aanvragen-plus-10"])
        #expect(example.judged?.period == Period.year(2022))
        #expect(example.judged?.value == 52100)
        #expect(StatusSentence.text(example).en
            == "Overdue: deadline 2024 passed; no figure for 2024 yet; the last, 52,100 in 2022, falls short of 54,477.5.")
        #expect(StatusSentence.text(example).nl
            == "Over tijd: deadline 2024 verstreken; nog geen cijfer voor 2024; het laatste, 52.100 in 2022, haalt 54.477,5 niet.")
    }

    @Test("The figures of each evaluable goal match the hand computation", arguments: [
        // id, T, progress, projected, reached
        ("digital-rating-7-5", 7.5, 1.1429, 8.12, "2023"),
        ("baliecijfer-7-5", 7.5, 0.6667, 7.1857, "2024"),
        ("woningen-2400", 2400, 0.4625, 2225, "2029"),
        ("library-members-plus-2400", 12400, 0.7083, 13416.6667, "2025"),
        // Against a benchmark: the figures are those of the gap to it, whose target is 0.
        ("unemployment-national-average", 0, 0.5, -0.4167, "2024"),
        ("behandelduur-28-dagen", 28, 0.8214, 30.4, "2024"),
        ("online-aanvragen-plus-10", 54477.5, 0.5199, 54737.5, "2024"),
        ("vergunningen-digitaal-plus-3", 64, 0.6333, 64.5107, "2024-Q3"),
        ("email-reply-6-days", 6, 0.1333, 13.2356, "2029-01"),
    ])
    func figures(id: String, target: Double, progress: Double, projected: Double, reached: String) throws {
        let (session, _, _) = try sampleSession("tutorial")
        let evaluation = try #require(session.evaluations(asOf: .latest)[id])
        #expect(close(evaluation.target, target))
        #expect(close(evaluation.progress, progress))
        #expect(close(evaluation.projected, projected))
        #expect(evaluation.reached?.description == reached)
    }

    @Test("E is the straight road's B + (T − B) × f as EXPECTED.md works it out, also for a goal with a milestone", arguments: [
        ("digital-rating-7-5", 7.22), ("behandelduur-28-dagen", 28), ("online-aanvragen-plus-10", 52001.25),
        ("vergunningen-digitaal-plus-3", 63.25), ("woningen-2400", 1200), ("library-members-plus-2400", 11200),
        // The milestone 2024-06 <= 10 does not bend the road: 15 + (6 − 15) × 2/3 = 9, not 8.6667.
        ("email-reply-6-days", 9),
    ])
    func expectedOnTheStraightRoad(id: String, expected: Double) throws {
        let (session, _, _) = try sampleSession("tutorial")
        let evaluation = try #require(session.evaluations(asOf: .latest)[id])
        #expect(close(evaluation.expected, expected))
    }

    @Test("Earlier as-of periods give the statuses and figures EXPECTED.md lists", arguments: [
        // id, as of, E, projected, status
        ("online-aanvragen-plus-10", "2021", 50763.125, 55425, GoalStatus.onTrack),
        ("behandelduur-28-dagen", "2022", 32.6667, 30.1667, .offTrack),
        ("vergunningen-digitaal-plus-3", "2024-Q1", 62.875, 65.5829, .onTrack),
        ("digital-rating-7-5", "2022", 7.08, 8.0333, .onTrack),
        // The milestone 2024-06 <= 10 is checked beside the road, not on it: E is the straight
        // road's 10.5.
        ("email-reply-6-days", "2024-06", 10.5, 13.3964, .offTrack),
    ])
    func asOf(id: String, period: String, expected: Double, projected: Double, status: GoalStatus) throws {
        let (session, _, _) = try sampleSession("tutorial")
        let asOf = try #require(Period.parse(period)).period
        let evaluation = try #require(session.evaluations(asOf: .period(asOf))[id])
        #expect(evaluation.status == status)
        #expect(close(evaluation.expected, expected))
        #expect(close(evaluation.projected, projected))
    }

    @Test("diff 2024-Q1 2024-Q2 shows the permit share slipping from on track to at risk")
    func diff() throws {
        let (session, output, _) = try sampleSession("tutorial")
        try session.run(["diff", "2024-Q1", "2024-Q2", "--format", "csv"])
        #expect(output.text.contains("vergunningen-digitaal-plus-3"))
        #expect(output.text.contains("on-track"))
        #expect(output.text.contains("at-risk"))
    }

    @Test("status --fail-on off-track fails the run; the JSON carries the documented fields")
    func statusForScripts() throws {
        let (session, output, _) = try sampleSession("tutorial")
        #expect(throws: CommandFailure.self) { try session.run(["status", "--fail-on", "off-track"]) }
        let json = BufferedOutput()
        let scripted = ShellSession(
            language: .en, workspace: session.workspace, output: json, errors: BufferedOutput(), today: session.currentDate)
        try scripted.run(["status", "--format", "json"])
        let decoded = try JSONSerialization.jsonObject(with: Data(json.text.utf8)) as? [String: Any]
        let goals = try #require(decoded?["goals"] as? [[String: Any]])
        let example = try #require(goals.first { $0["id"] as? String == "online-aanvragen-plus-10" })
        for key in ["id", "status", "baseline", "target", "current", "progress", "expected", "projected", "reached"] {
            #expect(example.keys.contains(key), "\(key)")
        }
        // Judged today (2026-12-07) the deadline 2024 has passed without a figure for it.
        #expect(example["status"] as? String == "overdue")
        #expect(decoded?["asOf"] as? String == "2026-12-07")
        _ = output
    }
}

@Suite("The Almelo sample: the audit report's goals and figures")
struct AlmeloSampleTests {
    @Test("The figures come from the CSV exports, read as Dutch numbers: 49.525 is 49525")
    func figuresFromCSV() throws {
        let (session, output, errors) = try sampleSession("almelo")
        #expect(errors.text.isEmpty)
        let total = session.workspace.model.observations(SeriesKey(metric: "digitale_aanvragen"))
        #expect(total.map(\.value) == [29734, 30416, 49525])
        try session.run(["series", "digitale_aanvragen", "--format", "csv"])
        #expect(output.text.contains("digitale_aanvragen,2020,49525,,data/digitale-aanvragen.csv,7,4"))
    }

    @Test("Every goal gets an honest status: none can be judged on track or behind")
    func honestStatuses() throws {
        let (session, _, _) = try sampleSession("almelo")
        let statuses = Set(session.evaluations(asOf: .latest).evaluations.map(\.status))
        #expect(statuses.isSubset(of: [.notEvaluable, .noData]))
        #expect(session.evaluations(asOf: .latest)["wcag-2-1-vanaf-september-2020"]?.status == .noData)
    }

    @Test("Judged today, the goals whose deadline passed say so, as the audit does")
    func judgedToday() throws {
        let (session, _, _) = try sampleSession("almelo")
        let set = session.evaluations(asOf: session.peildatum)
        let wcag = try #require(set["wcag-2-1-vanaf-september-2020"])
        #expect(wcag.status == .noData)
        #expect(wcag.deadlinePassed)
        #expect(StatusSentence.text(wcag).en == "No data: no figures. The deadline 2020-09 has passed.")
        #expect(StatusSentence.text(wcag).nl == "Geen gegevens: geen cijfers. De deadline 2020-09 is verstreken.")
        // Measured by a metric nobody counts: no figures, and the deadline has passed.
        let early = try #require(set["alle-producten-digitaal-2017"])
        #expect(early.status == .noData)
        #expect(StatusSentence.text(early).en.hasSuffix("The deadline 2017 has passed."))
        // The 2026 goal's deadline lies ahead on 7 December 2026.
        #expect(set["digitaal-90-procent-2026"]?.deadlinePassed == false)
    }

    @Test("check refuses the Almelo goals, naming the report's own criticism")
    func check() throws {
        let (session, output, _) = try sampleSession("almelo")
        #expect(throws: CommandFailure.self) { try session.run(["check", "--format", "csv"]) }
        for code in ["qualitative-target", "vague-scope", "deadline-passed", "no-deadline", "no-target"] {
            #expect(output.text.contains(code), "\(code)")
        }
    }

    @Test("The report is one self-contained HTML file, the same on every run")
    func report() throws {
        let (session, first, _) = try sampleSession("almelo", language: .nl)
        try session.run(["report"])
        let (again, second, _) = try sampleSession("almelo", language: .nl)
        try again.run(["report"])
        #expect(first.text == second.text)
        #expect(first.text.hasPrefix("<!DOCTYPE html>"))
        #expect(first.text.contains("lang=\"nl\""))
        #expect(!first.text.contains("<script"))
    }
}

@Suite("Figure commands")
struct DataCommandTests {
    @Test("import reads a file, says how, and its figures are there; a bad file adds nothing and names row and field")
    func importCommand() throws {
        let (session, output, _) = try sampleSession("tutorial")
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("koers-import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let good = directory.appendingPathComponent("bezoekers.csv").path
        try Data("\u{FEFF}indicator;periode;waarde\r\nbezoekers;2021;108.136\r\nbezoekers;2022;7,5\r\n".utf8).write(to: URL(fileURLWithPath: good))
        try session.run(["import", good])
        #expect(output.text.contains("2 figures"))
        #expect(session.workspace.model.observations(SeriesKey(metric: "bezoekers")).map(\.value) == [108136, 7.5])

        let bad = directory.appendingPathComponent("kapot.csv").path
        try Data("indicator;periode;waarde\nfoo;2021;12\nfoo;2022;twaalf\n".utf8).write(to: URL(fileURLWithPath: bad))
        let before = session.workspace.model.store
        do {
            try session.run(["import", bad])
            Issue.record("a file with a bad number was imported")
        } catch {
            let places = error.diagnostics.compactMap(\.location)
            #expect(places.contains { $0.line == 3 && $0.column == 3 })
        }
        #expect(session.workspace.model.store == before)
    }

    @Test("import --into declares the file in a goal file, in that file's language, as an undoable edit")
    func importInto() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("koers-into-\(UUID().uuidString)")
        try FileManager.default.copyItem(atPath: repositoryRoot + "/goals/tutorial", toPath: directory.path)
        defer { try? FileManager.default.removeItem(at: directory) }
        let extra = directory.appendingPathComponent("data/extra.csv").path
        try Data("indicator;periode;waarde\nlibrary_rating;2024;7,9\n".utf8).write(to: URL(fileURLWithPath: extra))
        let session = ShellSession(language: .en, output: BufferedOutput(), errors: BufferedOutput())
        try session.load([directory.path], announce: false)
        let goalFile = directory.appendingPathComponent("dienstverlening.koers").path
        try session.run(["import", extra, "decimal", "comma", "--into", goalFile])
        let text = try #require(session.workspace.loadedFiles.first { $0.path.hasSuffix("dienstverlening.koers") }?.text)
        #expect(text.hasSuffix("gegevens \"data/extra.csv\"\n    decimal comma\n"))
        #expect(session.workspace.model.observations(SeriesKey(metric: "library_rating")).last?.value == 7.9)
        try session.run(["undo"])
        #expect(session.workspace.model.observations(SeriesKey(metric: "library_rating")).last?.value == 7.6)
    }

    @Test("series of a declared metric without figures never suggests the very name typed")
    func seriesSuggestsAnotherMetric() throws {
        let (session, _, _) = try sampleSession("tutorial")
        try session.run(["add", "metric", "e_form"])
        do {
            try session.run(["series", "e_form"])
            Issue.record("a metric without figures listed a series")
        } catch {
            let message = error.message.en
            #expect(message.contains("Did you mean 'e_forms'?"), "\(message)")
        }
    }

    @Test("renaming a metric whose figures a data file names in its own column warns that they stay behind")
    func renameWarnsAboutFiguresLeftBehind() throws {
        let (session, _, errors) = try sampleSession("tutorial")
        #expect(!errors.text.contains("aanvragen_online"))
        try session.run(["rename", "metric", "aanvragen_online", "aanvragen_web"])
        #expect(errors.text.contains("figures for metric `aanvragen_online`, which no goal file declares"))
        let warningsAfterRename = errors.text
        try session.run(["set", "online-aanvragen-plus-10", "owner", "Team Web"])
        #expect(errors.text == warningsAfterRename, "a warning shown once is not repeated at every edit")
    }

    @Test("a declared data file that is empty or binary is named with the goal file's declaration; the summary names only what failed")
    func wholeFileImportErrorsHaveAPlace() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("koers-empty-data-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data().write(to: directory.appendingPathComponent("empty.csv"))
        try Data([0x00, 0xFF, 0x00, 0x01]).write(to: directory.appendingPathComponent("binary.csv"))
        let goalFile = directory.appendingPathComponent("g.koers").path
        try Data("indicator m\n    eenheid aantal\ngegevens \"empty.csv\"\n    indicator m\ngegevens \"binary.csv\"\n    indicator m\n".utf8)
            .write(to: URL(fileURLWithPath: goalFile))
        let errors = BufferedOutput()
        let session = ShellSession(language: .en, output: BufferedOutput(), errors: errors)
        do {
            try session.load([goalFile], announce: false)
            Issue.record("two broken data files loaded without an error")
        } catch {
            errors.write(error.message.en)
        }
        #expect(errors.text.contains("\(goalFile):3:10: error: empty.csv is empty"), "\(errors.text)")
        #expect(errors.text.contains("\(goalFile):5:10: error: binary.csv is not a text file"), "\(errors.text)")
        #expect(errors.text.contains("2 data files were not imported (see the errors above)."), "\(errors.text)")
        #expect(!errors.text.contains("0 goal files"))
    }

    @Test("report -o to a folder or into a missing folder says so in the user's language")
    func reportWriteErrorsAreUnderstandable() throws {
        let (session, _, _) = try sampleSession("tutorial", language: .nl)
        let folder = FileManager.default.temporaryDirectory.path
        for (path, expected) in [
            (folder, "kan '\(folder)' niet schrijven: het is een map; geef een bestandsnaam."),
            ("/nonexistent-koers/x.html", "kan '/nonexistent-koers/x.html' niet schrijven: de map '/nonexistent-koers' bestaat niet."),
        ] {
            do {
                try session.run(["report", "-o", path])
                Issue.record("report wrote to \(path)")
            } catch {
                #expect(error.message.nl == expected)
            }
        }
    }

    @Test("asof, --asof and diff refuse a period that has not begun: it would call goals missed that nobody can judge yet")
    func peildatumInTheFutureIsRefused() throws {
        let (session, _, _) = try sampleSession("tutorial")
        for command in [["asof", "2099"], ["status", "--asof", "2027-Q1"], ["diff", "2024", "2030"], ["report", "--asof", "2027"]] {
            do {
                try session.run(command)
                Issue.record("\(command) judged as of a period that has not begun")
            } catch {
                #expect(error.exitCode == ExitCode.usage)
                #expect(error.message.en.contains("has not begun yet (it is 2026-12-07 now)"), "\(error.message.en)")
            }
        }
        #expect(session.asOf == nil)
        try session.run(["asof", "2026"])
        #expect(session.asOf == .period(Period.year(2026)!), "the current year has begun")
    }

    @Test("import counts the figures it read apart from the missing ones")
    func importCountsFiguresAndMissingApart() throws {
        let (session, output, _) = try sampleSession("tutorial")
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("koers-missing-\(UUID().uuidString).csv").path
        try Data("indicator;periode;waarde\nbezoekers;2021;12\nbezoekers;2022;\nbezoekers;2023;14\n".utf8).write(to: URL(fileURLWithPath: file))
        defer { try? FileManager.default.removeItem(atPath: file) }
        try session.run(["import", file])
        #expect(output.text.contains(": 3 rows, 2 figures, 1 missing in 1 series"), "\(output.text)")
    }

    @Test("sources lists every file with its SHA-256; conflicts says when there are none")
    func sourcesAndConflicts() throws {
        let (session, output, _) = try sampleSession("almelo")
        try session.run(["sources", "--format", "csv"])
        #expect(output.text.contains("data/digitale-aanvragen.csv,csv,18,"))
        try session.run(["conflicts"])
        #expect(output.text.contains("No conflicts"))
    }
}

@Suite("Word lists beside the goal files")
struct LocalWordListTests {
    @Test("A wordlists/nl.txt in a loaded directory extends the shipped lists; its mistakes are reported")
    func localWordList() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("koers-words-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("wordlists"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data("""
            doel g
                titel "Wij realiseren een bruisende binnenstad."

            """.utf8).write(to: directory.appendingPathComponent("doelen.koers"))
        let errors = BufferedOutput()
        let before = ShellSession(language: .en, output: BufferedOutput(), errors: errors)
        try before.load([directory.path], announce: false)
        let shipped = VagueGoalCheck.findings(for: before.workspace.model.goals[0], in: before.workspace.model, options: try before.checkOptions)
        #expect(!shipped.contains { $0.span?.text == "bruisende" })

        try Data("[qualitative]\nbruisende\nonzin zonder categorie [\n".utf8).write(to: directory.appendingPathComponent("wordlists/nl.txt"))
        let session = ShellSession(language: .en, output: BufferedOutput(), errors: errors)
        try session.load([directory.path], announce: false)
        let findings = VagueGoalCheck.findings(for: session.workspace.model.goals[0], in: session.workspace.model, options: try session.checkOptions)
        #expect(findings.contains { $0.span?.text == "bruisende" })
        #expect(errors.text.contains("wordlists/nl.txt:3"))
    }
}

@Suite("Completing field values")
struct FieldValueCompletionTests {
    @Test("After set GOAL FIELD, TAB offers what that field takes")
    func perField() throws {
        let (session, _, _) = try sampleSession("tutorial")
        let completer = ShellCompleter(session: session)
        func complete(_ line: String) -> [String] { completer.complete(line: line, cursor: line.count).candidates }
        #expect(complete("set email_reply_days unit d") == ["dagen", "days"])
        #expect(complete("zet e_forms frequentie j") == ["jaarlijks"])
        #expect(complete("set e_forms combine m") == ["mean"])
        #expect(complete("asof to") == ["today"])
        #expect(complete("peildatum va") == ["vandaag"])
        #expect(Set(complete("status --asof la")) == ["latest", "laatste"])
        #expect(complete("asof 2024-Q").contains("2024-Q2"))
        #expect(complete("zet e_forms samenvoegen ge") == ["geen", "gemiddelde"])
        #expect(complete("set e-forms-60 metric email_r") == ["email_reply_days"])
        #expect(complete("set e-forms-60 target ").contains(">="))
        #expect(!complete("set e-forms-60 target ").contains("yearly"))
        #expect(complete("set e-forms-60 target >= 70 ") == ["by", "deadline", "uiterlijk"])
        #expect(complete("set e-forms-60 target >= 70 by 2023").contains("2023"))
        #expect(complete("set e-forms-60 baseline 202").contains("2023"))
        #expect(complete("set e-forms-60 title ").isEmpty)
    }
}
