import KoersCore

/// Every text the importer shows, in English and Dutch.
enum Messages {
    private static func number(_ value: Double, _ notation: NumberNotation) -> String {
        NumberWriter.format(value, notation: notation, maxFractionDigits: 6)
    }

    /// Without thousands grouping, so that the two readings of `49.525` cannot be misread.
    private static func plain(_ value: Double, _ notation: NumberNotation) -> String {
        NumberWriter.format(value, notation: notation, maxFractionDigits: 6, grouping: false)
    }

    private static func both(_ en: String, _ nl: String) -> LocalizedText { LocalizedText(en: en, nl: nl) }

    /// A long header keeps its start and its end: StatLine headers share a long path and differ
    /// in the last part (`…/Huisartsenzorg (euro)`), the part `column value` needs.
    private static func quoted(_ text: String) -> String {
        let shown = text.count > 60 ? String(text.prefix(20)) + "…" + String(text.suffix(39)) : text
        return "\"\(shown)\""
    }

    private static func list(_ items: [String], limit: Int = 12) -> String {
        let shown = items.prefix(limit).map(quoted).joined(separator: ", ")
        return items.count > limit ? shown + ", … (\(items.count))" : shown
    }

    // MARK: Failures

    static func moreErrors(_ count: Int) -> LocalizedText {
        both("… and \(count) more error\(count == 1 ? "" : "s")", "… en nog \(count) fout\(count == 1 ? "" : "en")")
    }

    static func cannotRead(_ path: String, _ problem: ByteSource.OpenProblem) -> LocalizedText {
        let reason = switch problem {
        case .missing: both("no such file", "bestand bestaat niet")
        case .noPermission: both("no permission to read it", "geen toegang om het te lezen")
        case .isDirectory: both("it is a folder; name a CSV or Excel file", "het is een map; noem een CSV- of Excel-bestand")
        case .notARegularFile:
            both("it is not a regular file (a pipe, a socket or a device); koers reads data only from regular files",
                 "het is geen gewoon bestand (een pipe, een socket of een apparaat); koers leest gegevens alleen uit gewone bestanden")
        case let .system(text): both(text, text)
        }
        return both("cannot read \(quoted(path)): \(reason.en)", "kan \(quoted(path)) niet lezen: \(reason.nl)")
    }

    static func changedWhileRead(_ file: String) -> LocalizedText {
        both("\(file) changed while it was being read: import it again once it is no longer being written",
             "\(file) is veranderd terwijl het werd gelezen: importeer het opnieuw als het niet meer wordt geschreven")
    }

    static func emptyFile(_ file: String) -> LocalizedText {
        both("\(file) is empty: expected a header line and rows of figures", "\(file) is leeg: verwacht een kopregel en rijen met cijfers")
    }

    static func headerOnly(_ file: String) -> LocalizedText {
        both("\(file) has a header but no rows of figures", "\(file) heeft een kopregel maar geen rijen met cijfers")
    }

    static func noHeader(_ file: String) -> LocalizedText {
        both("\(file) has no header line with the table's columns", "\(file) heeft geen kopregel met de kolommen van de tabel")
    }

    static func decodingFailure(_ failure: TextDecoding.Failure, file: String) -> LocalizedText {
        switch failure {
        case let .binary(offset):
            both("\(file) is not a text file (binary data at byte \(offset)): expected a CSV export or an .xlsx file",
                 "\(file) is geen tekstbestand (binaire gegevens bij byte \(offset)): verwacht een CSV-export of een .xlsx-bestand")
        case .utf16:
            both("\(file) is UTF-16 text: save it as UTF-8 (\"CSV UTF-8\" in Excel)",
                 "\(file) is UTF-16-tekst: sla het op als UTF-8 (\"CSV UTF-8\" in Excel)")
        case let .invalidUTF8(line, offset):
            both("\(file):\(line): not valid UTF-8 (byte \(offset)); declare `encoding windows-1252` if the file comes from an older export",
                 "\(file):\(line): geen geldige UTF-8 (byte \(offset)); geef `tekenset windows-1252` op als het bestand uit een oudere export komt")
        }
    }

    static let doubledQuotesUnrepairable = both(
        "every field is wrapped in doubled quotes (\"\";\"\"), and undoubling them does not give a regular table: the file was probably re-saved by another program; download it again from the source",
        "elk veld staat tussen dubbele aanhalingstekens (\"\";\"\"), en ze ontdubbelen geeft geen regelmatige tabel: het bestand is waarschijnlijk door een ander programma opnieuw opgeslagen; download het opnieuw bij de bron")

