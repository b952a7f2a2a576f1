import KoersCore
import PropertyBased
import Testing

@Suite("Periods")
struct PeriodTests {
    @Test("t(P) is the end of the period in fractional years (docs/evaluation.md)")
    func endOfPeriod() throws {
        #expect(try #require(Period.parse("2020")).period.end == 2021.0)
        #expect(try #require(Period.parse("2021-Q3")).period.end == 2021.75)
        #expect(try #require(Period.parse("2021-H1")).period.end == 2021.5)
        #expect(abs(try #require(Period.parse("2021-05")).period.end - 2021.4167) < 0.0001)
    }

    @Test("CBS StatLine codes read as the same periods", arguments: [
        ("2020JJ00", "2020"), ("2021HJ01", "2021-H1"), ("2021KW03", "2021-Q3"), ("2021MM05", "2021-05"),
        ("2021MM12", "2021-12"), (" 2019KW04 ", "2019-Q4"),
    ])
    func statLineCodes(code: String, koers: String) throws {
        #expect(try #require(Period.parse(code)).period.description == koers)
    }

    @Test("A trailing star marks a provisional figure")
    func provisional() throws {
        let parsed = try #require(Period.parse("2022*"))
        #expect(parsed.provisional)
        #expect(parsed.period == Period.year(2022))
        #expect(try #require(Period.parse("2022**")).provisional)
        #expect(try #require(Period.parse("2022")).provisional == false)
    }

    @Test("Malformed periods are refused", arguments: [
        "", "20", "2020-", "2020-Q5", "2020-Q0", "2020-13", "2020-00", "2020-H3", "2020JJ01", "2020XX01", "2020KW05",
        "abcd", "2020-Q", "02020", "2020 Q1", "*",
    ])
    func malformed(text: String) {
        #expect(Period.parse(text) == nil)
    }

    @Test("A year sorts before the quarter and month that end with it")
    func ordering() throws {
        let year = try #require(Period.parse("2021")).period
        let q4 = try #require(Period.parse("2021-Q4")).period
        let december = try #require(Period.parse("2021-12")).period
        let q3 = try #require(Period.parse("2021-Q3")).period
        #expect([december, q4, year, q3].sorted() == [q3, year, q4, december])
    }

    @Test("Periods sort by their end, then coarser before finer")
    func orderingMatchesEndThenGranularity() async {
        let kinds = Granularity.allCases
        await propertyCheck(input: Gen.int(in: 1990...2030), Gen.int(in: 0...3), Gen.int(in: 1...12), Gen.int(in: 1990...2030), Gen.int(in: 0...3), Gen.int(in: 1...12)) { y1, k1, i1, y2, k2, i2 in
            guard let a = Period(year: y1, granularity: kinds[k1], index: (i1 - 1) % kinds[k1].periodsPerYear + 1),
                  let b = Period(year: y2, granularity: kinds[k2], index: (i2 - 1) % kinds[k2].periodsPerYear + 1) else {
                Issue.record("generated an invalid period")
                return
            }
            let expected = a.end != b.end ? a.end < b.end : a.granularity < b.granularity
            #expect((a < b) == expected)
        }
    }

    @Test("The period containing a moment includes its end (docs/evaluation.md: t* = 2024.80 lies in 2024)")
    func containing() {
        #expect(Period.containing(2024.80, granularity: .year) == Period.year(2024))
        #expect(Period.containing(2025.0, granularity: .year) == Period.year(2024))
        #expect(Period.containing(2021.75, granularity: .quarter) == Period(year: 2021, granularity: .quarter, index: 3))
        #expect(Period.containing(2021.76, granularity: .quarter) == Period(year: 2021, granularity: .quarter, index: 4))
        #expect(Period.containing(.nan, granularity: .year) == nil)
    }

    @Test("Printing a period and parsing it back gives the same period")
    func roundTrip() async {
        await propertyCheck(input: Gen.int(in: 1900...2100), Gen.int(in: 0...3), Gen.int(in: 1...12)) { year, kind, raw in
            let granularity = [Granularity.year, .halfYear, .quarter, .month][kind]
            let index = (raw - 1) % granularity.periodsPerYear + 1
            let period = Period(year: year, granularity: granularity, index: index)!
            #expect(Period.parse(period.description)?.period == period)
            #expect(Period.containing(period.end, granularity: granularity) == period)
        }
    }
}

@Suite("Series keys")
struct SeriesKeyTests {
    @Test("A key reads back from its description, labels sorted and values quoted when needed")
    func roundTrip() throws {
        let key = SeriesKey(metric: "digitale_aanvragen", labels: [
            Label(name: "productgroep", value: "Leef- en woonomgeving"), Label(name: "gemeente", value: "GM0141"),
        ])
        #expect(key.description == #"digitale_aanvragen{gemeente=GM0141,productgroep="Leef- en woonomgeving"}"#)
        #expect(SeriesKey(parsing: key.description) == key)
        let tricky = SeriesKey(metric: "m", labels: [Label(name: "naam", value: #"De "Wolden", \ Oost"#)])
        #expect(SeriesKey(parsing: tricky.description) == tricky)
        #expect(SeriesKey(parsing: "digitale_aanvragen{productgroep=Vergunningen}")?.label("productgroep") == "Vergunningen")
    }

    @Test("Malformed keys are refused", arguments: ["", "{a=b}", "m{a}", "m{a=b", "m{a=b,a=c}", #"m{a="b}"#, "1m", "m{=b}"])
    func malformed(text: String) {
        #expect(SeriesKey(parsing: text) == nil)
    }
}
