import Foundation
import KoersCore
import Testing
@testable import KoersImport

/// Every real export in Fixtures/ imports correctly or is refused with a clear message.
@Suite("Reference fixtures")
struct FixtureTests {
    @Test func file01LabelDownloadPaddedPoint() throws {
        let (report, store) = try importFixture("01_statline_download_2020_labels_quoted_padded_point.csv", [
            ("metric", "bevolking"), ("column", "value \"Totale bevolking\""),
        ])
        let almelo = key("bevolking", ["regios": "Almelo"])
        #expect(value(store, almelo, "2020") == 73107)
        #expect(value(store, key("bevolking", ["regios": "Aa en Hunze"]), "2020") == 25445)
        // Dissolved municipalities: missing, not zero.
        #expect(value(store, key("bevolking", ["regios": "Aalburg"]), "2020") == .some(nil))
        #expect(report.mapping.columns.map(\.role).contains(.label("regios")))
        #expect(report.mapping.columns[0].role == .period)
        #expect(report.rowsRead == 14)
        let provenance = try #require(store.observations(almelo).first?.provenance)
        #expect(provenance.row == 15)
        #expect(provenance.column == 3)
        #expect(store.sources[0].contentHash.count == 64)
    }

    @Test func file01PaddedDecimalPointIsEnglish() throws {
        let (report, store) = try importFixture("01_statline_download_2020_labels_quoted_padded_point.csv", [
            ("metric", "oppervlakte"), ("column", "value \"Totale oppervlakte (km²)\""),
        ])
        #expect(report.mapping.notation == .english)
        #expect(value(store, key("oppervlakte", ["regios": "Aa en Hunze"]), "2020") == 278.87)
    }

    @Test func file02DecimalCommaAndUnitOnlyHeaders() throws {
        let (report, store) = try importFixture("02_statline_download_2020_labels_decimal_comma.csv", [
            ("metric", "oppervlakte"), ("column", "value \"km²\""),
        ])
        #expect(report.mapping.notation == .dutch)
        #expect(value(store, key("oppervlakte", ["regio": "Aa en Hunze"]), "2020") == 276.09)
        #expect(value(store, key("oppervlakte", ["regio": "Alblasserdam"]), "2020") == 8.78)
    }

    @Test func file02SeveralNumericColumnsNeedAChoice() throws {
        let refused = try #require(failure { _ = try importFixture("02_statline_download_2020_labels_decimal_comma.csv", [("metric", "x")]) })
        #expect(refused.english.contains("several columns hold figures"))
        #expect(refused.english.contains("\"km²\""))
        #expect(refused.dutch.contains("kolom waarde"))
    }

    @Test func file03UnquotedNumbersEmptyMissing() throws {
        let (_, store) = try importFixture("03_statline_download_2024_unquoted_numbers.csv", [
            ("metric", "bevolking"), ("column", "value \"Totale bevolking\""),
        ])
        let almelo = store.keys(ofMetric: "bevolking").first { $0.label("regios")?.hasPrefix("Almelo") == true }
        let series = try #require(almelo).description
        #expect(store.observations(try #require(almelo)).count == 4, "\(series)")
        #expect(value(store, key("bevolking", ["regios": "Aalburg"]), "2021") == .some(nil))
    }

    @Test func file04NationalRowIsALabelValue() throws {
        let (_, store) = try importFixture("04_statline_download_2025_decimal_comma_national_row.csv", [
            ("metric", "bevolking"), ("column", "value \"Totale bevolking\""),
        ])
        let nederland = try #require(value(store, key("bevolking", ["regios": "Nederland"]), "2025") ?? nil)
        #expect(nederland == 18_044_027)
    }

    @Test func file05DoubledQuotesAreRepaired() throws {
        let (report, store) = try importFixture("05_statline_download_2025_BROKEN_doubled_quotes.csv", [
            ("metric", "huishoudens"), ("column", "value \"Particuliere huishoudens\""),
        ])
        #expect(report.mapping.repairedDoubledQuotes)
        #expect(report.warnings.contains { $0.message.en.contains("doubled quotes") })
        let nederland = key("huishoudens", [
            "populatie": "Particuliere huishoudens incl. studenten", "kenmerken_van_huishoudens": "Particuliere huishoudens",
            "regios": "Nederland",
        ])
        let figure = try #require(store.observations(nederland).first)
        #expect(figure.value == 8258.9)
        #expect(figure.provisional)
        #expect(figure.period == Period.year(2024))
    }