    static let repairedDoubledQuotes = both(
        "every field was wrapped in doubled quotes (\"\";\"\"), as when a download is re-saved by another program; koers undid the doubling, which gives a regular table",
        "elk veld stond tussen dubbele aanhalingstekens (\"\";\"\"), zoals wanneer een download door een ander programma opnieuw is opgeslagen; koers heeft de verdubbeling ongedaan gemaakt, wat een regelmatige tabel geeft")

    static let lastLineUnterminated = both(
        "the last line has no line break at its end: if the file was cut off (an interrupted download or copy), its last figure may be incomplete; check it against the source",
        "de laatste regel eindigt niet op een regeleinde: als het bestand is afgekapt (een onderbroken download of kopie), kan het laatste cijfer onvolledig zijn; vergelijk het met de bron")

    static func detectedWindows1252(_ file: String) -> LocalizedText {
        both("\(file) is not UTF-8; read as Windows-1252 (declare `encoding` to be explicit)",
             "\(file) is geen UTF-8; gelezen als Windows-1252 (geef `tekenset` op om dat vast te leggen)")
    }

    static func tableReadFailure(_ error: TableReadError) -> LocalizedText {
        switch error {
        case .unterminatedQuote:
            both("a quoted field starting in this record is never closed: expected a closing \" before the end of the file",
                 "een veld tussen aanhalingstekens dat in deze regel begint wordt nooit gesloten: verwacht een sluitend \" voor het einde van het bestand")
        case .textAfterClosingQuote:
            both("text after the closing quote of a field: expected a separator or the end of the line",
                 "tekst na het sluitende aanhalingsteken van een veld: verwacht een scheidingsteken of het einde van de regel")
        case let .tooManyFields(_, limit):
            both("more than \(limit) fields in one record: this is not a table koers can read",
                 "meer dan \(limit) velden in één regel: dit is geen tabel die koers kan lezen")
        }
    }

    static func xlsxFailure(_ failure: XLSXFailure, file: String) -> LocalizedText {
        let prefix = "\(file): "
        switch failure {
        case .notAZipArchive:
            return both("\(prefix)not a valid .xlsx file (not a zip archive)", "\(prefix)geen geldig .xlsx-bestand (geen zip-archief)")
        case let .missingPart(part):
            return both("\(prefix)not a valid .xlsx file: \(part) is missing", "\(prefix)geen geldig .xlsx-bestand: \(part) ontbreekt")
        case let .malformedXML(part):
            return both("\(prefix)not a valid .xlsx file: \(part) cannot be read", "\(prefix)geen geldig .xlsx-bestand: \(part) is onleesbaar")
        case let .noSuchSheet(name, available):
            return both("\(prefix)no sheet \(quoted(name)); the workbook has \(list(available))",
                        "\(prefix)geen blad \(quoted(name)); de werkmap heeft \(list(available))")
        case .noSheets:
            return both("\(prefix)the workbook has no sheets", "\(prefix)de werkmap heeft geen bladen")
        case .tooLarge:
            return both("\(prefix)the sheet is too large to read", "\(prefix)het blad is te groot om te lezen")
        case let .sharedStringOutOfRange(cell, index, count):
            return both("\(prefix)cell \(cell) refers to shared string \(quoted(index)), but the workbook has \(count) (numbered from 0); the file is damaged: save it again from Excel",
                        "\(prefix)cel \(cell) verwijst naar gedeelde tekst \(quoted(index)), maar de werkmap heeft er \(count) (genummerd vanaf 0); het bestand is beschadigd: sla het opnieuw op vanuit Excel")
        case let .duplicateRow(sheet, row):
            return both("\(prefix)row \(row) of sheet \(quoted(sheet)) appears twice or out of order; the file is damaged: save it again from Excel",
                        "\(prefix)rij \(row) van blad \(quoted(sheet)) komt twee keer of niet op volgorde voor; het bestand is beschadigd: sla het opnieuw op vanuit Excel")
        case let .duplicateCell(cell):
            return both("\(prefix)cell \(cell) appears twice in the sheet; the file is damaged: save it again from Excel",
                        "\(prefix)cel \(cell) komt twee keer voor in het blad; het bestand is beschadigd: sla het opnieuw op vanuit Excel")
        }
    }

