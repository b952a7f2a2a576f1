import KoersCore
@testable import KoersRender
@testable import KoersShell
import SnapshotTesting
import Testing

/// status, help and sources on terminals 60, 80 and 200 columns wide, in both languages: every
/// line within the width, the reasons whole, the SHA-256 shortened; and the expanded display.
@Suite("Fitting the screen")
struct ScreenWidthTests {
    static let widths = [60, 80, 200]

    private func run(_ sample: String, _ words: [String], width: Int, language: Language) throws -> String {
        let (session, output, _) = try sampleSession(sample, language: language)
        session.style = RenderStyle(colors: false, unicode: true, width: width)
        try session.run(words)
        return output.text
    }

    /// The moment each file was read, which differs per run, as a mask of the same width.
    static func maskingReadTimes(_ text: String) -> String {
        text.replacing(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ/, with: "YYYY-MM-DDThh:mm:ssZ")
    }

    @Test(arguments: Language.allCases)
    func statusHelpAndSourcesFitEveryWidth(language: Language) throws {
        for width in Self.widths {
            for (sample, words) in [("tutorial", ["status"]), ("almelo", ["status"]), ("tutorial", ["help"]), ("almelo", ["sources"])] {
                let text = try run(sample, words, width: width, language: language)
                #expect(text.split(separator: "\n").allSatisfy { $0.count <= width }, "\(words) at \(width):\n\(text)")
                assertSnapshot(of: Self.maskingReadTimes(text), as: .lines, named: "\(sample)-\(words[0])-\(language.rawValue)-\(width)")
            }
        }
    }

    @Test("At 60 columns no line of any query runs over the edge, in both languages", arguments: Language.allCases)
    func everyQueryFitsSixtyColumns(language: Language) throws {
        let queries: [(String, [String])] = [
            ("almelo", ["goals"]), ("almelo", ["metrics"]), ("almelo", ["series", "waardering_digitale_klanten"]),
            ("almelo", ["show", "meer-volume-online"]), ("almelo", ["why", "meer-volume-online"]), ("almelo", ["diff", "2020", "2024"]),
            ("almelo", ["conflicts"]), ("almelo", ["help", "import"]), ("tutorial", ["goals"]), ("tutorial", ["why", "online-aanvragen-plus-10"]),
            ("tutorial", ["show", "e-forms-60"]), ("tutorial", ["trend", "e-forms-60"]), ("tutorial", ["diff", "2022", "2024"]),
        ]
        for (sample, words) in queries {
            let text = try run(sample, words, width: 60, language: language)
            #expect(!text.isEmpty)
            #expect(text.split(separator: "\n").allSatisfy { $0.count <= 60 }, "\(sample) \(words):\n\(text)")
        }
    }

    @Test("check on both samples keeps every line within 60 and 80 columns, counted as the terminal shows them", arguments: Language.allCases)
    func checkFitsTheWidth(language: Language) throws {
        for width in [60, 80] {
            for sample in ["tutorial", "almelo"] {
                let (session, output, _) = try sampleSession(sample, language: language)
                session.style = RenderStyle(colors: false, unicode: true, width: width)
                do {
                    try session.run(["check"])
                } catch {
                    #expect(error.isVerdict, "\(error.message.en)")
                }
                #expect(output.text.split(separator: "\n").count > 10)
                let over = output.text.split(separator: "\n").filter { Self.displayWidth($0) > width }
                #expect(over.isEmpty, "\(sample) at \(width):\n\(over.joined(separator: "\n"))")
            }
        }
    }

    /// The columns a terminal gives a line: two for a wide (East Asian or emoji) character, none
    /// for a format character, one for the rest.
    static func displayWidth(_ line: Substring) -> Int {
        line.reduce(0) { sum, character in
            guard let scalar = character.unicodeScalars.first else { return sum }
            if scalar.properties.generalCategory == .format { return sum }
            let wide = scalar.properties.isEmojiPresentation || [0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F,
                                                                 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD].contains { $0.contains(Int(scalar.value)) }
            return sum + (wide ? 2 : 1)
        }
    }

    @Test("No reason is cut with an ellipsis; it goes whole under its row")
    func reasonsAreNeverCut() throws {
        for language in Language.allCases {
            for width in Self.widths {
                let text = try run("almelo", ["status"], width: width, language: language)
                let (session, _, _) = try sampleSession("almelo", language: language)
                for evaluation in session.evaluations(asOf: session.peildatum).evaluations {
                    guard let reason = evaluation.reasonText()?.text(in: language) else { continue }
                    // Wrapped at spaces: the words, in order, with nothing cut.
                    let shown = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
                    #expect(shown.contains(reason.split(separator: " ").joined(separator: " ")), "\(reason) at \(width)")
                }
            }
        }
    }

    @Test("sources --full shows the SHA-256 whole; the terminal shows its first 12 characters")
    func fullHash() throws {
        let (session, output, _) = try sampleSession("almelo")
        session.style = .terminal(width: 200)
        let hash = try #require(session.workspace.model.store.sources.first?.contentHash)
        try session.run(["sources"])
        #expect(output.text.contains(String(hash.prefix(12)) + "…") && !output.text.contains(hash))
        try session.run(["sources", "--full"])
        #expect(output.text.contains(hash))
    }

    @Test("The expanded display: one field per line per goal, by option and by setting")
    func expandedDisplay() throws {
        for language in Language.allCases {
            let option = try run("tutorial", ["status", "--expanded"], width: 60, language: language)
            assertSnapshot(of: option, as: .lines, named: "status-expanded-\(language.rawValue)")
            #expect(option.split(separator: "\n").allSatisfy { $0.count <= 60 })
            let (session, output, _) = try sampleSession("tutorial", language: language)
            session.style = RenderStyle(colors: false, unicode: true, width: 60)
            try session.run(["expanded", language == .nl ? "aan" : "on"])
            let confirmation = output.text
            try session.run(["status"])
            #expect(output.text == confirmation + option)
            try session.run(["expanded", "off"])
            #expect(session.expandedDisplay == false)
            let sources = try run("almelo", ["sources", "-x"], width: 60, language: language)
            assertSnapshot(of: Self.maskingReadTimes(sources), as: .lines, named: "sources-expanded-\(language.rawValue)")
        }
    }

    @Test("expanded auto switches when the columns do not fit, and refuses a word it does not know")
    func expandedAuto() throws {
        let (session, output, _) = try sampleSession("tutorial")
        session.style = RenderStyle(colors: false, unicode: true, width: 60)
        try session.run(["expanded", "auto"])
        #expect(session.expandedDisplay == nil)
        #expect(throws: CommandFailure.self) { try session.run(["expanded", "sometimes"]) }
        let before = output.text.count
        try session.run(["status"])
        let narrow = String(output.text.dropFirst(before))
        session.style.width = 200
        let beforeWide = output.text.count
        try session.run(["status"])
        let wide = String(output.text.dropFirst(beforeWide))
        #expect(narrow.contains("\n  id ") && !wide.contains("\n  id "))
    }
}

