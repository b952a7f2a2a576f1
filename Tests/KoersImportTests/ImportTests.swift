import Foundation
import KoersCore
import Testing
@testable import KoersImport

/// Table 3.1 of the Almelo report as staff would export it: Dutch notation, a total row.
let almeloTable = """
    productgroep;2018;2019;2020
    Totaal;29.734;30.416;49.525
    Burgerzaken;13.438;11.886;13.657
    Vergunningen;9.888;11.862;28.272
    Leef- en woonomgeving;4.657;4.675;5.759
    Werk-, inkomen en zorg;1.601;1.843;1.717
    Overige producten en diensten;150;150;120

    """

let digitaleAanvragen = Metric(id: "digitale_aanvragen", unit: .count, totalOf: "productgroep")

@Suite("Importing")
struct ImportTests {
    @Test func almeloWideTableWithTotalRow() throws {
        var store = ObservationStore()
        let report = try importText(almeloTable, name: "data/digitale-aanvragen.csv", [
            ("metric", "digitale_aanvragen"), ("totaalrij", "\"Totaal\""), ("decimaalteken", "komma"),
        ], into: &store, metrics: [digitaleAanvragen])
        #expect(report.mapping.layout == .wide)
        #expect(value(store, key("digitale_aanvragen"), "2020") == 49525)
        #expect(value(store, key("digitale_aanvragen"), "2018") == 29734)
        #expect(value(store, key("digitale_aanvragen", ["productgroep": "Vergunningen"]), "2020") == 28272)
        #expect(value(store, key("digitale_aanvragen", ["productgroep": "Overige producten en diensten"]), "2019") == 150)
        #expect(report.series.count == 6)
        #expect(report.figures == 18)
        // Table 3.1 agrees with itself.
        #expect(!report.warnings.contains { $0.message.en.contains("add up to") })
        let figure = try #require(store.observations(key("digitale_aanvragen")).last)
        #expect(figure.provenance.row == 2)
        #expect(figure.provenance.column == 4)
        #expect(store.source(of: figure.provenance)?.path == "data/digitale-aanvragen.csv")
    }

    @Test func dutchNumbersAreNeverReadAsDecimalsWithoutANotation() throws {
        let refused = try #require(failure { _ = try importText(almeloTable, [("metric", "digitale_aanvragen"), ("total-row", "Totaal")]) })
        // One cause, one error: the columns, how many figures, the first places, both readings.
        #expect(refused.errors.count == 1)
        #expect(refused.english.contains(#"columns "2018", "2019" and "2020": 15 figures are ambiguous, such as "29.734" (row 2, "2018"), "30.416" (row 2, "2019"), "49.525" (row 2, "2020"), …;"#))
        #expect(refused.english.contains("decimal comma"))
        #expect(refused.errors.first?.location == SourceLocation(file: "test.csv", line: 2, column: 2))
        #expect(refused.english.contains("\"29.734\" is 29734 in Dutch notation and 29.734 in English notation"))
        #expect(refused.dutch.contains(#"kolommen "2018", "2019" en "2020": 15 cijfers zijn dubbelzinnig"#))
        #expect(refused.dutch.contains("29734 in Nederlandse notatie en 29,734 in Engelse notatie"))
    }

    @Test func manyErrorsAreListedUpToALimitThenCounted() throws {
        let rows = (1...50).map { "\(1970 + $0);fout" }.joined(separator: "\n")
        let refused = try #require(failure { _ = try importText("jaar;waarde\n" + rows + "\n", [("metric", "m")]) })
        #expect(refused.errors.count == ImportFailure.errorLimit)
        #expect(refused.omitted == 30)
        #expect(refused.english.hasSuffix("… and 30 more errors"))
        #expect(refused.dutch.hasSuffix("… en nog 30 fouten"))
    }

    @Test func aDecimalCommaElsewhereSettlesTheNotation() throws {
        let (report, store) = try importText("jaar;waarde\n2019;49.525\n2020;7,2\n", [("metric", "m")])
        #expect(report.mapping.notation == .dutch)
        #expect(value(store, key("m"), "2019") == 49525)
        #expect(value(store, key("m"), "2020") == 7.2)
    }

    @Test func aDecimalPointElsewhereSettlesEnglish() throws {
        let (_, store) = try importText("jaar,waarde\n2019,\"49,525\"\n2020,7.25\n", [("metric", "m")])
        #expect(value(store, key("m"), "2019") == 49525)
    }

