import Testing
@testable import KoersCore

extension GoalSentenceAccuracyTests {
    /// The readings of a set, a table row read with its header (`table_header`) through the table
    /// reader when `usingHeaders` is set and the row splits into the header's cells
    /// (`TableRowCells.split`); every other sentence, and a row that does not split, as a sentence.
    static func readings(of sentences: [LabelledSentence], usingHeaders: Bool) -> [Reading] {
        guard usingHeaders else { return readings(of: sentences) }
        return sentences.map { label in
            if let header = label.tableHeader, let cells = TableRowCells.split(label.sentence, header: header),
               let proposal = TableDraft.propose(header: header, row: cells, wordLists: CheckFixtures.wordLists, today: today) {
                return Reading(label: label, proposal: proposal)
            }
            return readings(of: [label])[0]
        }
    }
}

/// A table row of the corpus back in its cells. The corpus writes a row as its cells joined by
/// one space, so the cell boundaries are gone; the header's column count and roles put them back.
///
/// The rule: words split at spaces. Columns before the indicator (`Nr`, `Ref`, `Taakveld`) take one
/// word each from the left. From the right, each column after the indicator takes its cell:
/// a figure column (target, realised, planned, baseline, benchmark, a bare year) one word, with
/// a `%` after it, the words of a comparator or hedge before it (`Minimaal 400`, `< 28`, `ca. 3`,
/// `Greater than 50%`) and of a direction after it (`80% or above`, `+2% increase`); a target said
/// in words keeps its direction before the figure and its year after it (`Increase / Maintain 10%
/// across 2022-2024`, `Verlagen naar 5% in 2026`), a figure its years in brackets (`55% (2021)`)
/// or its year before a colon (`2018: 172`);
/// a column of words right after a figure column (`Bron`, `Lead officer`, `Status`) the words back
/// to that figure; any other column one word. A `Doel`/`Goal` column without a year beside target
/// columns with years is a column of words (the goal's description). The indicator keeps what is
/// left, at least one word.
///
/// Limits: other words in a figure column (`Top quartile …`, `4 minutes`, `Maintain 9%`), a unit of several words (`Kg/inwoner` is one, `per 1.000 inwoners` three), a
/// label or description of several words before the indicator, or two columns of words side by
/// side after the figures shifts the cells; then the row is read with the wrong cells, or, when
/// too few words are left, not split (nil) and read as a sentence.
enum TableRowCells {
    /// Signs that stand before a figure as words of their own (`< 28`, `€ 1.200`).
    static let leadSigns: Set<String> = ["<", ">", "≤", "≥", "<=", ">=", "=<", "=>", "±", "~", "€", "£", "$"]

    /// `words` folded as the cell reader folds them, one phrase.
    static func phrase(_ words: ArraySlice<String>) -> String {
        TextFolding.words(of: Array(words.joined(separator: " "))).map(\.folded).joined(separator: " ")
    }

    static let figureRoles: Set<TableColumnRole> = [.target, .realised, .planned, .baseline, .benchmark]