    static func headerWidth(_ found: Int, _ width: Int) -> LocalizedText {
        let columns = LocalizedText.counted(found, en: ("column", "columns"), nl: ("kolom", "kolommen"))
        return both("the header has \(columns.en) but the rows have \(width)", "de kopregel heeft \(columns.nl), de rijen \(width)")
    }

    static func wrongFieldCount(found: Int, expected: Int) -> LocalizedText {
        both("this row has \(found) field\(found == 1 ? "" : "s"); expected \(expected), as in the header",
             "deze rij heeft \(found) veld\(found == 1 ? "" : "en"); verwacht \(expected), zoals in de kopregel")
    }

    // MARK: Options and mapping

    static func unknownOption(_ key: String) -> LocalizedText {
        let known = ImportOptions.keys.map(\.en).joined(separator: ", ")
        let bekend = ImportOptions.keys.map(\.nl).joined(separator: ", ")
        return both("unknown import option `\(key)`; expected one of \(known)", "onbekende importoptie `\(key)`; verwacht een van \(bekend)")
    }

    static func badOptionValue(key: String, value: String, expected: LocalizedText) -> LocalizedText {
        both("`\(key) \(value)`: expected \(expected.en)", "`\(key) \(value)`: verwacht \(expected.nl)")
    }

    static func optionWithoutValue(_ key: String) -> LocalizedText {
        both("option `\(key)` has no value", "optie `\(key)` heeft geen waarde")
    }

    static let expectedLayout = both("`long` or `wide`", "`lang` of `breed`")
    static let expectedMetricID = both("a metric id", "een indicator-id")
    static let expectedColumn = both(
        "`period \"HEADER\"`, `value \"HEADER\"`, `metric \"HEADER\"` or `label NAME \"HEADER\"`",
        "`periode \"KOP\"`, `waarde \"KOP\"`, `indicator \"KOP\"` of `label NAAM \"KOP\"`")
    static let expectedText = both("a text in double quotes", "een tekst tussen dubbele aanhalingstekens")
    static let expectedSeparator = both("`;`, `,` or `tab`", "`;`, `,` of `tab`")
    static let expectedEncoding = both("`utf-8` or `windows-1252`", "`utf-8` of `windows-1252`")
    static let expectedDecimal = both("`comma` or `point`", "`komma` of `punt`")
    static let expectedInteger = both("a whole number", "een geheel getal")

    static func unknownHeader(_ wanted: String, headers: [String]) -> LocalizedText {
        both("no column \(quoted(wanted)); the columns are \(list(headers))", "geen kolom \(quoted(wanted)); de kolommen zijn \(list(headers))")
    }

    static func ambiguousHeader(_ wanted: String, matches: [String]) -> LocalizedText {
        both("\(quoted(wanted)) names several columns: \(list(matches)); give the whole header",
             "\(quoted(wanted)) past op meerdere kolommen: \(list(matches)); geef de hele kop")
    }

    static let metricTwice = both(
        "both a `metric` option and a metric column are declared: give one",
        "zowel een optie `indicator` als een indicatorkolom opgegeven: geef er één")
    static let noMetric = both(
        "which metric do these figures belong to? Add `metric ID` to the data declaration (or map a metric column with `column metric \"HEADER\"`)",
        "bij welke indicator horen deze cijfers? Voeg `indicator ID` toe aan de gegevensdeclaratie (of wijs een indicatorkolom aan met `kolom indicator \"KOP\"`)")
    static let valueColumnInWideTable = both(
        "`column value` does not apply to a wide table: there every period column holds values",
        "`kolom waarde` past niet bij een brede tabel: daar bevat elke periodekolom waarden")
    static let noPeriodHeaders = both(
        "a wide table needs period headers (`2020`, `2021-Q3`, `2021KW03`), and this header has none",
        "een brede tabel heeft perioden als kop nodig (`2020`, `2021-Q3`, `2021KW03`), en deze kopregel heeft er geen")

    static func noPeriodColumn(_ headers: [String]) -> LocalizedText {
        both("no period column found among \(list(headers)); name it with `column period \"HEADER\"`, or use `layout wide` if the periods are column headers",
             "geen periodekolom gevonden tussen \(list(headers)); wijs hem aan met `kolom periode \"KOP\"`, of gebruik `indeling breed` als de perioden in de kop staan")
    }

    static let noValueColumn = both(
        "no column with figures found; name it with `column value \"HEADER\"`",
        "geen kolom met cijfers gevonden; wijs hem aan met `kolom waarde \"KOP\"`")

