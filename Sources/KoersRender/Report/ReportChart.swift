import Foundation
import KoersCore

/// The SVG charts of the council report. Every chart reads without color: the series is a solid
/// line with labelled points, the road dashed, the projection dotted, the target and deadline
/// labelled lines, and a legend names each style. `<title>` and `<desc>` state the data in words.
public enum ReportChart {
    /// The size of the drawing in user units; the SVG scales to its container through `viewBox`.
    /// Narrow, so that on a phone, where the chart shrinks to the screen, its 15-unit labels
    /// still come out near 11 px.
    static let width = 480.0
    static let plotTop = 36.0
    static let plotHeight = 200.0
    static let axisLabelHeight = 32.0
    static let rightMargin = 16.0
    static let fontSize = 15.0
    /// The width of one character at `fontSize`, generous so labels never collide.
    static let characterWidth = 8.5

    /// The goal chart as an `<svg>` element. `id` makes the element ids of the title and
    /// description unique within a page; `standalone` adds the XML namespace and a fixed size
    /// for a chart written to its own `.svg` file.
    public static func svg(_ chart: ReportChartSpec, language: Language, id: String, standalone: Bool = false) -> String {
        let layout = ChartLayout(chart, language: language)
        let prefix = ReportText.identifier(id)
        let titleID = prefix + "-title", descID = prefix + "-desc"
        let height = layout.height
        var out = "<svg"
        if standalone { out += " xmlns=\"http://www.w3.org/2000/svg\" width=\"\(ReportText.coordinate(width))\" height=\"\(ReportText.coordinate(height))\"" }
        out += " viewBox=\"0 0 \(ReportText.coordinate(width)) \(ReportText.coordinate(height))\" role=\"img\" aria-labelledby=\"\(titleID) \(descID)\""
        out += " class=\"chart\" font-family=\"sans-serif\" font-size=\"\(ReportText.coordinate(fontSize))\">\n"
        out += "<title id=\"\(titleID)\">\(ReportText.html(title(chart, language: language)))</title>\n"
        out += "<desc id=\"\(descID)\">\(ReportText.html(textAlternative(chart, language: language)))</desc>\n"
        out += "<rect x=\"0\" y=\"0\" width=\"\(ReportText.coordinate(width))\" height=\"\(ReportText.coordinate(height))\" fill=\"\(ReportPalette.page)\"/>\n"
        out += layout.drawing()
        out += "</svg>"
        return out
    }

    /// The chart's title: the series and what is drawn.
    public static func title(_ chart: ReportChartSpec, language: Language) -> String {
        ReportMessages.chartTitle(chart.seriesName).text(in: language)
    }

    /// The data of the chart in words: figures, baseline, target, deadline, road and projection.
    public static func textAlternative(_ chart: ReportChartSpec, language: Language) -> String {
        func value(_ number: Double) -> String { ReportText.number(number, language) + chart.valueSuffix }
        func point(_ point: ReportChartPoint) -> String {
            let provisional = point.provisional ? " (" + ReportMessages.provisional.text(in: language) + ")" : ""
            return point.period + ": " + value(point.value) + provisional
        }
        func list(_ points: [ReportChartPoint]) -> String { points.map(point).joined(separator: "; ") }

        let observations = chart.observations.filter(\.isDrawable)
        var sentences: [LocalizedText] = [LocalizedText(verbatim: chart.seriesName + ".")]
        if let baseline = chart.baseline, baseline.isDrawable { sentences.append(ReportMessages.describeBaseline(point(baseline))) }
        sentences.append(observations.isEmpty ? ReportMessages.describeNoFigures : ReportMessages.describeFigures(list(observations)))
        if let target = chart.target, target.isFinite { sentences.append(ReportMessages.describeTarget(value(target))) }
        if let deadline = chart.deadline { sentences.append(ReportMessages.describeDeadline(deadline.period)) }
        let road = chart.road.filter(\.isDrawable)
        if road.count >= 2 { sentences.append(ReportMessages.describeRoad(list(road))) }
        let projection = chart.projection.filter(\.isDrawable)
        sentences.append(projection.count >= 2 ? ReportMessages.describeProjection(list(projection)) : ReportMessages.describeNoProjection)
        return sentences.map { $0.text(in: language) }.joined(separator: " ")
    }