    @Test func mixedNotationsAreRefused() throws {
        let refused = try #require(failure { _ = try importText("jaar;waarde\n2019;7,2\n2020;7.2\n", [("metric", "m")]) })
        #expect(refused.english.contains("mixes notations"))
        let declared = try #require(failure { _ = try importText("jaar;waarde\n2019;7,2\n2020;7.2\n", [("metric", "m"), ("decimal", "comma")]) })
        #expect(declared.english.contains("\"7.2\" in column \"waarde\" does not fit"))
        #expect(declared.errors.first?.location?.line == 3)
    }

    @Test("text that is no number proves no notation: one error for the cell, no claim that the file mixes notations")
    func textThatIsNoNumberIsNoNotationEvidence() throws {
        for cell in ["1,2,3", "5.", ".5"] {
            let refused = try #require(failure { _ = try importText("jaar;waarde\n2019;\(cell)\n2020;7,2\n", [("metric", "m")]) })
            #expect(refused.english.contains("\"\(cell)\" in column \"waarde\" is not a number"), "\(refused.english)")
            #expect(!refused.english.contains("mixes notations"), "\(refused.english)")
            #expect(refused.errors.count == 1)
        }
    }

    @Test func percentagesAndPaddedValues() throws {
        let (_, store) = try importText("jaar;aandeel\n2020;\"  28%\"\n2021;\" 31,5 %\"\n", [("metric", "aandeel")])
        #expect(value(store, key("aandeel"), "2020") == 28)
        #expect(value(store, key("aandeel"), "2021") == 31.5)
    }

    @Test func everyMissingForm() throws {
        let text = "jaar;waarde\n2015;\n2016;\"\"\n2017;.\n2018;\"       .\"\n2019;\" \"\n2020;-99998\n2021;n.v.t.\n2022;5\n"
        let (report, store) = try importText(text, [("metric", "m"), ("missing", "\"n.v.t.\"")])
        #expect(report.missingFigures == 7)
        for year in 2015...2021 { #expect(value(store, key("m"), "\(year)") == .some(nil), "\(year)") }
        #expect(value(store, key("m"), "2022") == 5)
    }

    @Test func anUndeclaredMissingWordIsAnErrorWithAHint() throws {
        let refused = try #require(failure { _ = try importText("jaar;waarde\n2020;x\n", [("metric", "m")]) })
        #expect(refused.english.contains("\"x\" in column \"waarde\" is not a number"))
        #expect(refused.english.contains("missing \"TEXT\""))
        #expect(refused.errors[0].location == SourceLocation(file: "test.csv", line: 2, column: 2))
    }

    @Test func badPeriodNamesRowAndField() throws {
        let refused = try #require(failure { _ = try importText("jaar;waarde\n2020;1\nvorig jaar;2\n", [("metric", "m")]) })
        #expect(refused.english.contains("\"vorig jaar\" in column \"jaar\" is not a period"))
        #expect(refused.errors[0].location?.line == 3)
    }

    @Test func importIsAllOrNothing() throws {
        var store = ObservationStore()
        _ = try importText("jaar;waarde\n2019;1\n", [("metric", "m")], into: &store)
        let before = store
        #expect(throws: ImportFailure.self) {
            _ = try importText("jaar;waarde\n2020;2\n2021;kapot\n", name: "b.csv", [("metric", "m")], into: &store)
        }
        #expect(store == before)
    }

    @Test func wrongFieldCount() throws {
        let refused = try #require(failure { _ = try importText("jaar;waarde\n2019;1\n2020;2;3\n", [("metric", "m")]) })
        #expect(refused.english.contains("this row has 3 fields; expected 2"))
    }

    @Test func quotedFieldsWithSeparatorsQuotesAndNewlines() throws {
        let text = "periode;gebied;waarde\r\n2020;\"Noord; \"\"oud\"\"\r\ndeel\";\"1.234,5\"\r\n2021;\"Noord; \"\"oud\"\"\r\ndeel\";2\r\n"
        let (report, store) = try importText(text, [("metric", "m")])
        let series = key("m", ["gebied": "Noord; \"oud\"\r\ndeel"])
        #expect(value(store, series, "2020") == 1234.5)
        #expect(store.observations(series).last?.provenance.row == 4)
        #expect(report.rowsRead == 2)
    }

