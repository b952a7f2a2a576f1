import KoersCore
@testable import KoersImport

/// Every message of KoersImport's `Messages`, each case of a message that switches on a kind,
/// made from sample values that read the same in both languages: names, and whole numbers
/// under 1000 (no digit grouping, no decimal sign to differ).
enum ImportMessageCatalog {
    /// The sample values the messages are made from: each must appear as often in the Dutch
    /// text as in the English one.
    static let placeholders = [
        "gemeente.csv", "Aanvragen", "Kwartaal", "onleesbaar?", "indicator-x", "Blad9", "B7", "xl/workbook.xml", "sleutel",
        "waarde-y", "2024-Q3", "2025-Q1", "2026-12", "417", "523", "389", "71", "13", "wijk=centrum", "Totaal",
    ]

    private static let key = SeriesKey(metric: "indicator-x", labels: [Label(name: "wijk", value: "centrum")])
    private static let quarter = Period(year: 2024, granularity: .quarter, index: 3)!
    private static let nextQuarter = Period(year: 2025, granularity: .quarter, index: 1)!
    private static let month = Period(year: 2026, granularity: .month, index: 12)!
    private static let place = Provenance(source: 1, row: 13, column: 2)

    private static func observation(_ period: Period, _ value: Double) -> Observation {
        Observation(period: period, value: value, provenance: place)
    }

    private static func mapping(_ layout: TableLayout, declared: Bool) -> TableMapping {
        TableMapping(
            layout: layout, layoutDeclared: declared,
            columns: [
                ColumnAssignment(column: 1, header: "Kwartaal", role: .period, declared: declared),
                ColumnAssignment(column: 2, header: "Aanvragen", role: .value, declared: !declared),
                ColumnAssignment(column: 3, header: "Totaal", role: .metric, declared: declared),
                ColumnAssignment(column: 4, header: "Blad9", role: .label("sleutel"), declared: declared),
                ColumnAssignment(column: 5, header: "2024-Q3", role: .periodColumn(quarter, provisional: declared), declared: declared),
                ColumnAssignment(column: 71, header: "B7", role: .ignored, declared: declared),
            ],
            metric: declared ? "indicator-x" : nil, headerRow: 13, skippedLines: declared ? [71, 389] : [],
            separator: declared ? 0x3B : 0x09, separatorDeclared: declared, encoding: declared ? .windows1252 : nil,
            encodingDetected: !declared, notation: declared ? .dutch : nil, notationDeclared: declared,
            totalRow: declared ? "Totaal" : nil, repairedDoubledQuotes: declared, sheet: declared ? "Blad9" : nil)
    }