    /// A horizontal bar of the goals per status, each segment labelled with its count where it fits.
    static func statusBar(_ counts: [(status: GoalStatus, count: Int)], language: Language, id: String) -> String {
        let total = counts.reduce(0) { $0 + max(0, $1.count) }
        let barHeight = 28.0, barWidth = 320.0
        let prefix = ReportText.identifier(id)
        let parts = counts.filter { $0.count > 0 }.map { ReportText.count($0.count, language) + " " + ReportMessages.statusName($0.status).text(in: language).lowercased() }
        var out = "<svg viewBox=\"0 0 \(ReportText.coordinate(barWidth)) \(ReportText.coordinate(barHeight))\" role=\"img\" aria-labelledby=\"\(prefix)-title \(prefix)-desc\" class=\"status-bar\" font-family=\"sans-serif\" font-size=\"14\">\n"
        out += "<title id=\"\(prefix)-title\">\(ReportText.html(ReportMessages.goalsByStatus.text(in: language)))</title>\n"
        out += "<desc id=\"\(prefix)-desc\">\(ReportText.html(ReportMessages.statusBarDescription(parts).text(in: language)))</desc>\n"
        guard total > 0 else { return out + "</svg>" }
        var x = 0.0
        for (status, count) in counts where count > 0 {
            let segment = barWidth * Double(count) / Double(total)
            // A white gap between segments keeps neighbours apart without relying on their hues.
            out += "<rect x=\"\(ReportText.coordinate(x))\" y=\"0\" width=\"\(ReportText.coordinate(max(segment - 2, 1)))\" height=\"\(ReportText.coordinate(barHeight))\" fill=\"\(ReportPalette.status(status))\"/>\n"
            let label = ReportText.count(count, language)
            if segment >= Double(label.count) * characterWidth + 8 {
                out += "<text x=\"\(ReportText.coordinate(x + (segment - 2) / 2))\" y=\"19\" font-weight=\"bold\" text-anchor=\"middle\" fill=\"\(ReportPalette.onStatus)\">\(label)</text>\n"
            }
            x += segment
        }
        return out + "</svg>"
    }
}

extension ReportChartPoint {
    var isDrawable: Bool { t.isFinite && value.isFinite }
}

/// Scales and positions of one goal chart.
private struct ChartLayout {
    let chart: ReportChartSpec
    let language: Language
    let observations: [ReportChartPoint]
    let baseline: ReportChartPoint?
    let road: [ReportChartPoint]
    let projection: [ReportChartPoint]
    let target: Double?
    let deadline: ReportChartMoment?
    let timeRange: (low: Double, high: Double)
    let valueTicks: [Double]
    let valueRange: (low: Double, high: Double)
    let tickFractionDigits: Int
    let plotLeft: Double
    let legendItems: [LegendItem]
    let legendRows: Int

    static let legendRowHeight = 20.0
    /// A white outline behind label text, so a line crossing a label does not hide it.
    static let halo = "paint-order=\"stroke\" stroke=\"\(ReportPalette.page)\" stroke-width=\"3\" stroke-linejoin=\"round\""

