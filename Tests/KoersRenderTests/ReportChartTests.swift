import KoersCore
import KoersRender
import Testing

/// The chart's scales on awkward series, and what it says in words.
@Suite struct ReportChartTests {
    static func point(_ period: String, _ t: Double, _ value: Double) -> ReportChartPoint {
        ReportChartPoint(period: period, t: t, value: value)
    }

    static let awkward: [(String, ReportChartSpec)] = [
        ("one point", ReportChartSpec(seriesName: "one", observations: [point("2021", 2022, 7.2)])),
        ("flat", ReportChartSpec(seriesName: "flat", observations: [point("2020", 2021, 35), point("2021", 2022, 35), point("2022", 2023, 35)], target: 35)),
        ("negative", ReportChartSpec(
            seriesName: "saldo", observations: [point("2020", 2021, -120.5), point("2021", 2022, -40), point("2022", 2023, 15)],
            baseline: point("2020", 2021, -120.5), road: [point("2020", 2021, -120.5), point("2024", 2025, 0)], target: 0,
            deadline: ReportChartMoment(period: "2024", t: 2025))),
        ("huge", ReportChartSpec(
            seriesName: "euro", observations: [point("2020", 2021, 1.2e12), point("2021", 2022, 1.5e12)],
            projection: [point("2020", 2021, 1.2e12), point("2025", 2026, 2.7e12)], target: 3e12, deadline: ReportChartMoment(period: "2025", t: 2026))),
        ("no projection", ReportChartSpec(
            seriesName: "x", observations: [point("2021-Q1", 2021.25, 3), point("2021-Q2", 2021.5, 4)],
            road: [point("2021-Q1", 2021.25, 3), point("2023", 2024, 10)], target: 10, deadline: ReportChartMoment(period: "2023", t: 2024))),
        ("nothing", ReportChartSpec(seriesName: "leeg", observations: [])),
        ("not finite", ReportChartSpec(
            seriesName: "niet eindig", observations: [point("2020", 2021, .nan), point("2021", .infinity, 4), point("2022", 2023, 5)],
            projection: [point("2020", 2021, -.infinity), point("2022", 2023, 5)], target: .nan)),
        ("monthly", ReportChartSpec(
            seriesName: "maand",
            observations: (1...36).map { month in point("20\(21 + (month - 1) / 12)-\(String(format2: (month - 1) % 12 + 1))", 2021 + Double(month) / 12, Double(month % 7)) },
            deadline: ReportChartMoment(period: "2024", t: 2025))),
    ]

