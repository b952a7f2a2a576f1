import Foundation
import KoersCore

/// A deterministic national monitor: municipalities × metrics of yearly, quarterly and monthly
/// figures, as a long CSV in the form Dutch staff export it (UTF-8 BOM, CRLF, `;`, Dutch
/// numbers), plus a goal file with one goal per series. The same preset always writes the same bytes.
struct NationalDataset {
    struct Preset: Equatable {
        var municipalities: Int
        var yearlyMetrics: Int
        var quarterlyMetrics: Int
        var monthlyMetrics: Int
        /// The years each granularity has figures for.
        var yearlyYears = 2015...2026
        var quarterlyYears = 2015...2026
        var monthlyYears = 2015...2026
        /// Stop after the series that reaches this many rows (nil: every municipality × metric).
        var rowLimit: Int? = nil

        /// 342 × 120 series of 12, 48 or 144 figures: 2,052,000 rows, 75 MB.
        static let national = Preset(municipalities: 342, yearlyMetrics: 60, quarterlyMetrics: 35, monthlyMetrics: 25)
        /// About 20,000 rows, for quick runs.
        static let small = Preset(municipalities: 20, yearlyMetrics: 24, quarterlyMetrics: 8, monthlyMetrics: 2)
        /// 1,000 × 1,000 = a million series, each of 12 figures as national's yearly series
        /// (the quarterly ones 2024–2026, the monthly ones 2026), in national's mix of
        /// granularities: 12 million rows. National's own lengths would make 50 million rows.
        static let million = Preset(municipalities: 1_000, yearlyMetrics: 500, quarterlyMetrics: 292, monthlyMetrics: 208,
                                    quarterlyYears: 2024...2026, monthlyYears: 2026...2026)

        /// National's series, as many as it takes to reach `rows` rows (whole series, so at most
        /// 143 rows more): the scaling series keeps the shape and varies only the size.
        static func scale(rows: Int) -> Preset {
            var preset = national
            preset.municipalities = (rows + national.rowsPerMunicipality - 1) / national.rowsPerMunicipality
            preset.rowLimit = rows
            return preset
        }

        var metricCount: Int { yearlyMetrics + quarterlyMetrics + monthlyMetrics }

        func granularity(ofMetric index: Int) -> Granularity {
            if index < yearlyMetrics { return .year }
            if index < yearlyMetrics + quarterlyMetrics { return .quarter }
            return .month
        }

        func years(of granularity: Granularity) -> ClosedRange<Int> {
            switch granularity {
            case .year, .halfYear: yearlyYears
            case .quarter: quarterlyYears
            case .month: monthlyYears
            }
        }

        func rows(ofMetric index: Int) -> Int {
            let granularity = granularity(ofMetric: index)
            return years(of: granularity).count * granularity.periodsPerYear
        }

        var rowsPerMunicipality: Int { (0..<metricCount).reduce(0) { $0 + rows(ofMetric: $1) } }

        /// The number of series (and goals) written: municipality by municipality, each metric in
        /// turn, until the row limit is reached.
        var seriesCount: Int {
            guard let rowLimit else { return municipalities * metricCount }
            var rows = 0
            var series = 0
            while rows < rowLimit && series < municipalities * metricCount {
                rows += self.rows(ofMetric: series % metricCount)
                series += 1
            }
            return series
        }

        var rowCount: Int { (0..<seriesCount).reduce(0) { $0 + rows(ofMetric: $1 % metricCount) } }
    }

    let preset: Preset

    /// Municipality names as they appear in real files, commas and quotes included.
    func municipalityName(_ index: Int) -> String {
        let stems = ["Almelo", "'s-Gravenhage", "Bergen (L.)", "Noord-Beveland", "Súdwest-Fryslân", "Aa en Hunze",
                     "Hengelo", "Nuenen, Gerwen en Nederwetten", "De \"Wolden\"", "Ameland"]
        let stem = stems[index % stems.count]
        return index < stems.count ? stem : "\(stem) \(index / stems.count)"
    }

    func metricID(_ index: Int) -> String { String(format: "m%03d", index + 1) }

    /// The periods a metric has figures for, in order.
    func periods(ofMetric index: Int) -> [Period] {
        let granularity = preset.granularity(ofMetric: index)
        return preset.years(of: granularity).flatMap { year in
            (1...granularity.periodsPerYear).compactMap { Period(year: year, granularity: granularity, index: $0) }
        }
    }