    init(_ chart: ReportChartSpec, language: Language) {
        self.chart = chart
        self.language = language
        observations = chart.observations.filter(\.isDrawable).sorted { $0.t < $1.t }
        baseline = chart.baseline.flatMap { $0.isDrawable ? $0 : nil }
        road = chart.road.filter(\.isDrawable).sorted { $0.t < $1.t }
        projection = chart.projection.filter(\.isDrawable).sorted { $0.t < $1.t }
        target = chart.target.flatMap { $0.isFinite ? $0 : nil }
        deadline = chart.deadline.flatMap { $0.t.isFinite ? $0 : nil }

        let lines = observations + (baseline.map { [$0] } ?? []) + (road.count >= 2 ? road : []) + (projection.count >= 2 ? projection : [])
        var times = lines.map(\.t)
        if let deadline { times.append(deadline.t) }
        timeRange = ChartLayout.paddedRange(times, minimumSpan: 1, padding: 0.06)

        var values = lines.map(\.value)
        if let target { values.append(target) }
        // Room above the highest value for its label, and a little below the lowest.
        if let low = values.min(), let high = values.max(), high - low > 0, (high - low).isFinite {
            values += [low - (high - low) * 0.04, high + (high - low) * 0.1]
        }
        let (ticks, digits) = ChartLayout.niceTicks(values)
        valueTicks = ticks
        tickFractionDigits = digits
        valueRange = (ticks.first ?? 0, ticks.last ?? 1)

        let tickLabelWidth = ticks.map { Double((ReportText.number($0, language, fractionDigits: digits) + chart.valueSuffix).count) }.max() ?? 1
        plotLeft = min(200, tickLabelWidth * ReportChart.characterWidth + 16)

        var items: [LegendItem] = []
        if !observations.isEmpty { items.append(.figures) }
        if baseline != nil { items.append(.baseline) }
        if road.count >= 2 { items.append(.road) }
        if projection.count >= 2 { items.append(.projection) }
        if target != nil { items.append(.target) }
        if deadline != nil { items.append(.deadline) }
        if observations.contains(where: \.provisional) { items.append(.provisional) }
        legendItems = items
        legendRows = ChartLayout.legendPlacement(items, language: language).rows
    }

    var plotRight: Double { ReportChart.width - ReportChart.rightMargin }
    var plotBottom: Double { ReportChart.plotTop + ReportChart.plotHeight }
    var legendTop: Double { plotBottom + ReportChart.axisLabelHeight }
    var height: Double { legendTop + Double(legendRows) * ChartLayout.legendRowHeight + 6 }

    func x(_ t: Double) -> Double {
        plotLeft + (t - timeRange.low) / (timeRange.high - timeRange.low) * (plotRight - plotLeft)
    }

    func y(_ value: Double) -> Double {
        plotBottom - (value - valueRange.low) / (valueRange.high - valueRange.low) * ReportChart.plotHeight
    }

    func format(_ value: Double) -> String { ReportText.number(value, language) + chart.valueSuffix }

    // MARK: Drawing

    func drawing() -> String {
        var out = ""
        out += grid()
        out += timeAxis()
        if let target { out += targetLine(target) }
        if let deadline { out += deadlineLine(deadline) }
        if road.count >= 2 {
            out += polyline(road, color: ReportPalette.chartRoad, width: 2, dash: "8 5", className: "road")
        }
        if projection.count >= 2 {
            out += polyline(projection, color: ReportPalette.chartProjection, width: 2.5, dash: "1 5", className: "projection")
        }
        if observations.count >= 2 {
            out += polyline(observations, color: ReportPalette.chartSeries, width: 2.5, dash: nil, className: "series")
        }
        if let baseline { out += baselineMark(baseline) }
        out += points()
        out += legend()
        return out
    }

    private func grid() -> String {
        var out = "<g class=\"value-axis\">\n"
        for tick in valueTicks {
            let yy = ReportText.coordinate(y(tick))
            out += "<line x1=\"\(ReportText.coordinate(plotLeft))\" y1=\"\(yy)\" x2=\"\(ReportText.coordinate(plotRight))\" y2=\"\(yy)\" stroke=\"\(ReportPalette.chartGrid)\" stroke-width=\"1\"/>\n"
            let label = ReportText.number(tick, language, fractionDigits: tickFractionDigits) + chart.valueSuffix
            out += "<text x=\"\(ReportText.coordinate(plotLeft - 6))\" y=\"\(ReportText.coordinate(y(tick) + 4))\" text-anchor=\"end\" fill=\"\(ReportPalette.chartAxis)\">\(ReportText.html(label))</text>\n"
        }
        out += "<line x1=\"\(ReportText.coordinate(plotLeft))\" y1=\"\(ReportText.coordinate(ReportChart.plotTop))\" x2=\"\(ReportText.coordinate(plotLeft))\" y2=\"\(ReportText.coordinate(plotBottom))\" stroke=\"\(ReportPalette.chartAxis)\" stroke-width=\"1\"/>\n"
        return out + "</g>\n"
    }