    @Test func unterminatedQuoteIsRefusedNotSwallowed() throws {
        let refused = try #require(failure { _ = try importText("jaar;waarde\n2020;\"1\n2021;2\n", [("metric", "m")]) })
        #expect(refused.english.contains("never closed"))
        #expect(refused.errors[0].location?.line == 2)
    }

    @Test func tabAndCommaDialectsAndOverride() throws {
        let (tab, _) = try importText("jaar\twaarde\n2020\t1,5\n", [("metric", "m")])
        #expect(tab.mapping.separator == 0x09)
        let (comma, store) = try importText("jaar,waarde\n2020,\"1,5\"\n", [("metric", "m"), ("decimal", "comma")])
        #expect(comma.mapping.separator == UInt8(ascii: ","))
        #expect(value(store, key("m"), "2020") == 1.5)
        let (declared, _) = try importText("a|b;c\n2020;1\n", [("metric", "m"), ("separator", ";"), ("column", "period \"a|b\"")])
        #expect(declared.mapping.separatorDeclared)
    }

    @Test func windows1252DetectedAndDeclared() throws {
        let bytes = Array("jaar;gebied;waarde\n2020;Caf".utf8) + [0xE9, 0x20, 0x80] + Array(";3\n".utf8)
        var store = ObservationStore()
        let report = try Importer.importData(bytes, declaration: declaration("w.csv", [("metric", "m")]), into: &store)
        #expect(report.mapping.encoding == .windows1252)
        #expect(report.mapping.encodingDetected)
        #expect(value(store, key("m", ["gebied": "Café €"]), "2020") == 3)
        let refused = try #require(failure {
            var other = ObservationStore()
            _ = try Importer.importData(bytes, declaration: declaration("w.csv", [("metric", "m"), ("encoding", "utf-8")]), into: &other)
        })
        #expect(refused.english.contains("not valid UTF-8"))
    }

    @Test func bomAndCRLF() throws {
        let (_, store) = try importText("\u{FEFF}\"Perioden\";\"Waarde\"\r\n\"2020JJ00\";\"   12\"\r\n", [("metric", "m")])
        #expect(value(store, key("m"), "2020") == 12)
    }

    @Test func metricColumnAndDeclaredLabels() throws {
        let text = "wat;product;kanaal;periode;aantal\naanvragen;Paspoort;balie;2021-Q1;10\naanvragen;Paspoort;online;2021-Q1;20\n"
        let (report, store) = try importText(text, [
            ("column", "metric \"wat\""), ("column", "value \"aantal\""), ("column", "label kanaal \"kanaal\""),
        ])
        #expect(report.mapping.columns[1].role == .ignored)
        #expect(report.mapping.columns[0].declared)
        #expect(value(store, key("aanvragen", ["kanaal": "online"]), "2021-Q1") == 20)
    }

    @Test func duplicateFiguresInOneFileAreErrors() throws {
        let refused = try #require(failure { _ = try importText("jaar;waarde\n2020;1\n2020;2\n", [("metric", "m")]) })
        #expect(refused.english.contains("a second figure for m in 2020 (the first is on row 2)"))
    }

    @Test func optionErrorsCarryTheirLocation() throws {
        let location = SourceLocation(file: "doelen.koers", line: 7, column: 5)
        let bad = DataDeclaration(path: "x.csv", options: [
            .init(key: "vorm", value: "rond", location: location), .init(key: "kleur", value: "rood"),
            .init(key: "voorrang", value: "hoog"),
        ])
        var store = ObservationStore()
        let refused = try #require(failure { _ = try Importer.importData(Array("a".utf8), declaration: bad, into: &store) })
        #expect(refused.errors.count == 3)
        #expect(refused.errors[0].location == location)
        #expect(refused.dutch.contains("`lang` of `breed`"))
        #expect(refused.english.contains("unknown import option `kleur`"))
    }

    @Test func dutchOptionKeysAndUnquotedValues() throws {
        let options = try ImportOptions(DataDeclaration(path: "x", options: [
            .init(key: "indeling", value: "breed"), .init(key: "indicator", value: "m"), .init(key: "kolom", value: "label regio \"Regio's\""),
            .init(key: "totaalrij", value: "Totaal mannen en vrouwen"), .init(key: "scheidingsteken", value: "tab"),
            .init(key: "tekenset", value: "windows-1252"), .init(key: "decimaalteken", value: "punt"), .init(key: "ontbrekend", value: "\"x\""),
            .init(key: "blad", value: "\"Blad 1\""), .init(key: "voorrang", value: "2"), .init(key: "rijen-overslaan", value: "3"),
        ]))
        #expect(options.layout == .wide)
        #expect(options.columns == [.init(role: .label("regio"), header: "Regio's")])
        #expect(options.totalRow == "Totaal mannen en vrouwen")
        #expect(options.separator == 0x09)
        #expect(options.encoding == .windows1252)
        #expect(options.notation == .english)
        #expect(options.missing == ["x"])
        #expect(options.sheet == "Blad 1")
        #expect(options.priority == 2)
        #expect(options.skipRows == 3)
    }

    @Test func skipRowsAndTitleBlock() throws {
        let text = "Mijn export\nGemaakt op 1-1-2024\n\njaar;waarde\n2020;1\n2021;2\nBron: gemeente\n"
        let (report, store) = try importText(text, [("metric", "m")])
        #expect(report.mapping.headerRow == 4)
        #expect(report.mapping.skippedLines == [1, 2, 3, 7])
        #expect(store.observations(key("m")).count == 2)
        let (skipped, _) = try importText("x;y\njaar;waarde\n2020;1\n", [("metric", "m"), ("skip-rows", "1")])
        #expect(skipped.mapping.headerRow == 2)
    }

    @Test func theMappingIsShownInBothLanguages() throws {
        let (report, _) = try importText(almeloTable, [("metric", "digitale_aanvragen"), ("decimal", "comma")])
        let lines = report.mapping.summary
        #expect(lines.contains { $0.en.contains("wide (one series a row) (inferred)") })
        #expect(lines.contains { $0.nl.contains("kolom 1 \"productgroep\": label productgroep") })
        #expect(lines.contains { $0.en.contains("column 2 \"2018\": period 2018") })
    }

    @Test func conflictsBetweenFilesNameBothProvenances() throws {
        var store = ObservationStore()
        _ = try importText(almeloTable, name: "zaaksysteem.csv", [("metric", "digitale_aanvragen"), ("total-row", "Totaal"), ("decimal", "comma")], into: &store)
        let summary = "jaar;aantal\n2018;29.724\n2019;30.416\n"
        let report = try importText(summary, name: "samenvatting.csv", [("metric", "digitale_aanvragen"), ("decimal", "comma")], into: &store)
        #expect(report.conflicts.count == 1)
        let conflict = try #require(report.conflicts.first)
        #expect(conflict.key == key("digitale_aanvragen"))
        #expect(conflict.resolution == .unresolved)
        #expect(store.source(of: conflict.kept.provenance)?.path == "zaaksysteem.csv")
        #expect(conflict.kept.provenance.row == 2)
        #expect(store.source(of: conflict.other.provenance)?.path == "samenvatting.csv")
        #expect(conflict.other.value == 29724)
        #expect(value(store, key("digitale_aanvragen"), "2018") == 29734)

        var preferred = ObservationStore()
        _ = try importText(almeloTable, name: "zaaksysteem.csv", [("metric", "digitale_aanvragen"), ("total-row", "Totaal"), ("decimal", "comma")], into: &preferred)
        let winning = try importText(summary, name: "samenvatting.csv", [("metric", "digitale_aanvragen"), ("decimal", "comma"), ("voorrang", "1")], into: &preferred)
        #expect(winning.conflicts.first?.resolution == .priority)
        #expect(value(preferred, key("digitale_aanvragen"), "2018") == 29724)
    }

    @Test func aTotalThatDoesNotMatchItsPartsIsAWarning() throws {
        var store = ObservationStore()
        let wrong = almeloTable.replacingOccurrences(of: "29.734", with: "29.724")
        let report = try importText(wrong, [("metric", "digitale_aanvragen"), ("total-row", "Totaal"), ("decimal", "comma")], into: &store, metrics: [digitaleAanvragen])
        let warning = try #require(report.warnings.first { $0.message.en.contains("add up to") })
        #expect(warning.message.en == "digitale_aanvragen in 2018 is 29,724, but its 5 parts add up to 29,734")
        #expect(warning.message.nl == "digitale_aanvragen in 2018 is 29.724, maar de 5 delen tellen op tot 29.734")
        #expect(warning.location == SourceLocation(file: "test.csv", line: 2, column: 2))
        // Legal but suspicious: the figures are imported.
        #expect(value(store, key("digitale_aanvragen"), "2018") == 29724)
    }

    @Test func futureJumpAndUndeclaredMetricWarnings() throws {
        var store = ObservationStore()
        let report = try importText("jaar;waarde\n2024;49.525\n2025;49,5\n2027;50\n", [("metric", "m")], into: &store,
                                    metrics: [digitaleAanvragen], today: Period(year: 2026, granularity: .month, index: 11))
        let texts = report.warnings.map(\.message.en)
        #expect(texts.contains { $0.contains("m has a figure for 2027, which has not started yet") })
        #expect(texts.contains { $0.contains("m jumps from 49,525 (2024) to 49.5 (2025)") })
        #expect(texts.contains { $0.contains("metric `m`, which no goal file declares") })
    }

    @Test func provisionalPeriodHeadersInAWideTable() throws {
        let (report, store) = try importText("regio;2021;2022*\nAlmelo;7,1;7,4\n", [("metric", "tevredenheid")])
        let series = key("tevredenheid", ["regio": "Almelo"])
        #expect(store.observations(series).map(\.provisional) == [false, true])
        #expect(report.mapping.columns[2].role == .periodColumn(Period.year(2022)!, provisional: true))
        #expect(report.warnings.contains { $0.message.en.contains("1 provisional figure") })
    }

    @Test func optionKeysWithTheSubkeyAttached() throws {
        let options = try ImportOptions(DataDeclaration(path: "x", options: [
            .init(key: "column value", value: "\"aantal\""), .init(key: "kolom label", value: "regio \"Regio's\""),
        ]))
        #expect(options.columns == [.init(role: .value, header: "aantal"), .init(role: .label("regio"), header: "Regio's")])
    }

    @Test func doubledQuotesThatDoNotUndoubleIntoATableAreRefused() throws {
        let refused = try #require(failure { _ = try importText("\"a\"\";\"\"b\"\"\n\"\"x\"\";\"\"y\"\";\"\"z\"\"\n", [("metric", "m")]) })
        #expect(refused.english.contains("doubled quotes"))
        #expect(refused.english.contains("download it again"))
    }

    @Test func completionKnowsKeysAndValues() {
        #expect(ImportOptions.keys.contains { $0 == ("total-row", "totaalrij") })
        #expect(ImportOptions.suggestedValues(for: "decimaalteken") == ["komma", "punt"])
        #expect(ImportOptions.suggestedValues(for: "encoding") == ["utf-8", "windows-1252"])
        #expect(ImportOptions.suggestedValues(for: "metric").isEmpty)
    }

    @Test func commandLineOptions() throws {
        let options = try ImportOptions.options(fromCommandLine: "indicator m kolom label regio \"Regio's\" column value \"Totale bevolking\" decimal comma missing \" \"")
        #expect(options.map(\.key) == ["indicator", "kolom", "column", "decimal", "missing"])
        #expect(options.map(\.value) == ["m", "label regio Regio's", "value \"Totale bevolking\"", "comma", "\" \""])
        let parsed = try ImportOptions(DataDeclaration(path: "x", options: options))
        #expect(parsed.columns == [.init(role: .label("regio"), header: "Regio's"), .init(role: .value, header: "Totale bevolking")])
        #expect(parsed.missing == [" "])
        let refused = try #require(failure { _ = try ImportOptions.options(fromCommandLine: "metric m column value") })
        #expect(refused.english.contains("option `column` has no value"))
    }

    @Test func sourceRecordsHashImportTimeAndPriority() throws {
        var store = ObservationStore()
        let path = fixturePath("07_odata_untyped_monthly_MM_codes.csv")
        let report = try Importer.importFile(
            at: path, declaration: declaration("cbs/prijsindex.csv", [("metric", "prijsindex"), ("priority", "3")]), into: &store,
            importedAt: "2026-11-30T06:00:00Z")
        let bytes = try #require(FileManager.default.contents(atPath: path))
        #expect(report.source == DataSource(
            path: "cbs/prijsindex.csv", kind: .csv, contentHash: SHA256.hexDigest(of: [UInt8](bytes)),
            importedAt: "2026-11-30T06:00:00Z", priority: 3))
        #expect(store.sources == [report.source])
        #expect(report.sourceIndex == 0)
    }

    @Test func aMissingFileIsRefused() throws {
        var store = ObservationStore()
        let refused = try #require(failure {
            _ = try Importer.importFile(at: "/nonexistent/x.csv", declaration: declaration("x.csv", [("metric", "m")]), into: &store)
        })
        #expect(refused.english.contains("cannot read \"/nonexistent/x.csv\""))
    }
}