    static func split(_ sentence: String, header: [String]) -> [String]? {
        var words = sentence.split(separator: " ").map(String.init)
        let headerCells = header.enumerated().map { TableCell(text: $0.element, line: 1, column: $0.offset + 1) }
        let columns = TableDraft.columns(of: headerCells, rows: [], notation: NumberNotation(TextLanguage.guess(sentence)))
        let indicator = columns.firstIndex { $0.role == .indicator } ?? 0
        let datedTargets = columns.contains { [.target, .planned].contains($0.role) && $0.period != nil }
        let holdsFigures = columns.map { column in
            switch column.role {
            case .target, .planned: column.period != nil || !datedTargets
            case .realised, .baseline, .benchmark: true
            case .other: column.period != nil
            default: false
            }
        }
        guard words.count >= columns.count else { return nil }
        var cells = [String](repeating: "", count: columns.count)
        for index in 0..<indicator {
            cells[index] = words.removeFirst()
        }
        for index in columns.indices.reversed() where index > indicator {
            let remaining = index - indicator  // columns still to fill after this one, the indicator included
            guard words.count > remaining else { return nil }
            var taken: [String] = []
            func take(_ count: Int) { taken.insert(contentsOf: words.suffix(count), at: 0); words.removeLast(count) }
            if holdsFigures[index] {
                // `55% (2021)`, `10% (2018-2021)`: the figure's years; `… by 2024`, `… across 2022-2024`: a target's.
                if words.count > remaining + 1, isBracketedYears(words.last ?? "") { take(1) }
                if words.count > remaining + 2, isYears(words.last ?? ""), deadlineWords.contains(words[words.count - 2].lowercased()),
                   isFigure(words[words.count - 3]) {
                    take(2)
                }
                if let tail = tailLength(words, keeping: remaining) { take(tail) }
                take(1)
                if taken.first == "%", words.count > remaining { take(1) }
                // `2018: 172`: the figure's year before it.
                if words.count > remaining, let last = words.last, last.hasSuffix(":"), isYears(String(last.dropLast())) { take(1) }
                // `Minimaal 400`, `< 28`, `Greater than 50%`, `ca. 3`: words before it.
                if let lead = (1...3).reversed().first(where: { count in
                    words.count >= remaining + count
                        && (CellReader.leadWords.contains(phrase(words.suffix(count))) || (count == 1 && leadSigns.contains(words.last ?? "")))
                }) {
                    take(lead)
                }
                // `Increase / Maintain 10%`, `Verlagen naar 5%`: the direction of a target said in words.
                while words.count > remaining, taken.count < 6, directionWords.contains(words.last?.lowercased() ?? "") { take(1) }
            } else {
                take(1)
                if columns[index].role == .source || (index - 1 > indicator && holdsFigures[index - 1]) {
                    while words.count > remaining, let last = words.last, !isFigure(last), tailLength(words, keeping: remaining) == nil { take(1) }
                }
            }
            cells[index] = taken.joined(separator: " ")
        }
        guard !words.isEmpty else { return nil }
        cells[indicator] = words.joined(separator: " ")
        return cells
    }

    /// How many of the last words are a direction after a figure (`80% or above`, `+2% increase`),
    /// which the cell reader reads as part of the figure's cell; nil when they are none.
    static func tailLength(_ words: [String], keeping remaining: Int) -> Int? {
        (1...2).reversed().first { count in
            words.count > remaining + count && CellReader.tailWords.contains(phrase(words.suffix(count)))
                && isFigure(words[words.count - count - 1])
        }
    }

    /// Words of a target cell said in words: its direction before the figure, its deadline after.
    static let directionWords: Set<String> = ["increase", "decrease", "reduce", "maintain", "raise", "lower", "to", "/", "verhogen",
                                              "verlagen", "handhaven", "naar", "stijging", "daling"]
    static let deadlineWords: Set<String> = ["by", "in", "across", "before", "tegen", "uiterlijk", "voor"]

    /// `2024`, `2022-2024`: a year or a span of years.
    static func isYears(_ word: String) -> Bool {
        let parts = word.split(whereSeparator: { $0 == "-" || $0 == "–" })
        return (1...2).contains(parts.count) && parts.allSatisfy { $0.count == 4 && $0.allSatisfy(\.isNumber) }
    }

    /// `(2021)`, `(2018-2021)`.
    static func isBracketedYears(_ word: String) -> Bool {
        word.hasPrefix("(") && word.hasSuffix(")") && isYears(String(word.dropFirst().dropLast()))
    }

    /// A word that holds a figure or stands for a missing one.
    static func isFigure(_ word: String) -> Bool {
        word.contains { $0.isNumber } || CellReader.placeholders.contains(word.lowercased())
    }
}