    static func severalValueColumns(_ headers: [String]) -> LocalizedText {
        both("several columns hold figures: \(list(headers)); choose one with `column value \"HEADER\"` (declare the file once per metric)",
             "meerdere kolommen bevatten cijfers: \(list(headers)); kies er één met `kolom waarde \"KOP\"` (declareer het bestand eenmaal per indicator)")
    }

    static func emptyMetric(_ header: String) -> LocalizedText {
        both("the metric column \(quoted(header)) is empty here: expected a metric id", "de indicatorkolom \(quoted(header)) is hier leeg: verwacht een indicator-id")
    }

    // MARK: Values

    static func notANumber(_ text: String, header: String) -> LocalizedText {
        both("\(quoted(text)) in column \(quoted(header)) is not a number: expected a figure such as 49525, 7,2 or 1.234,5, or a missing value",
             "\(quoted(text)) in kolom \(quoted(header)) is geen getal: verwacht een cijfer zoals 49525, 7,2 of 1.234,5, of een ontbrekende waarde")
    }

    static let missingHint = both(
        "if this text means a missing figure, declare it: `missing \"TEXT\"`",
        "als deze tekst een ontbrekend cijfer betekent, geef dat op: `ontbrekend \"TEKST\"`")

    static let yesNoHint = both(
        "a yes/no figure is read as 1 or 0 when its metric is declared with `unit yes-no` (and `ja`, `nee`, `yes`, `no`, `1` and `0` are then accepted)",
        "een ja/nee-cijfer wordt als 1 of 0 gelezen als de indicator `eenheid ja-nee` heeft (dan worden `ja`, `nee`, `yes`, `no`, `1` en `0` aanvaard)")

    static func notAPeriod(_ text: String, header: String) -> LocalizedText {
        both("\(quoted(text)) in column \(quoted(header)) is not a period: expected 2020, 2021-H1, 2021-Q3, 2021-05 or a CBS code such as 2020JJ00 or 2021KW03",
             "\(quoted(text)) in kolom \(quoted(header)) is geen periode: verwacht 2020, 2021-H1, 2021-Q3, 2021-05 of een CBS-code zoals 2020JJ00 of 2021KW03")
    }

    private static func notationName(_ notation: NumberNotation) -> (en: String, nl: String) {
        notation == .dutch ? ("Dutch notation (decimal comma)", "Nederlandse notatie (decimale komma)")
            : ("English notation (decimal point)", "Engelse notatie (decimale punt)")
    }

    static func wrongNotation(_ text: String, header: String, expected: NumberNotation) -> LocalizedText {
        let name = notationName(expected)
        return both("\(quoted(text)) in column \(quoted(header)) does not fit the file's \(name.en)",
                    "\(quoted(text)) in kolom \(quoted(header)) past niet bij de \(name.nl) van het bestand")
    }

    /// `places`: the first ambiguous figures as written, with their rows and column headers.
    static func ambiguousFigures(columns: [String], count: Int, places: [(text: String, row: Int, header: String)], dutch: Double, english: Double) -> LocalizedText {
        func list(_ items: [String], _ and: String, complete: Bool) -> String {
            guard complete else { return items.joined(separator: ", ") + ", …" }
            return items.count > 1 ? items.dropLast().joined(separator: ", ") + " \(and) " + items.last! : items.joined()
        }
        let shownColumns = columns.prefix(3).map(quoted)
        let first = places.first?.text ?? ""
        func listedPlaces(_ row: String, _ and: String) -> String {
            list(places.map { "\(quoted($0.text)) (\(row) \($0.row)\(columns.count > 1 ? ", " + quoted($0.header) : ""))" }, and, complete: count == places.count)
        }
        return both(
            "\(columns.count == 1 ? "column" : "columns") \(list(shownColumns, "and", complete: columns.count <= 3)): \(count == 1 ? "1 figure is" : "\(count) figures are") ambiguous, such as \(listedPlaces("row", "and")); \(quoted(first)) is \(plain(dutch, .english)) in Dutch notation and \(plain(english, .english)) in English notation, and no figure in the file says which",
            "\(columns.count == 1 ? "kolom" : "kolommen") \(list(shownColumns, "en", complete: columns.count <= 3)): \(count == 1 ? "1 cijfer is" : "\(count) cijfers zijn") dubbelzinnig, zoals \(listedPlaces("rij", "en")); \(quoted(first)) is \(plain(dutch, .dutch)) in Nederlandse notatie en \(plain(english, .dutch)) in Engelse notatie, en geen cijfer in het bestand zegt welke")
    }