    /// Writes the CSV and returns the number of data rows.
    func writeCSV(to url: URL) throws -> Int {
        var file = try BufferedFile(url)
        file.append([0xEF, 0xBB, 0xBF])
        file.append("gemeente;indicator;periode;waarde\r\n")
        let periodTexts = (0..<preset.metricCount).map { periods(ofMetric: $0).map(\.description) }
        var random = SplitMix64(seed: 20_201_231)
        var rows = 0
        var name = ""
        for series in 0..<preset.seriesCount {
            let (municipality, metric) = series.quotientAndRemainder(dividingBy: preset.metricCount)
            if metric == 0 { name = csvField(municipalityName(municipality)) }
            let prefix = "\(name);\(metricID(metric));"
            let fractional = metric % 3 == 0
            var value = fractional ? 5.0 + random.unit() * 3 : 1_000 + random.unit() * 60_000
            let growth = 1.0 + (random.unit() - 0.4) * 0.05
            for period in periodTexts[metric] {
                value *= growth
                let text = fractional
                    ? NumberWriter.format(value, notation: .dutch, maxFractionDigits: 1, minFractionDigits: 1)
                    : NumberWriter.format(value.rounded(), notation: .dutch)
                file.append(prefix)
                file.append(period)
                file.append(";")
                file.append(text)
                file.append("\r\n")
                rows += 1
            }
            try file.flushIfFull()
        }
        try file.close()
        return rows
    }

    /// Writes the goal file: the metrics, the data declaration and one goal per series.
    func writeGoalFile(to url: URL, dataFileName: String) throws {
        var file = try BufferedFile(url)
        file.append("# Generated national monitor: \(preset.municipalities) municipalities × \(preset.metricCount) metrics")
        file.append(preset.rowLimit.map { ", the first \(preset.seriesCount) series (\($0) rows or just over).\n" } ?? ".\n")
        file.append("notation nl\n\n")
        for metric in 0..<preset.metricCount {
            let frequency: String
            switch preset.granularity(ofMetric: metric) {
            case .year: frequency = "yearly"
            case .halfYear: frequency = "half-yearly"
            case .quarter: frequency = "quarterly"
            case .month: frequency = "monthly"
            }
            file.append("metric \(metricID(metric))\n    title \"Indicator \(metric + 1)\"\n    unit \(metric % 3 == 0 ? "grade" : "count")\n")
            file.append("    source \"Landelijke monitor\"\n    frequency \(frequency)\n\n")
        }
        file.append("data \"\(dataFileName)\"\n    layout long\n    column label gemeente \"gemeente\"\n")
        file.append("    column metric \"indicator\"\n    column period \"periode\"\n    column value \"waarde\"\n\n")
        // The baseline is 2020 where a series has it, else its first period.
        let baselines = (0..<preset.metricCount).map { metric -> String in
            let periods = periods(ofMetric: metric)
            if preset.granularity(ofMetric: metric) == .year, periods.contains(where: { $0.year == 2020 }) { return "2020" }
            return (periods.first { $0.year == 2020 } ?? periods[0]).description
        }
        var name = ""
        for series in 0..<preset.seriesCount {
            let (municipality, metric) = series.quotientAndRemainder(dividingBy: preset.metricCount)
            if metric == 0 {
                name = municipalityName(municipality).replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            }
            let since = baselines[metric].prefix(4)
            file.append("goal g\(series + 1)\n    title \"Indicator \(metric + 1) in \(name) 10% hoger dan in \(since)\"\n")
            file.append("    metric \(metricID(metric)){gemeente=\"\(name)\"}\n    baseline \(baselines[metric])\n")
            file.append("    target >= +10% by 2026\n    owner \"Team Monitor\"\n    source \"Landelijke monitor\"\n\n")
            try file.flushIfFull()
        }
        try file.close()
    }

    private func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == ";" || $0 == "\"" || $0 == "," }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// A file written through a 1 MiB buffer, so that files of hundreds of megabytes are never held whole.
struct BufferedFile {
    private let handle: FileHandle
    private var buffer: [UInt8] = []

    init(_ url: URL) throws {
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
        }
        handle = try FileHandle(forWritingTo: url)
        buffer.reserveCapacity(1 << 21)
    }

    mutating func append(_ text: String) { buffer.append(contentsOf: text.utf8) }

    mutating func append(_ bytes: [UInt8]) { buffer.append(contentsOf: bytes) }

    mutating func flushIfFull() throws {
        guard buffer.count > 1 << 20 else { return }
        try handle.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    mutating func close() throws {
        try handle.write(contentsOf: buffer)
        buffer.removeAll()
        try handle.close()
    }
}

/// A small, fast, seedable generator, so every run writes the same file.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A double in [0, 1).
    mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
}