    /// Ticks at the periods that have a figure, the baseline and the deadline,
    /// thinned so their labels never overlap.
    private func timeAxis() -> String {
        var moments = observations.map { ReportChartMoment(period: $0.period, t: $0.t) }
        if let baseline { moments.append(ReportChartMoment(period: baseline.period, t: baseline.t)) }
        moments += road.map { ReportChartMoment(period: $0.period, t: $0.t) }
        if let deadline { moments.append(deadline) }
        moments.sort { $0.t < $1.t }
        var unique: [ReportChartMoment] = []
        for moment in moments where unique.last.map({ abs($0.t - moment.t) > 1e-9 }) ?? true {
            unique.append(moment)
        }
        let shown = ChartLayout.spaced(unique, at: { x($0.t) }, width: { Double($0.period.count) * ReportChart.characterWidth + 10 })

        let bottom = ReportText.coordinate(plotBottom)
        var out = "<g class=\"time-axis\">\n"
        out += "<line x1=\"\(ReportText.coordinate(plotLeft))\" y1=\"\(bottom)\" x2=\"\(ReportText.coordinate(plotRight))\" y2=\"\(bottom)\" stroke=\"\(ReportPalette.chartAxis)\" stroke-width=\"1\"/>\n"
        for moment in shown {
            let xx = ReportText.coordinate(x(moment.t))
            out += "<line x1=\"\(xx)\" y1=\"\(bottom)\" x2=\"\(xx)\" y2=\"\(ReportText.coordinate(plotBottom + 5))\" stroke=\"\(ReportPalette.chartAxis)\" stroke-width=\"1\"/>\n"
            out += "<text x=\"\(xx)\" y=\"\(ReportText.coordinate(plotBottom + 19))\" text-anchor=\"middle\" fill=\"\(ReportPalette.chartAxis)\">\(ReportText.html(moment.period))</text>\n"
        }
        return out + "</g>\n"
    }

    private func targetLine(_ target: Double) -> String {
        let yy = ReportText.coordinate(y(target))
        var out = "<g class=\"target\">\n"
        out += "<line x1=\"\(ReportText.coordinate(plotLeft))\" y1=\"\(yy)\" x2=\"\(ReportText.coordinate(plotRight))\" y2=\"\(yy)\" stroke=\"\(ReportPalette.chartTarget)\" stroke-width=\"1.5\"/>\n"
        let label = ReportMessages.legendTarget.text(in: language) + " " + format(target)
        // At the left, where the road and projection are still far from the target, on the side
        // of the line away from where the series starts; below it when the series starts on the
        // line, since the figures' own labels stand above their points.
        let start = (baseline.map { [$0] } ?? []) + observations.prefix(1)
        let seriesStartsAbove = start.first.map { $0.value >= target } ?? false
        var labelY = seriesStartsAbove ? y(target) + 15 : y(target) - 6
        if labelY < ReportChart.plotTop + 8 { labelY = y(target) + 15 }
        if labelY > plotBottom - 2 { labelY = y(target) - 6 }
        out += "<text x=\"\(ReportText.coordinate(plotLeft + 6))\" y=\"\(ReportText.coordinate(labelY))\" text-anchor=\"start\" fill=\"\(ReportPalette.chartTarget)\" \(ChartLayout.halo)>\(ReportText.html(label))</text>\n"
        return out + "</g>\n"
    }

