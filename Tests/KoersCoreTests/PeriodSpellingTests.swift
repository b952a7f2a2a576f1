import KoersCore
import PropertyBased
import Testing

@Suite("Period spellings of exports")
struct PeriodSpellingTests {
    /// Every way an export writes quarter `index` of `year` (docs/importing.md).
    static func quarterSpellings(_ year: Int, _ index: Int) -> [String] {
        [
            "\(year) K\(index)", "\(year)-K\(index)", "\(year)K\(index)", "K\(index) \(year)", "k\(index)-\(year)",
            "Q\(index) \(year)", "\(year)Q\(index)", "\(year) Q\(index)", "\(year)-q\(index)",
            "\(index)e kwartaal \(year)", "\(index)ste kwartaal \(year)", "\(index)de kwartaal \(year)", "kwartaal \(index) \(year)",
            "\(year) kwartaal \(index)", "\(["first", "second", "third", "fourth"][index - 1]) quarter \(year)",
            "\(["eerste", "tweede", "derde", "vierde"][index - 1]) kwartaal \(year)", "\(index)\(["st", "nd", "rd", "th"][index - 1]) quarter \(year)",
        ]
    }

    static let dutchMonths = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]
    static let englishMonths = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
    static let dutchShort = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
    static let englishShort = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    @Test("Every quarter spelling reads as that quarter, provisional with a trailing *")
    func quarters() async {
        await propertyCheck(input: Gen.int(in: 1900...2100), Gen.int(in: 1...4), Gen.bool) { year, index, provisional in
            let quarter = Period(year: year, granularity: .quarter, index: index)
            for spelling in Self.quarterSpellings(year, index) {
                let parsed = PeriodSpelling.parse(spelling + (provisional ? "*" : ""))
                #expect(parsed?.period == quarter, "\(spelling)")
                #expect(parsed?.provisional == provisional, "\(spelling)")
            }
        }
    }

    @Test("Half-years: H1 2021, 2021 H2, 1e halfjaar 2021")
    func halfYears() async {
        await propertyCheck(input: Gen.int(in: 1900...2100), Gen.int(in: 1...2)) { year, index in
            let half = Period(year: year, granularity: .halfYear, index: index)
            for spelling in ["H\(index) \(year)", "\(year) H\(index)", "\(year)-HJ\(index)", "\(index)e halfjaar \(year)", "\(["eerste", "tweede"][index - 1]) halfjaar \(year)"] {
                #expect(PeriodSpelling.parse(spelling)?.period == half, "\(spelling)")
            }
        }
    }

    @Test("Month names in Dutch and English, whole and short, either order, any case")
    func months() async {
        await propertyCheck(input: Gen.int(in: 1900...2100), Gen.int(in: 1...12)) { year, month in
            let expected = Period(year: year, granularity: .month, index: month)
            let names = [Self.dutchMonths, Self.englishMonths, Self.dutchShort, Self.englishShort].map { $0[month - 1] }
            for name in names {
                for spelling in ["\(name) \(year)", "\(name.uppercased()) \(year)", "\(name)-\(year)", "\(year) \(name)", "\(name). \(year)"] {
                    #expect(PeriodSpelling.parse(spelling)?.period == expected, "\(spelling)")
                }
            }
            let twoDigits = month < 10 ? "0\(month)" : "\(month)"
            #expect(PeriodSpelling.parse("\(twoDigits)-\(year)")?.period == expected)
            #expect(PeriodSpelling.parse("\(year)/\(twoDigits)")?.period == expected)
        }
    }

    @Test("A date stands for the period that contains it, at the granularity asked for")
    func dates() async {
        await propertyCheck(input: Gen.int(in: 1900...2100), Gen.int(in: 1...12), Gen.int(in: 1...28), Gen.int(in: 0...3)) { year, month, day, kind in
            let granularity = [Granularity.year, .halfYear, .quarter, .month][kind]
            let expected = Period(year: year, granularity: granularity, index: (month - 1) / (12 / granularity.periodsPerYear) + 1)
            let mm = month < 10 ? "0\(month)" : "\(month)"
            let dd = day < 10 ? "0\(day)" : "\(day)"
            for spelling in ["\(year)-\(mm)-\(dd)", "\(dd)-\(mm)-\(year)", "\(day)-\(month)-\(year)", "\(dd).\(mm).\(year)", "\(dd)/\(mm)/\(year)"] {
                #expect(PeriodSpelling.parse(spelling, dates: granularity)?.period == expected, "\(spelling)")
            }
        }
    }

    @Test("koers's own and CBS's codes read as before")
    func canonical() async {
        await propertyCheck(input: Gen.int(in: 1900...2100), Gen.int(in: 0...3), Gen.int(in: 1...12)) { year, kind, raw in
            let granularity = [Granularity.year, .halfYear, .quarter, .month][kind]
            let period = Period(year: year, granularity: granularity, index: (raw - 1) % granularity.periodsPerYear + 1)!
            #expect(PeriodSpelling.parse(period.description)?.period == period)
        }
    }

    @Test("What is not a period stays no period", arguments: [
        "31-02-2021", "2021-02-30", "13-2021", "K5 2021", "Q0 2021", "5e kwartaal 2021", "3e halfjaar 2021", "jan", "januari 2021 2022",
        "2021 2022", "foo 2021", "12-31-2021", "2021-1-2-3", "2021-03/31", "", "Totaal", "kwartaal 2021", "2021 1",
    ])
    func notPeriods(text: String) {
        #expect(PeriodSpelling.parse(text) == nil)
    }

    @Test("Dates are day first or year first, never month first (12-31-2021 is refused, not guessed)")
    func leapDays() {
        #expect(PeriodSpelling.parse("29-02-2024")?.period == Period(year: 2024, granularity: .month, index: 2))
        #expect(PeriodSpelling.parse("29-02-2023") == nil)
        #expect(PeriodSpelling.parse("2000-02-29", dates: .year)?.period == Period.year(2000))
    }
}