    static let decimalHint = both(
        "declare the notation in the data declaration: `decimal comma` (Dutch) or `decimal point` (English)",
        "geef de notatie op in de gegevensdeclaratie: `decimaalteken komma` (Nederlands) of `decimaalteken punt` (Engels)")

    static func mixedNotations(dutch: (Int, Int, String)?, english: (Int, Int, String)?) -> LocalizedText {
        let d = dutch.map { "\(quoted($0.2)) (row \($0.0), field \($0.1))" } ?? ""
        let e = english.map { "\(quoted($0.2)) (row \($0.0), field \($0.1))" } ?? ""
        let dn = dutch.map { "\(quoted($0.2)) (rij \($0.0), veld \($0.1))" } ?? ""
        let en = english.map { "\(quoted($0.2)) (rij \($0.0), veld \($0.1))" } ?? ""
        return both("the file mixes notations: \(d) has a decimal comma, \(e) a decimal point",
                    "het bestand mengt notaties: \(dn) heeft een decimale komma, \(en) een decimale punt")
    }

    static func inferredNotationJump(figure: Double, dutch: Double, place: (Int, Int), proof: (Int, Int, String)) -> LocalizedText {
        let figureText = number(figure, .english)
        return both("\(quoted(figureText)) (row \(place.0), field \(place.1)) reads as \(figureText) in English notation, which \(quoted(proof.2)) (row \(proof.0), field \(proof.1)) suggests, but then jumps more than ten-fold from its neighbour; in Dutch notation it is \(NumberWriter.format(dutch, notation: .english, maxFractionDigits: 6, grouping: false)). Which notation does the file use?",
                    "\(quoted(figureText)) (rij \(place.0), veld \(place.1)) is \(number(figure, .dutch)) in Engelse notatie, waar \(quoted(proof.2)) (rij \(proof.0), veld \(proof.1)) op wijst, maar springt dan meer dan tienvoudig ten opzichte van zijn buur; in Nederlandse notatie is het \(number(dutch, .dutch)). Welke notatie gebruikt het bestand?")
    }

    static func numberOutOfRange(_ text: String, header: String) -> LocalizedText {
        both("\(quoted(text)) in column \(quoted(header)) is beyond the range of a number koers can compute with",
             "\(quoted(text)) in kolom \(quoted(header)) valt buiten het bereik van getallen waarmee koers kan rekenen")
    }

    static func duplicateFigure(_ key: SeriesKey, _ period: Period, otherRow: Int) -> LocalizedText {
        both("a second figure for \(key) in \(period) (the first is on row \(otherRow)); map the column that tells them apart as a label",
             "een tweede cijfer voor \(key) in \(period) (het eerste staat op rij \(otherRow)); wijs de kolom die ze onderscheidt aan als label")
    }

    static func datesInOnePeriodHint(_ granularity: Granularity) -> LocalizedText {
        let (en, nl) = switch granularity {
        case .year: ("year", "jaar")
        case .halfYear: ("half-year", "halfjaar")
        case .quarter: ("quarter", "kwartaal")
        case .month: ("month", "maand")
        }
        return both(
            "when the periods are dates: the metric is measured per \(en), and a date stands for the \(en) that contains it, so keep one date per \(en)",
            "als de perioden datums zijn: de indicator wordt per \(nl) gemeten, en een datum staat voor het \(nl) waarin hij valt, dus houd één datum per \(nl)")
    }

    // MARK: Warnings

    static func moreWarnings(_ count: Int) -> LocalizedText {
        both("… and \(count) more warning\(count == 1 ? "" : "s")", "… en nog \(count) waarschuwing\(count == 1 ? "" : "en")")
    }

    static func undeclaredMetric(_ metric: String, file: String) -> LocalizedText {
        both("\(file) has figures for metric `\(metric)`, which no goal file declares", "\(file) bevat cijfers voor indicator `\(metric)`, die geen doelenbestand declareert")
    }

    static func jump(_ key: SeriesKey, previous: Observation, current: Observation) -> LocalizedText {
        let before = previous.value ?? 0, after = current.value ?? 0
        return both("\(key) jumps from \(number(before, .english)) (\(previous.period)) to \(number(after, .english)) (\(current.period)): more than ten-fold; check the unit and the notation",
                    "\(key) springt van \(number(before, .dutch)) (\(previous.period)) naar \(number(after, .dutch)) (\(current.period)): meer dan tienvoudig; controleer eenheid en notatie")
    }