@Suite("Table rows of the corpus split back into cells")
struct TableRowCellsTests {
    @Test("a row of the corpus with its header", arguments: [
        ("% meldingen binnen 2 weken afgehandeld 90% 84,4% 90,1% 91,4%",
         "Indicator | Streefwaarde 2020 | Realisatie 2016 | Realisatie 2017 | Realisatie 2018",
         ["% meldingen binnen 2 weken afgehandeld", "90%", "84,4%", "90,1%", "91,4%"]),
        ("1.1.3.PI Number of visits to the Look Out Discovery Centre Place 18,565 10,966 19,625 Red",
         "Ref | Indicator | Directorate | Last quarter | This quarter | Target | Status",
         ["1.1.3.PI", "Number of visits to the Look Out Discovery Centre", "Place", "18,565", "10,966", "19,625", "Red"]),
        ("Aantal woningen start bouw n.b. 501 Minimaal 1.000 Gemeentelijke registratie",
         "Naam | Realisatie 2018 | Realisatie 2019 | Streefwaarde 2022 | Bron",
         ["Aantal woningen start bouw", "n.b.", "501", "Minimaal 1.000", "Gemeentelijke registratie"]),
        ("OC02 Residents who feel informed High Greater than 50%", "Ref | Indicator | Good is | Target 2022/23",
         ["OC02", "Residents who feel informed", "High", "Greater than 50%"]),
        ("OC06 Disabled employees High 9% or above Green", "Ref | Measure | Good is | Target 2022/23 | Status",
         ["OC06", "Disabled employees", "High", "9% or above", "Green"]),
        ("1.4.2.KR The population is healthy. Rate of smokers who have quit 2,300 3,000 4,000 5,000 Deputy Director: Public Health",
         "Ref | Goal | Indicator | Baseline | Year 1 (24/25) target | Year 2 (25/26) target | Year 3 (26/27) target | Lead officer",
         ["1.4.2.KR", "The", "population is healthy. Rate of smokers who have quit", "2,300", "3,000", "4,000", "5,000",
          "Deputy Director: Public Health"]),
        ("Residents who cycle to work 21% (2022) Increase 30% by 2028", "Measure | Baseline | Target",
         ["Residents who cycle to work", "21% (2022)", "Increase 30% by 2028"]),
        ("Leerlingen met overgewicht 14% (2019-2022) Verlagen naar 10% in 2027", "Indicator | Nulmeting | Doel",
         ["Leerlingen met overgewicht", "14% (2019-2022)", "Verlagen naar 10% in 2027"]),
        ("Afval per inwoner kg 150 2019: 210 Afvalmonitor", "Indicator | Eenheid | Streefwaarde 2025 | Landelijk | Bron",
         ["Afval per inwoner", "kg", "150", "2019: 210", "Afvalmonitor"]),
        ("Volunteers in sport clubs 12% Increase / Maintain 12% across 2024-2026", "Measure | Baseline | Target",
         ["Volunteers in sport clubs", "12%", "Increase / Maintain 12% across 2024-2026"]),
    ])
    func split(sentence: String, header: String, cells: [String]) {
        let headerCells = header.split(separator: "|").map { $0.trimmingSpaces() }
        #expect(TableRowCells.split(sentence, header: headerCells) == cells)
    }

    @Test("too few words for the header's columns: not split")
    func tooFewWords() {
        #expect(TableRowCells.split("Aantal 400", header: ["Indicator", "Realisatie 2022", "Streefwaarde 2026"]) == nil)
    }

    @Test("read with headers, a row gets the header's target; without, it stays ambiguous")
    func readingsWithHeaders() throws {
        let text = GoalSentenceCorpus.columns.joined(separator: "\t") + "\t" + GoalSentenceCorpus.tableHeaderColumn + "\n"
            + ["r1", "nl", "% meldingen binnen 2 weken afgehandeld 90% 84,4% 90,1% 91,4%", "90%", "-", "2016", "84.4", "2020", "yes", "yes",
               "Ergens", "Begroting", "2019", "https://example.org", "-",
               "Indicator | Streefwaarde 2020 | Realisatie 2016 | Realisatie 2017 | Realisatie 2018"].joined(separator: "\t") + "\n"
            + ["r2", "nl", "In 2026 is minimaal 90% digitaal.", ">= 90%", "-", "-", "-", "2026", "yes", "no",
               "Ergens", "Begroting", "2019", "https://example.org", "-", "-"].joined(separator: "\t") + "\n"
        let sentences = try GoalSentenceCorpus.parse(text)
        #expect(sentences.map(\.tableHeader?.count) == [5, nil])
        let withHeaders = GoalSentenceAccuracyTests.readings(of: sentences, usingHeaders: true)
        #expect(withHeaders.map(Score.targetMatches) == [true, true])
        #expect(withHeaders.map(Score.deadlineMatches) == [true, true])
        #expect(Score.baselineMatches(withHeaders[0]))
        let without = GoalSentenceAccuracyTests.readings(of: sentences, usingHeaders: false)
        #expect(without[0].proposal.targetAmbiguous)
    }
}
