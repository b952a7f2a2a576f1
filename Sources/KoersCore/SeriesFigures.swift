/// The figures of one series, stored column-wise: a value of 8 bytes per figure, and the rest
/// of each figure (period, source, row, column, provisional mark) once per run of figures whose
/// period and row advance by a fixed step. A file sorted by series gives one run per series, so
/// a figure costs 8 bytes instead of the 24 of an `Observation` (docs/performance.md, "Memory,
/// second round"), while every figure keeps its file, row and column.
///
/// Read as a collection of `Observation`s, each made when it is read.
public struct SeriesFigures: Sendable {
    /// Figures `start…` (up to the next run's start) of one source, column and provisional
    /// mark, of one granularity, the period advancing by `periodStep` periods and the row by
    /// `rowStep` from one figure to the next.
    struct Run: Sendable, Hashable {
        var start: Int32
        var period: Period
        var periodStep: Int32
        var row: Int32
        var rowStep: Int32
        var source: Int32
        var columnAndMark: UInt32

        /// The period `steps` figures after the run's first.
        func period(after steps: Int) -> Period? {
            period.advanced(by: steps * Int(periodStep))
        }

        func row(after steps: Int) -> Int64 {
            Int64(row) + Int64(steps) * Int64(rowStep)
        }
    }

    private var valueBits: [UInt64] = []
    private var runs: [Run] = []

    public init() {}

    public init(_ observations: some Sequence<Observation>) {
        for observation in observations { append(observation) }
    }

    public mutating func append(_ observation: Observation) {
        defer { valueBits.append(observation.valueBits) }
        if let last = runs.indices.last {
            let run = runs[last]
            let steps = valueBits.count - Int(run.start)
            if run.source == observation.sourceIndex, run.columnAndMark == observation.columnAndMark,
               run.period.granularity == observation.period.granularity {
                if steps == 1 {
                    // The run's second figure sets its steps, when they fit.
                    let periodStep = observation.period.ordinal - run.period.ordinal
                    let rowStep = Int64(observation.rowNumber) - Int64(run.row)
                    if let periodStep = Int32(exactly: periodStep), let rowStep = Int32(exactly: rowStep) {
                        runs[last].periodStep = periodStep
                        runs[last].rowStep = rowStep
                        return
                    }
                } else if run.period(after: steps) == observation.period, run.row(after: steps) == Int64(observation.rowNumber) {
                    return
                }
            }
        }
        runs.append(Run(
            start: Int32(valueBits.count), period: observation.period, periodStep: 1, row: observation.rowNumber, rowStep: 1,
            source: observation.sourceIndex, columnAndMark: observation.columnAndMark))
    }

    public mutating func append(contentsOf other: SeriesFigures) {
        for observation in other { append(observation) }
    }

    /// How many runs the figures fall into: what they cost beyond their values.
    public var runCount: Int { runs.count }

    /// How many figures the values' array has room for without growing.
    public var capacity: Int { valueBits.capacity }

    public mutating func reserveCapacity(_ count: Int) { valueBits.reserveCapacity(count) }

    /// Gives back the spare room the arrays grew by doubling.
    public mutating func trimToFit() {
        valueBits = valueBits.trimmedToFit()
        runs = runs.trimmedToFit()
    }

    /// Sets the value of figure `index`, keeping the rest of it.
    public mutating func setValue(_ value: Double?, at index: Int) {
        valueBits[index] = Observation.bits(of: value)
    }

    /// Points every figure at source `source` (the store's index of the file they came from).
    public mutating func setSource(_ source: Int32) {
        for index in runs.indices { runs[index].source = source }
    }

    /// Moves every figure's row down by `offset` (the figures of a table's second half, read
    /// on their own, placed after its first half). A row beyond `Int32` is clamped.
    public mutating func shiftRows(by offset: Int) {
        let fits = runs.indices.allSatisfy { index in
            let end = index + 1 < runs.count ? Int(runs[index + 1].start) : valueBits.count
            let rows = [Int64(runs[index].row), runs[index].row(after: end - 1 - Int(runs[index].start))]
            return rows.allSatisfy { Int32(exactly: $0 + Int64(offset)) != nil }
        }
        guard fits else {
            self = SeriesFigures(map { observation in
                var shifted = observation
                shifted.provenance.row = Int32(clamping: Int(shifted.provenance.row) + offset)
                return shifted
            })
            return
        }
        for index in runs.indices { runs[index].row += Int32(offset) }
    }

    /// Sorts the figures by `areInIncreasingOrder`; figures already in order stay as they are.
    public mutating func sort(by areInIncreasingOrder: (Observation, Observation) -> Bool) {
        guard indices.dropFirst().contains(where: { areInIncreasingOrder(self[$0], self[$0 - 1]) }) else { return }
        var all = Array(self)
        all.sort(by: areInIncreasingOrder)
        self = SeriesFigures(all)
    }

    /// The run holding figure `index`.
    private func run(holding index: Int) -> Run {
        if runs.count == 1 { return runs[0] }
        var low = 0
        var high = runs.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if Int(runs[middle].start) <= index { low = middle } else { high = middle - 1 }
        }
        return runs[low]
    }
}

extension SeriesFigures: RandomAccessCollection {
    public var startIndex: Int { 0 }
    public var endIndex: Int { valueBits.count }

    public subscript(index: Int) -> Observation {
        let run = run(holding: index)
        let steps = index - Int(run.start)
        // Every figure was appended with the period and row its run gives it.
        return Observation(
            period: run.period(after: steps) ?? run.period, sourceIndex: run.source, rowNumber: Int32(truncatingIfNeeded: run.row(after: steps)),
            columnAndMark: run.columnAndMark, valueBits: valueBits[index])
    }
}

extension SeriesFigures: ExpressibleByArrayLiteral {
    public init(arrayLiteral elements: Observation...) { self.init(elements) }
}

// Equal when they hold the same figures, whatever their runs.
extension SeriesFigures: Hashable {
    public static func == (lhs: SeriesFigures, rhs: SeriesFigures) -> Bool {
        lhs.count == rhs.count && lhs.elementsEqual(rhs)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        for observation in self { hasher.combine(observation) }
    }
}

extension Period {
    /// The period's number counted in periods of its granularity from year 0.
    var ordinal: Int { Int(year) * granularity.periodsPerYear + Int(index) - 1 }

    /// The period `periods` periods of its granularity later (earlier when negative); nil
    /// outside the years 1–9999.
    func advanced(by periods: Int) -> Period? {
        if periods == 0 { return self }
        let (year, position) = (ordinal + periods).quotientAndRemainder(dividingBy: granularity.periodsPerYear)
        guard position >= 0 else { return nil }
        return Period(year: year, granularity: granularity, index: position + 1)
    }
}