    /// Every coordinate of the drawing lies inside its viewBox, and none is NaN or infinite.
    @Test(arguments: awkward.map(\.0))
    func drawsInsideItsBoxWithATextAlternative(name: String) throws {
        let chart = try #require(Self.awkward.first { $0.0 == name }).1
        let svg = ReportChart.svg(chart, language: .nl, id: "c")
        let box = try #require(svg.firstMatch(of: /viewBox="0 0 ([\d.]+) ([\d.]+)"/))
        let width = try #require(Double(box.output.1)), height = try #require(Double(box.output.2))
        #expect(svg.contains("<title id=\"c-title\">"))
        #expect(svg.contains("<desc id=\"c-desc\">"))
        #expect(!svg.lowercased().contains("nan") && !svg.contains("inf"))
        for match in svg.matches(of: /\s(x|x1|x2|cx)="(-?[\d.]+)"/) {
            let value = try #require(Double(match.output.2))
            #expect(value >= 0 && value <= width, "\(name): \(match.output.1)=\(value)")
        }
        for match in svg.matches(of: /\s(y|y1|y2|cy)="(-?[\d.]+)"/) {
            let value = try #require(Double(match.output.2))
            #expect(value >= 0 && value <= height, "\(name): \(match.output.1)=\(value)")
        }
        for match in svg.matches(of: /points="([^"]+)"/) {
            for pair in match.output.1.split(separator: " ") {
                let xy = pair.split(separator: ",").compactMap { Double($0) }
                #expect(xy.count == 2 && xy[0] >= 0 && xy[0] <= width && xy[1] >= 0 && xy[1] <= height, "\(name): \(pair)")
            }
        }
    }

    @Test func flatSeriesGetsDistinctTicks() throws {
        let chart = try #require(Self.awkward.first { $0.0 == "flat" }).1
        let svg = ReportChart.svg(chart, language: .en, id: "c")
        let ticks = svg.matches(of: /text-anchor="end" fill="#4a4a4a">([^<]+)</).map { String($0.output.1) }
        let values = ticks.compactMap { Double($0) }
        #expect(values.count == ticks.count && values.count >= 2)
        #expect(values == values.sorted() && Set(values).count == values.count)
        #expect((values.first ?? 35) < 35 && (values.last ?? 35) > 35)
    }

    @Test func negativeAndHugeValuesAreWrittenInTheLanguage() throws {
        let negative = ReportChart.svg(try #require(Self.awkward.first { $0.0 == "negative" }).1, language: .nl, id: "c")
        #expect(negative.contains(">-120,5</text>"))
        #expect(negative.contains(">-40</text>"))
        let huge = ReportChart.svg(try #require(Self.awkward.first { $0.0 == "huge" }).1, language: .nl, id: "c")
        #expect(huge.contains(">1.500.000.000.000</text>"))
        #expect(huge.contains("streefwaarde 3.000.000.000.000"))
    }

    @Test func manyPeriodsAreThinnedToLabelsThatFit() throws {
        let chart = try #require(Self.awkward.first { $0.0 == "monthly" }).1
        let svg = ReportChart.svg(chart, language: .en, id: "c")
        let axisLabels = svg.matches(of: /text-anchor="middle" fill="#4a4a4a">([^<]+)</).map { String($0.output.1) }
        #expect(axisLabels.first == "2021-01")
        #expect(axisLabels.last == "2024")
        #expect(axisLabels.count > 2 && axisLabels.count < 10)
        // Every figure is still stated in the text alternative.
        #expect(ReportChart.textAlternative(chart, language: .en).components(separatedBy: "; ").count == 36)
    }

    @Test func linesDifferInStyleNotOnlyInColor() throws {
        let svg = ReportChart.svg(try #require(ReportFixtures.requests(.en).chart), language: .en, id: "c")
        let series = try #require(svg.firstMatch(of: /<polyline class="series"[^>]*>/)).output
        let road = try #require(svg.firstMatch(of: /<polyline class="road"[^>]*>/)).output
        let projection = try #require(svg.firstMatch(of: /<polyline class="projection"[^>]*>/)).output
        #expect(!series.contains("stroke-dasharray"))
        #expect(road.contains("stroke-dasharray=\"8 5\""))
        #expect(projection.contains("stroke-dasharray=\"1 5\""))
        // A legend names every style, and the target and deadline lines carry their own labels.
        for word in ["figures", "baseline", "road to target", "projection", ">target<", ">deadline<", "* provisional", "target 54,477.5", "deadline 2024"] {
            #expect(svg.contains(word), "\(word)")
        }
        // Points are labelled with their values; the provisional one with a star.
        for label in [">49,525</text>", ">51,000</text>", ">52,100*</text>"] { #expect(svg.contains(label)) }
    }

    @Test func textAlternativeStatesTheData() throws {
        let chart = try #require(ReportFixtures.requests(.nl).chart)
        #expect(ReportChart.textAlternative(chart, language: .nl) == "Digitale aanvragen per jaar. Nulmeting 2020: 49.525. Cijfers: 2020: 49.525; 2021: 51.000; 2022: 52.100 (voorlopig). Streefwaarde 54.477,5. Deadline 2024. Rechte lijn naar de streefwaarde: 2020: 49.525; 2024: 54.477,5. Prognose bij de huidige trend: 2020: 49.587,5; 2024: 54.737,5.")
        let empty = try #require(Self.awkward.first { $0.0 == "nothing" }).1
        #expect(ReportChart.textAlternative(empty, language: .en) == "leeg. No figures yet. No projection.")
    }
}

private extension String {
    init(format2 number: Int) { self = number < 10 ? "0\(number)" : "\(number)" }
}