    @Test func file06DotMissingProvisionalStarAndTotalRow() throws {
        let (report, store) = try importFixture("06_statline_labels_full_file_dot_missing_provisional_star.csv", [
            ("metric", "donorregister"), ("total-row", "\"Totale bevolking van 12 jaar en ouder\""),
        ])
        let total = key("donorregister", ["donorregistratie": "Geregistreerd in donorregister"])
        #expect(value(store, total, "2014") == 5768.6)
        #expect(value(store, key("donorregister", ["donorregistratie": "Geen bezwaar tegen orgaandonatie"]), "2020") == .some(nil))
        let last = try #require(store.observations(total).last)
        #expect(last.provisional && last.period == Period.year(2022))
        #expect(report.warnings.contains { $0.message.en.contains("provisional") })
    }

    @Test func file07MonthlyCodesIDIgnored() throws {
        let (report, store) = try importFixture("07_odata_untyped_monthly_MM_codes.csv", [("metric", "prijsindex")])
        #expect(report.mapping.columns[0].role == .ignored)
        let series = store.observations(key("prijsindex"))
        #expect(series.count == 13)
        #expect(series.first?.period == Period(year: 1995, granularity: .month, index: 1))
        #expect(series.first?.value == 41.3)
    }

    @Test func file08MargesBecomeALabelAndDotIsMissing() throws {
        let (_, store) = try importFixture("08_odata_untyped_ict_usage_dot_missing_marges.csv", [
            ("metric", "tablet"), ("column", "value \"Tablet_5\""),
        ])
        let series = key("tablet", ["kenmerkenpersonen": "T009002", "marges": "MW00000"])
        #expect(store.keys(ofMetric: "tablet") == [series])
        #expect(value(store, series, "2012") == .some(nil))
        #expect(value(store, series, "2013") != nil)
    }

    @Test func file09PaddedRegionCodesAndTrailingEmptyField() throws {
        let (_, store) = try importFixture("09_odata_typed_regio_PV_padded_trailing_empty.csv", [
            ("metric", "oppervlakte"), ("column", "value \"TotaleOppervlakte_1\""),
        ])
        #expect(value(store, key("oppervlakte", ["regios": "PV20"]), "1996") == 296709)
    }

    @Test func file10UnpaddedCodesAlmelo() throws {
        let (_, store) = try importFixture("10_odata_untyped_regio_GM_unpadded_empty_missing.csv", [
            ("metric", "misdrijven"), ("column", "value \"TotaalGeregistreerdeMisdrijven_1\""),
        ])
        #expect(value(store, key("misdrijven", ["soortmisdrijf": "0000000", "regios": "GM0141"]), "2015") == 4120)
        #expect(value(store, key("misdrijven", ["soortmisdrijf": "0000000", "regios": "GM0305"]), "2015") == .some(nil))
    }

    @Test func file11ManyColumnsMixedMissing() throws {
        let (_, store) = try importFixture("11_odata_untyped_regionale_kerncijfers_312cols_mixed_missing.csv", [
            ("metric", "bevolking"), ("column", "value \"TotaleBevolking_1\""),
        ])
        let national = try #require(store.keys(ofMetric: "bevolking").first { $0.label("regios") == "NL01" })
        #expect(national.label("koppelvariabeleregiocode_312") == "NL01")
        #expect(value(store, national, "2015") == 16_900_726)
    }

    @Test func file12LookupTableHasNoPeriods() throws {
        let refused = try #require(failure { _ = try importFixture("12_odata_typed_gebieden_GM_padded10.csv", [("metric", "x")]) })
        #expect(refused.english.contains("no period column found"))
        #expect(refused.errors.first?.location?.file == "12_odata_typed_gebieden_GM_padded10.csv")
    }