    private func deadlineLine(_ deadline: ReportChartMoment) -> String {
        let xx = x(deadline.t)
        var out = "<g class=\"deadline\">\n"
        out += "<line x1=\"\(ReportText.coordinate(xx))\" y1=\"\(ReportText.coordinate(ReportChart.plotTop - 4))\" x2=\"\(ReportText.coordinate(xx))\" y2=\"\(ReportText.coordinate(plotBottom))\" stroke=\"\(ReportPalette.chartDeadline)\" stroke-width=\"1.5\"/>\n"
        let label = ReportMessages.legendDeadline.text(in: language) + " " + deadline.period
        let labelWidth = Double(label.count) * ReportChart.characterWidth
        // Right-aligned to the line when the label would run off the chart's right edge.
        let anchorEnd = xx + labelWidth / 2 > ReportChart.width - 2
        let anchorStart = xx - labelWidth / 2 < 2
        let anchor = anchorEnd ? "end" : anchorStart ? "start" : "middle"
        out += "<text x=\"\(ReportText.coordinate(xx))\" y=\"\(ReportText.coordinate(ReportChart.plotTop - 10))\" text-anchor=\"\(anchor)\" fill=\"\(ReportPalette.chartDeadline)\">\(ReportText.html(label))</text>\n"
        return out + "</g>\n"
    }

    private func polyline(_ points: [ReportChartPoint], color: String, width: Double, dash: String?, className: String) -> String {
        let coordinates = points.map { ReportText.coordinate(x($0.t)) + "," + ReportText.coordinate(y($0.value)) }.joined(separator: " ")
        let dashAttribute = dash.map { " stroke-dasharray=\"\($0)\"" } ?? ""
        return "<polyline class=\"\(className)\" points=\"\(coordinates)\" fill=\"none\" stroke=\"\(color)\" stroke-width=\"\(ReportText.coordinate(width))\"\(dashAttribute) stroke-linecap=\"round\" stroke-linejoin=\"round\"/>\n"
    }

    private func baselineMark(_ baseline: ReportChartPoint) -> String {
        let xx = x(baseline.t), yy = y(baseline.value)
        var out = "<g class=\"baseline\">\n"
        out += "<rect x=\"\(ReportText.coordinate(xx - 5))\" y=\"\(ReportText.coordinate(yy - 5))\" width=\"10\" height=\"10\" fill=\"\(ReportPalette.page)\" stroke=\"\(ReportPalette.chartSeries)\" stroke-width=\"2\"/>\n"
        return out + "</g>\n"
    }

    /// Points as dots (hollow when provisional), labelled with their values where labels fit.
    private func points() -> String {
        var out = "<g class=\"points\">\n"
        for point in observations {
            let fill = point.provisional ? ReportPalette.page : ReportPalette.chartSeries
            out += "<circle cx=\"\(ReportText.coordinate(x(point.t)))\" cy=\"\(ReportText.coordinate(y(point.value)))\" r=\"4\" fill=\"\(fill)\" stroke=\"\(ReportPalette.chartSeries)\" stroke-width=\"2\"/>\n"
        }
        // The baseline is labelled like a figure (its square marks it); a figure in the same
        // period would say the same, so it is left out.
        var labelled = observations.filter { point in baseline.map { abs($0.t - point.t) > 1e-9 } ?? true }
        if let baseline { labelled.insert(baseline, at: 0) }
        labelled.sort { $0.t < $1.t }
        let shown = ChartLayout.spaced(
            labelled, at: { x($0.t) }, width: { Double(format($0.value).count + 1) * ReportChart.characterWidth + 4 },
            height: ReportChart.fontSize + 3, vertical: { y($0.value) })
        for point in shown {
            let text = format(point.value) + (point.provisional ? "*" : "")
            out += valueLabel(text, x: x(point.t), y: y(point.value), color: ReportPalette.chartSeries)
        }
        return out + "</g>\n"
    }

