import KoersCore

/// A small text chart of a series on the time axis `t(P)`: the figures, optionally the road
/// to the target, the trend line, the target and the deadline. Each layer has its own glyph,
/// so the chart reads without color.
struct SeriesChart {
    var points: [EvaluationPoint]
    var road: [RoadPoint] = []
    var projection: Projection?
    /// Where the trend line starts (the baseline) and ends (the deadline).
    var projectionSpan: ClosedRange<Double>?
    var target: Double?
    var deadline: Period?
    /// Draw the target as a horizontal line (trend) rather than only its point at the deadline.
    var targetLine = false
    var formatter: ValueFormatter
    var height = 9

    func render(style: RenderStyle) -> [String] {
        let times = points.map(\.t) + road.map(\.t) + [deadline?.end].compactMap { $0 }
        var values = points.map(\.value) + road.map(\.value) + [target].compactMap { $0 }
        if let projection, let span = projectionSpan {
            values += [projection.value(at: span.lowerBound), projection.value(at: span.upperBound)]
        }
        guard var tMin = times.min(), var tMax = times.max(), var vMin = values.min(), var vMax = values.max() else {
            return []
        }
        if tMax - tMin < 1e-9 { tMin -= 0.5; tMax += 0.5 }
        if vMax - vMin < 1e-9 {
            let pad = max(1, abs(vMax) * 0.1)
            vMin -= pad
            vMax += pad
        }
        let labels = [vMax, vMin].map(formatter.compact)
        let labelWidth = labels.map(\.count).max() ?? 0
        let plotWidth = max(20, min(60, style.width - labelWidth - 3))
        var grid = Array(repeating: Array(repeating: Cell.empty, count: plotWidth), count: height)

        // Figures from files can be anything a double holds: keep every conversion to a cell finite.
        guard (vMax - vMin).isFinite, (tMax - tMin).isFinite else { return [] }
        func column(_ t: Double) -> Int {
            let c = ((t - tMin) / (tMax - tMin) * Double(plotWidth - 1)).rounded()
            return c.isFinite ? Int(max(-1, min(Double(plotWidth), c))) : -1
        }
        func row(_ v: Double) -> Int? {
            let r = ((vMax - v) / (vMax - vMin) * Double(height - 1)).rounded()
            return r.isFinite && r >= 0 && r < Double(height) ? Int(r) : nil
        }
        func time(_ column: Int) -> Double { tMin + (tMax - tMin) * Double(column) / Double(plotWidth - 1) }
        func put(_ cell: Cell, _ r: Int?, _ c: Int) {
            guard let r, (0..<plotWidth).contains(c), grid[r][c].rank < cell.rank else { return }
            grid[r][c] = cell
        }

        if let deadline {
            for r in 0..<height { put(.deadline, r, column(deadline.end)) }
        }
        if targetLine, let target {
            for c in 0..<plotWidth { put(.targetLine, row(target), c) }
        }
        if let first = road.first, let last = road.last {
            for c in column(first.t)...column(last.t) {
                put(.road, Evaluator.value(onRoad: road, at: time(c)).flatMap(row), c)
            }
        }
        if let projection, let span = projectionSpan {
            for c in column(span.lowerBound)...column(span.upperBound) { put(.trend, row(projection.value(at: time(c))), c) }
        }
        if !targetLine, let target, let deadline { put(.target, row(target), column(deadline.end)) }
        for point in points { put(.figure, row(point.value), column(point.t)) }

        var lines: [String] = []
        for (index, cells) in grid.enumerated() {
            let label = index == 0 ? labels[0] : index == height - 1 ? labels[1] : ""
            let axis = style.unicode ? (index == 0 || index == height - 1 ? "┤" : "│") : "|"
            let body = cells.map { $0.glyph(style) }.joined()
            lines.append(trimmedRight(label.leftPadded(to: labelWidth) + " " + axis + body))
        }
        let corner = style.unicode ? "└" : "+"
        let rule = style.unicode ? "─" : "-"
        lines.append(String(repeating: " ", count: labelWidth + 1) + corner + String(repeating: rule, count: plotWidth))
        lines.append(String(repeating: " ", count: labelWidth + 2) + axisLabels(width: plotWidth, column: column))
        return lines
    }

    /// Period labels under the axis: the first and last figure and the deadline, where they fit.
    private func axisLabels(width: Int, column: (Double) -> Int) -> String {
        var marks: [(Int, String)] = []
        if let first = points.first { marks.append((column(first.t), first.period.description)) }
        if let last = points.last, last.period != points.first?.period { marks.append((column(last.t), last.period.description)) }
        if let deadline, !points.contains(where: { $0.period == deadline }) { marks.append((column(deadline.end), deadline.description)) }
        var line = Array(repeating: Character(" "), count: width + 8)
        var occupiedUntil = -1
        for (position, text) in marks.sorted(by: { $0.0 < $1.0 }) {
            // Centre the label under its column, keeping it on the line and clear of the previous one.
            let start = max(occupiedUntil + 1, min(position - text.count / 2, line.count - text.count))
            guard start >= 0, start + text.count <= line.count else { continue }
            for (offset, character) in text.enumerated() { line[start + offset] = character }
            occupiedUntil = start + text.count
        }
        return trimmedRight(String(line))
    }

    enum Cell {
        case empty, deadline, targetLine, road, trend, target, figure

        var rank: Int {
            switch self {
            case .empty: 0
            case .deadline: 1
            case .targetLine: 2
            case .road: 3
            case .trend: 4
            case .target: 5
            case .figure: 6
            }
        }

        func glyph(_ style: RenderStyle) -> String {
            switch self {
            case .empty: " "
            case .deadline: style.paint(style.unicode ? "│" : "|", .dim)
            case .targetLine: style.paint(style.unicode ? "╌" : "-", .magenta)
            case .road: style.paint(style.unicode ? "·" : ".", .dim)
            case .trend: style.paint(style.unicode ? "╌" : "-", .yellow)
            case .target: style.paint(style.unicode ? "◆" : "*", .magenta)
            case .figure: style.paint(style.unicode ? "●" : "o", .cyan)
            }
        }
    }
}