    /// Each message by the name it has in `Messages`, once per case it words differently.
    static var all: [(name: String, text: LocalizedText)] {
        var messages: [(String, LocalizedText)] = [
            ("moreErrors", Messages.moreErrors(1)), ("moreErrors", Messages.moreErrors(417)),
            ("changedWhileRead", Messages.changedWhileRead("gemeente.csv")),
            ("emptyFile", Messages.emptyFile("gemeente.csv")),
            ("headerOnly", Messages.headerOnly("gemeente.csv")),
            ("noHeader", Messages.noHeader("gemeente.csv")),
            ("doubledQuotesUnrepairable", Messages.doubledQuotesUnrepairable),
            ("repairedDoubledQuotes", Messages.repairedDoubledQuotes),
            ("lastLineUnterminated", Messages.lastLineUnterminated),
            ("detectedWindows1252", Messages.detectedWindows1252("gemeente.csv")),
            ("headerWidth", Messages.headerWidth(1, 13)), ("headerWidth", Messages.headerWidth(71, 13)),
            ("wrongFieldCount", Messages.wrongFieldCount(found: 1, expected: 13)), ("wrongFieldCount", Messages.wrongFieldCount(found: 71, expected: 13)),
            ("unknownOption", Messages.unknownOption("sleutel")),
            ("badOptionValue", Messages.badOptionValue(key: "sleutel", value: "waarde-y", expected: Messages.expectedLayout)),
            ("optionWithoutValue", Messages.optionWithoutValue("sleutel")),
            ("expectedLayout", Messages.expectedLayout), ("expectedMetricID", Messages.expectedMetricID),
            ("expectedColumn", Messages.expectedColumn), ("expectedText", Messages.expectedText),
            ("expectedSeparator", Messages.expectedSeparator), ("expectedEncoding", Messages.expectedEncoding),
            ("expectedDecimal", Messages.expectedDecimal), ("expectedInteger", Messages.expectedInteger),
            ("unknownHeader", Messages.unknownHeader("Kwartaal", headers: ["Aanvragen", "Totaal"])),
            ("ambiguousHeader", Messages.ambiguousHeader("Kwartaal", matches: ["Aanvragen", "Totaal"])),
            ("metricTwice", Messages.metricTwice), ("noMetric", Messages.noMetric),
            ("valueColumnInWideTable", Messages.valueColumnInWideTable), ("noPeriodHeaders", Messages.noPeriodHeaders),
            ("noPeriodColumn", Messages.noPeriodColumn(["Aanvragen", "Totaal"])),
            ("noValueColumn", Messages.noValueColumn),
            ("severalValueColumns", Messages.severalValueColumns(["Aanvragen", "Totaal"])),
            ("emptyMetric", Messages.emptyMetric("Totaal")),
            ("notANumber", Messages.notANumber("onleesbaar?", header: "Aanvragen")),
            ("missingHint", Messages.missingHint), ("yesNoHint", Messages.yesNoHint),
            ("notAPeriod", Messages.notAPeriod("onleesbaar?", header: "Kwartaal")),
            ("wrongNotation", Messages.wrongNotation("onleesbaar?", header: "Aanvragen", expected: .dutch)),
            ("wrongNotation", Messages.wrongNotation("onleesbaar?", header: "Aanvragen", expected: .english)),
            ("decimalHint", Messages.decimalHint),
            ("mixedNotations", Messages.mixedNotations(dutch: (13, 2, "417"), english: (71, 3, "523"))),
            ("inferredNotationJump", Messages.inferredNotationJump(figure: 417, dutch: 523, place: (13, 2), proof: (71, 3, "389"))),
            ("numberOutOfRange", Messages.numberOutOfRange("onleesbaar?", header: "Aanvragen")),
            ("duplicateFigure", Messages.duplicateFigure(key, quarter, otherRow: 13)),
            ("moreWarnings", Messages.moreWarnings(1)), ("moreWarnings", Messages.moreWarnings(417)),
            ("undeclaredMetric", Messages.undeclaredMetric("indicator-x", file: "gemeente.csv")),
            ("jump", Messages.jump(key, previous: observation(quarter, 13), current: observation(nextQuarter, 417))),
            ("futurePeriod", Messages.futurePeriod(key, nextQuarter, today: month)),
            ("provisional", Messages.provisional(key, count: 1)), ("provisional", Messages.provisional(key, count: 13)),
            ("totalMismatch", Messages.totalMismatch(TotalMismatch(
                total: key, period: quarter, totalFigure: observation(quarter, 417), partsSum: 389,
                parts: [SeriesKey(metric: "indicator-x"): observation(quarter, 389)]))),
        ]
        for problem: ByteSource.OpenProblem in [.missing, .noPermission, .isDirectory, .notARegularFile, .system("onleesbaar?")] {
            messages.append(("cannotRead", Messages.cannotRead("gemeente.csv", problem)))
        }
        for failure: TextDecoding.Failure in [.binary(offset: 417), .utf16, .invalidUTF8(line: 13, offset: 71)] {
            messages.append(("decodingFailure", Messages.decodingFailure(failure, file: "gemeente.csv")))
        }
        for error: TableReadError in [.unterminatedQuote(line: 13), .textAfterClosingQuote(line: 13, field: 2), .tooManyFields(line: 13, limit: 417)] {
            messages.append(("tableReadFailure", Messages.tableReadFailure(error)))
        }
        let xlsxFailures: [XLSXFailure] = [
            .notAZipArchive, .missingPart("xl/workbook.xml"), .malformedXML("xl/workbook.xml"), .noSuchSheet("Blad9", available: ["Totaal"]),
            .noSheets, .tooLarge, .sharedStringOutOfRange(cell: "B7", index: "417", count: 71), .duplicateCell("B7"),
            .duplicateRow(sheet: "Blad9", row: 13),
        ]
        messages += xlsxFailures.map { ("xlsxFailure", Messages.xlsxFailure($0, file: "gemeente.csv")) }
        for columns in [["Aanvragen"], ["Aanvragen", "Totaal", "Kwartaal", "Blad9"]] {
            for places in [[(text: "417", row: 13, header: "Aanvragen")], [("417", 13, "Aanvragen"), ("523", 71, "Totaal")]] {
                messages.append(("ambiguousFigures", Messages.ambiguousFigures(columns: columns, count: places.count, places: places, dutch: 389, english: 71)))
            }
        }
        messages += Granularity.allCases.map { ("datesInOnePeriodHint", Messages.datesInOnePeriodHint($0)) }
        for declared in [false, true] {
            for layout in [TableLayout.long, .wide] {
                messages += Messages.mappingSummary(mapping(layout, declared: declared)).map { ("mappingSummary", $0) }
            }
        }
        return messages
    }
}