    /// A label above a point (below it at the top of the drawing), kept inside the drawing.
    private func valueLabel(_ text: String, x: Double, y: Double, color: String) -> String {
        let halfWidth = Double(text.count) * ReportChart.characterWidth / 2
        let clampedX = min(max(x, halfWidth + 2), ReportChart.width - halfWidth - 2)
        let labelY = y - 10 < 14 ? y + 22 : y - 10
        return "<text x=\"\(ReportText.coordinate(clampedX))\" y=\"\(ReportText.coordinate(labelY))\" text-anchor=\"middle\" fill=\"\(color)\" \(ChartLayout.halo) font-weight=\"bold\">\(ReportText.html(text))</text>\n"
    }

    // MARK: Legend

    private func legend() -> String {
        let placement = ChartLayout.legendPlacement(legendItems, language: language)
        var out = "<g class=\"legend\">\n"
        for (item, position) in zip(legendItems, placement.positions) {
            let left = position.x
            let middle = legendTop + Double(position.row) * ChartLayout.legendRowHeight + 8
            let m = ReportText.coordinate(middle)
            switch item {
            case .figures:
                out += "<line x1=\"\(ReportText.coordinate(left))\" y1=\"\(m)\" x2=\"\(ReportText.coordinate(left + 24))\" y2=\"\(m)\" stroke=\"\(ReportPalette.chartSeries)\" stroke-width=\"2.5\"/>\n"
                out += "<circle cx=\"\(ReportText.coordinate(left + 12))\" cy=\"\(m)\" r=\"4\" fill=\"\(ReportPalette.chartSeries)\"/>\n"
            case .baseline:
                out += "<rect x=\"\(ReportText.coordinate(left + 7))\" y=\"\(ReportText.coordinate(middle - 5))\" width=\"10\" height=\"10\" fill=\"\(ReportPalette.page)\" stroke=\"\(ReportPalette.chartSeries)\" stroke-width=\"2\"/>\n"
            case .road:
                out += "<line x1=\"\(ReportText.coordinate(left))\" y1=\"\(m)\" x2=\"\(ReportText.coordinate(left + 24))\" y2=\"\(m)\" stroke=\"\(ReportPalette.chartRoad)\" stroke-width=\"2\" stroke-dasharray=\"8 5\"/>\n"
            case .projection:
                out += "<line x1=\"\(ReportText.coordinate(left + 1))\" y1=\"\(m)\" x2=\"\(ReportText.coordinate(left + 24))\" y2=\"\(m)\" stroke=\"\(ReportPalette.chartProjection)\" stroke-width=\"2.5\" stroke-dasharray=\"1 5\" stroke-linecap=\"round\"/>\n"
            case .target:
                out += "<line x1=\"\(ReportText.coordinate(left))\" y1=\"\(m)\" x2=\"\(ReportText.coordinate(left + 24))\" y2=\"\(m)\" stroke=\"\(ReportPalette.chartTarget)\" stroke-width=\"1.5\"/>\n"
            case .deadline:
                out += "<line x1=\"\(ReportText.coordinate(left + 12))\" y1=\"\(ReportText.coordinate(middle - 8))\" x2=\"\(ReportText.coordinate(left + 12))\" y2=\"\(ReportText.coordinate(middle + 8))\" stroke=\"\(ReportPalette.chartDeadline)\" stroke-width=\"1.5\"/>\n"
            case .provisional:
                out += "<circle cx=\"\(ReportText.coordinate(left + 12))\" cy=\"\(m)\" r=\"4\" fill=\"\(ReportPalette.page)\" stroke=\"\(ReportPalette.chartSeries)\" stroke-width=\"2\"/>\n"
            }
            out += "<text x=\"\(ReportText.coordinate(left + 30))\" y=\"\(ReportText.coordinate(middle + 4))\" fill=\"\(ReportPalette.text)\">\(ReportText.html(item.label.text(in: language)))</text>\n"
        }
        return out + "</g>\n"
    }

    enum LegendItem {
        case figures, baseline, road, projection, target, deadline, provisional

