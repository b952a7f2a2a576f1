import Foundation
import KoersCore

/// A deterministic national monitor: every municipality × every metric, 2015–2026, as a long
/// CSV in the form Dutch staff export it (UTF-8 BOM, CRLF, `;`, Dutch numbers), plus a goal
/// file with one goal per series. The same preset always writes the same bytes.
struct NationalDataset {
    struct Preset {
        var municipalities: Int
        var yearlyMetrics: Int
        var quarterlyMetrics: Int
        var monthlyMetrics: Int

        /// About 342 × 120 series, 2 million rows, 100 MB.
        static let national = Preset(municipalities: 342, yearlyMetrics: 60, quarterlyMetrics: 35, monthlyMetrics: 25)
        /// About 20,000 rows, for quick runs.
        static let small = Preset(municipalities: 20, yearlyMetrics: 24, quarterlyMetrics: 8, monthlyMetrics: 2)

        var metricCount: Int { yearlyMetrics + quarterlyMetrics + monthlyMetrics }
    }

    let preset: Preset
    private let years = 2015...2026

    /// Municipality names as they appear in real files, commas and quotes included.
    func municipalityName(_ index: Int) -> String {
        let stems = ["Almelo", "'s-Gravenhage", "Bergen (L.)", "Noord-Beveland", "Súdwest-Fryslân", "Aa en Hunze",
                     "Hengelo", "Nuenen, Gerwen en Nederwetten", "De \"Wolden\"", "Ameland"]
        let stem = stems[index % stems.count]
        return index < stems.count ? stem : "\(stem) \(index / stems.count)"
    }

    func metricID(_ index: Int) -> String { String(format: "m%03d", index + 1) }

    func granularity(ofMetric index: Int) -> Granularity {
        if index < preset.yearlyMetrics { return .year }
        if index < preset.yearlyMetrics + preset.quarterlyMetrics { return .quarter }
        return .month
    }

    /// The periods a metric has figures for, in order.
    func periods(ofMetric index: Int) -> [Period] {
        let granularity = granularity(ofMetric: index)
        return years.flatMap { year in
            (1...granularity.periodsPerYear).compactMap { Period(year: year, granularity: granularity, index: $0) }
        }
    }

    /// Writes the CSV with a 1 MiB buffer and returns the number of data rows.
    func writeCSV(to url: URL) throws -> Int {
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
        }
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        var buffer = Data()
        buffer.reserveCapacity(1 << 21)
        buffer.append(contentsOf: [0xEF, 0xBB, 0xBF])
        buffer.append(contentsOf: Array("gemeente;indicator;periode;waarde\r\n".utf8))
        var random = SplitMix64(seed: 20_201_231)
        var rows = 0
        for municipality in 0..<preset.municipalities {
            let name = csvField(municipalityName(municipality))
            for metric in 0..<preset.metricCount {
                let fractional = metric % 3 == 0
                var value = fractional ? 5.0 + random.unit() * 3 : 1_000 + random.unit() * 60_000
                let growth = 1.0 + (random.unit() - 0.4) * 0.05
                for period in periods(ofMetric: metric) {
                    value *= growth
                    let text = fractional
                        ? NumberWriter.format(value, notation: .dutch, maxFractionDigits: 1, minFractionDigits: 1)
                        : NumberWriter.format(value.rounded(), notation: .dutch)
                    buffer.append(contentsOf: Array("\(name);\(metricID(metric));\(period);\(text)\r\n".utf8))
                    rows += 1
                }
                if buffer.count > 1 << 20 {
                    handle.write(buffer)
                    buffer.removeAll(keepingCapacity: true)
                }
            }
        }
        handle.write(buffer)
        return rows
    }

    /// The goal file: the metrics, the data declaration and one goal per series.
    func goalFile(dataFileName: String) -> String {
        var out = "# Generated national monitor: \(preset.municipalities) municipalities × \(preset.metricCount) metrics.\n"
        out += "notation nl\n\n"
        for metric in 0..<preset.metricCount {
            let frequency: String
            switch granularity(ofMetric: metric) {
            case .year: frequency = "yearly"
            case .halfYear: frequency = "half-yearly"
            case .quarter: frequency = "quarterly"
            case .month: frequency = "monthly"
            }
            out += "metric \(metricID(metric))\n    title \"Indicator \(metric + 1)\"\n    unit \(metric % 3 == 0 ? "grade" : "count")\n"
            out += "    source \"Landelijke monitor\"\n    frequency \(frequency)\n\n"
        }
        out += "data \"\(dataFileName)\"\n    layout long\n    column label gemeente \"gemeente\"\n"
        out += "    column metric \"indicator\"\n    column period \"periode\"\n    column value \"waarde\"\n\n"
        var goal = 0
        for municipality in 0..<preset.municipalities {
            let name = municipalityName(municipality).replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            for metric in 0..<preset.metricCount {
                goal += 1
                let baseline = granularity(ofMetric: metric) == .year ? "2020" : periods(ofMetric: metric).first { $0.year == 2020 }!.description
                out += "goal g\(goal)\n    title \"Indicator \(metric + 1) in \(name) 10% hoger dan in 2020\"\n"
                out += "    metric \(metricID(metric)){gemeente=\"\(name)\"}\n    baseline \(baseline)\n"
                out += "    target >= +10% by 2026\n    owner \"Team Monitor\"\n    source \"Landelijke monitor\"\n\n"
            }
        }
        return out
    }

    private func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == ";" || $0 == "\"" || $0 == "," }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
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