    @Test func file13EmptyUnquotedMissing() throws {
        let (_, store) = try importFixture("13_odata_typed_empty_unquoted_missing.csv", [
            ("metric", "passagiers"), ("column", "value \"TotaalAantalPassagiers_1\""),
        ])
        let schiphol = key("passagiers", ["luchthavensherkomstbestemming": "T001354"])
        #expect(value(store, schiphol, "2019") == 71_680_013)
        #expect(value(store, key("passagiers", ["luchthavensherkomstbestemming": "A043100"]), "2020") == .some(nil))
    }

    @Test func file14ClassicStatLineWindows1252() throws {
        let (report, store) = try importFixture("14_statline_classic_pivot_title_footer_latin1.csv", [
            ("metric", "zorgkosten"),
            ("column", "value \"Gemiddelde zorgkosten volgens de Zvw/Totaal mannen en vrouwen/Totaal alle zorgvormen (euro)\""),
        ])
        #expect(report.mapping.encoding == .windows1252)
        #expect(report.mapping.skippedLines.contains(1))
        #expect(report.mapping.skippedLines.contains(46))
        let series = key("zorgkosten", ["leeftijd": "0 tot 65 jaar, gestandaardiseerd", "migratieachtergrond": "Totaal"])
        #expect(value(store, series, "2009") == 1580)
        #expect(store.observations(series).last?.provisional == true)
    }

    @Test("file 14 without a value column names the columns by the part that tells them apart")
    func file14ChoiceNamesTheDistinguishingPart() throws {
        let refused = try #require(failure { _ = try importFixture("14_statline_classic_pivot_title_footer_latin1.csv", [("metric", "x")]) })
        // Every header starts "Gemiddelde zorgkosten volgens de Zvw/Totaal mannen en vrouwen/": cut
        // after 60 characters, they all read the same and none could be chosen.
        #expect(refused.english.contains("/Huisartsenzorg (euro)\""), "\(refused.english)")
        #expect(refused.english.contains("\"Gemiddelde zorgkoste…"))
    }

    @Test func file15MetadataIsRefused() throws {
        let refused = try #require(failure { _ = try importFixture("15_odata_metadata_symbols_and_periods_excerpt.csv", [("metric", "x")]) })
        #expect(!refused.errors.isEmpty)
        #expect(refused.errors.allSatisfy { $0.location?.file == "15_odata_metadata_symbols_and_periods_excerpt.csv" || $0.location == nil })
    }

    @Test func file16HalfYearsAndYearsApart() throws {
        let (_, store) = try importFixture("16_cbsodataR_wmo_halfyear_HJ_GM0518.csv", [
            ("metric", "wmo"), ("column", "value \"WmoClienten_1\""),
        ])
        let denHaag = try #require(store.keys(ofMetric: "wmo").first { $0.label("regios") == "GM0518" })
        let granularities = Set(store.observations(denHaag).map(\.period.granularity))
        #expect(granularities == [.halfYear, .year])
    }

    @Test func file17MonthsQuartersYearsKeptApart() throws {
        let (_, store) = try importFixture("17_cbsodataR_MM_KW_JJ_interleaved.csv", [("metric", "faillissementen")])
        let keys = store.keys(ofMetric: "faillissementen")
        let national = try #require(keys.first)
        let observations = store.observations(national)
        #expect(observations.contains { $0.period == Period(year: 2009, granularity: .month, index: 1) && $0.value == 563 })
        #expect(Set(observations.map(\.period.granularity)) == [.month, .quarter, .year])
    }

    @Test func file18And19bAnd20And21HaveNoPeriods() throws {
        for name in [
            "18_cbsodataR_85067NED_regio_codes_padded_comma.csv", "19b_amsterdam_bbga_metadata_sample.csv",
            "20_vektis_zvw_2015_per_gemeente.csv", "21_wsjg_jive_orca_gemeenten_adreslijst.csv",
        ] {
            let refused = try #require(failure { _ = try importFixture(name, [("metric", "x")]) }, "\(name)")
            #expect(refused.english.contains("no period column found"), "\(name): \(refused.english)")
        }
    }

    @Test func file19BBGALongFormFullyInferred() throws {
        let (report, store) = try importFixture("19_amsterdam_bbga_long_format_sample.csv", [])
        #expect(report.mapping.columns.map(\.role) == [.period, .label("gebiedcode15"), .metric, .value])
        #expect(value(store, key("BEV0_17", ["gebiedcode15": "STAD"]), "2005") == 140_615)
    }
}