        var label: LocalizedText {
            switch self {
            case .figures: ReportMessages.legendFigures
            case .baseline: ReportMessages.legendBaseline
            case .road: ReportMessages.legendRoad
            case .projection: ReportMessages.legendProjection
            case .target: ReportMessages.legendTarget
            case .deadline: ReportMessages.legendDeadline
            case .provisional: ReportMessages.legendProvisional
            }
        }
    }

    /// Legend items flow left to right and wrap onto a new row when the chart is full.
    static func legendPlacement(_ items: [LegendItem], language: Language) -> (positions: [(x: Double, row: Int)], rows: Int) {
        var positions: [(x: Double, row: Int)] = []
        var x = 12.0, row = 0
        for item in items {
            // Legend text is not bold, so it needs less room per character than value labels.
            let itemWidth = 30 + Double(item.label.text(in: language).count) * 7.8 + 16
            if x + itemWidth > ReportChart.width - 8, x > 12 {
                row += 1
                x = 12
            }
            positions.append((x, row))
            x += itemWidth
        }
        return (positions, items.isEmpty ? 0 : row + 1)
    }

    // MARK: Scales

    /// The span of `values` widened by `padding` on each side; a single moment gets `minimumSpan`.
    static func paddedRange(_ values: [Double], minimumSpan: Double, padding: Double) -> (low: Double, high: Double) {
        guard var low = values.min(), var high = values.max() else { return (0, 1) }
        if !(high - low).isFinite { return (low, high) }
        if high - low < 1e-9 {
            low -= minimumSpan / 2
            high += minimumSpan / 2
        }
        let margin = (high - low) * padding
        return (low - margin, high + margin)
    }

    /// Round ticks (1, 2 or 5 times a power of ten) that enclose every value, and the fraction
    /// digits their labels need. A flat series is given room around its value.
    static func niceTicks(_ values: [Double]) -> (ticks: [Double], fractionDigits: Int) {
        guard var low = values.min(), var high = values.max() else { return ([0, 1], 0) }
        if high - low < 1e-12 * max(abs(high), 1) {
            let room = max(abs(high) * 0.1, 1)
            low -= room
            high += room
        }
        let span = high - low
        guard span.isFinite, span > 0 else { return ([low, high], 0) }
        let rough = span / 4
        let magnitude = pow(10, (log10(rough)).rounded(.down))
        let step = [1.0, 2, 5, 10].map { $0 * magnitude }.first { $0 >= rough } ?? 10 * magnitude
        let first = (low / step).rounded(.down) * step
        let last = (high / step).rounded(.up) * step
        let count = Int(((last - first) / step).rounded()) + 1
        guard count >= 2, count <= 12 else { return ([low, high], 2) }
        let ticks = (0..<count).map { first + Double($0) * step }
        let digits = step >= 1 ? 0 : min(6, Int((-log10(step)).rounded(.up)))
        return (ticks, digits)
    }

    /// The elements whose labels fit: the last always, the first when it keeps clear of the last,
    /// and in between each one that keeps clear of the one kept before it and of the last. Two
    /// labels keep clear when they are far enough apart sideways, or (given `height`) one label
    /// height apart vertically.
    static func spaced<Element>(
        _ elements: [Element],
        at position: (Element) -> Double,
        width: (Element) -> Double,
        height: Double = 0,
        vertical: (Element) -> Double = { _ in 0 }
    ) -> [Element] {
        guard let last = elements.last else { return [] }
        func clear(_ left: Element, _ right: Element) -> Bool {
            position(right) - position(left) >= (width(left) + width(right)) / 2
                || (height > 0 && abs(vertical(right) - vertical(left)) >= height)
        }
        var chosen: [Element] = []
        for element in elements.dropLast() {
            let clearOfPrevious = chosen.last.map { clear($0, element) } ?? true
            if clearOfPrevious, clear(element, last) { chosen.append(element) }
        }
        chosen.append(last)
        return chosen
    }

}