    static func futurePeriod(_ key: SeriesKey, _ period: Period, today: Period) -> LocalizedText {
        both("\(key) has a figure for \(period), which has not started yet (today is in \(today))",
             "\(key) heeft een cijfer voor \(period), dat nog niet begonnen is (vandaag valt in \(today))")
    }

    static func provisional(_ key: SeriesKey, count: Int) -> LocalizedText {
        both("\(key): \(count) provisional figure\(count == 1 ? "" : "s") (marked *); they may still change",
             "\(key): \(count) voorlopig\(count == 1 ? " cijfer" : "e cijfers") (gemarkeerd met *); die kunnen nog wijzigen")
    }

    static func totalMismatch(_ mismatch: TotalMismatch) -> LocalizedText {
        let total = mismatch.totalFigure.value ?? 0
        return both("\(mismatch.total) in \(mismatch.period) is \(number(total, .english)), but its \(mismatch.parts.count) parts add up to \(number(mismatch.partsSum, .english))",
                    "\(mismatch.total) in \(mismatch.period) is \(number(total, .dutch)), maar de \(mismatch.parts.count) delen tellen op tot \(number(mismatch.partsSum, .dutch))")
    }

    // MARK: Mapping summary

    static func mappingSummary(_ mapping: TableMapping) -> [LocalizedText] {
        var lines: [LocalizedText] = []
        let how = (en: mapping.layoutDeclared ? "declared" : "inferred", nl: mapping.layoutDeclared ? "opgegeven" : "afgeleid")
        lines.append(both("layout: \(mapping.layout == .long ? "long (one figure a row)" : "wide (one series a row)") (\(how.en)); header on row \(mapping.headerRow)",
                          "indeling: \(mapping.layout == .long ? "lang (één cijfer per rij)" : "breed (één reeks per rij)") (\(how.nl)); kopregel op rij \(mapping.headerRow)"))
        if let separator = mapping.separator {
            let shown = separator == 0x09 ? "tab" : String(UnicodeScalar(separator))
            let encoding = mapping.encoding?.rawValue ?? "utf-8"
            lines.append(both("separator \(shown) (\(mapping.separatorDeclared ? "declared" : "detected")), encoding \(encoding) (\(mapping.encodingDetected ? "detected" : "declared"))",
                              "scheidingsteken \(shown) (\(mapping.separatorDeclared ? "opgegeven" : "herkend")), tekenset \(encoding) (\(mapping.encodingDetected ? "herkend" : "opgegeven"))"))
        }
        if let sheet = mapping.sheet { lines.append(both("sheet \(quoted(sheet))", "blad \(quoted(sheet))")) }
        switch mapping.notation {
        case let notation?:
            let name = notationName(notation)
            lines.append(both("numbers: \(name.en) (\(mapping.notationDeclared ? "declared" : "from the file's figures"))",
                              "getallen: \(name.nl) (\(mapping.notationDeclared ? "opgegeven" : "uit de cijfers van het bestand"))"))
        case nil:
            lines.append(both("numbers: no figure needed a notation", "getallen: geen cijfer had een notatie nodig"))
        }
        if let metric = mapping.metric { lines.append(both("metric: \(metric) (every row)", "indicator: \(metric) (elke rij)")) }
        if let total = mapping.totalRow { lines.append(both("total row: \(quoted(total))", "totaalrij: \(quoted(total))")) }
        for column in mapping.columns {
            let (en, nl): (String, String) = switch column.role {
            case .period: ("period", "periode")
            case .value: ("value", "waarde")
            case .metric: ("metric", "indicator")
            case let .label(name): ("label \(name)", "label \(name)")
            case let .periodColumn(period, provisional): ("period \(period)\(provisional ? "*" : "")", "periode \(period)\(provisional ? "*" : "")")
            case .ignored: ("ignored", "genegeerd")
            }
            let origin = column.declared ? (" (declared)", " (opgegeven)") : ("", "")
            lines.append(both("  column \(column.column) \(quoted(column.header)): \(en)\(origin.0)",
                              "  kolom \(column.column) \(quoted(column.header)): \(nl)\(origin.1)"))
        }
        if !mapping.skippedLines.isEmpty {
            let shown = mapping.skippedLines.prefix(10).map(String.init).joined(separator: ", ")
            lines.append(both("skipped lines (title, footer, blank): \(shown)", "overgeslagen regels (titel, voetregel, leeg): \(shown)"))
        }
        if mapping.repairedDoubledQuotes { lines.append(repairedDoubledQuotes) }
        return lines
    }
}
