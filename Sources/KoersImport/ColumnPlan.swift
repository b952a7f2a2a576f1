import KoersCore

// The column plan: which column holds the period, the value, the metric and the labels, as
// declared in the data block, else inferred from the header's names and the column profiles.

extension TableInterpreter {
    struct ColumnPlan {
        var layout: TableLayout
        var period: Int?
        var value: Int?
        var metric: Int?
        var labels: [(column: Int, name: String)] = []
        var periodColumns: [(column: Int, period: ParsedPeriod)] = []
        var assignments: [ColumnAssignment] = []
    }

    private static let periodNames: Set<String> = [
        "periode", "perioden", "period", "periods", "jaar", "jaren", "year", "years", "jaartal", "maand", "month",
        "kwartaal", "quarter",
    ]
    private static let valueNames: Set<String> = ["waarde", "waarden", "value", "values"]
    private static let metricNames: Set<String> = ["indicator", "indicatoren", "metric", "metrics", "variabele", "variabelen", "variable"]
    private static let ignoredNames: Set<String> = ["id"]

    mutating func columnPlan(for header: Header) throws(ImportFailure) -> ColumnPlan {
        let normalized = header.names.map(HeaderNames.normalize)
        var declared: [Int: ColumnAssignment.Role] = [:]
        for column in options.columns {
            switch HeaderNames.find(column.header, in: header.names) {
            case let .success(index):
                let role: ColumnAssignment.Role = switch column.role {
                case .period: .period
                case .value: .value
                case .metric: .metric
                case let .label(name): .label(name)
                }
                declared[index] = role
            case let .failure(lookup):
                error(line: header.line, field: nil, lookup.message)
            }
        }
        if hasErrors { throw failure() }

        var plan = ColumnPlan(layout: .long)
        for (index, role) in declared {
            switch role {
            case .period: plan.period = index
            case .value: plan.value = index
            case .metric: plan.metric = index
            case let .label(name): plan.labels.append((index, name))
            default: break
            }
        }
        let explicitLabels = !plan.labels.isEmpty
        let profiles = (0..<header.width).map { column in ColumnProfile(header.dataSample, column: column) }
        func free(_ index: Int) -> Bool { declared[index] == nil }

        if plan.period == nil, options.layout != .wide {
            plan.period = normalized.indices.first { free($0) && Self.periodNames.contains(normalized[$0]) }
            if plan.period == nil {
                let periodLike = normalized.indices.filter { free($0) && profiles[$0].allPeriods }
                plan.period = periodLike.first { profiles[$0].hasPeriodCode } ?? (periodLike.count == 1 ? periodLike[0] : nil)
            }
        }
        let headerPeriods = header.names.indices.compactMap { index -> (Int, ParsedPeriod)? in
            guard free(index), index != plan.period, let period = PeriodSpelling.parse(header.names[index], dates: options.dateGranularity) else { return nil }
            return (index, period)
        }
        plan.layout = options.layout ?? (plan.period == nil && !headerPeriods.isEmpty ? .wide : .long)
        if plan.metric == nil, options.metric == nil {
            plan.metric = normalized.indices.first { free($0) && $0 != plan.period && Self.metricNames.contains(normalized[$0]) }
        }
        if options.metric != nil, let metricColumn = plan.metric, declared[metricColumn] == .metric {
            error(line: header.line, field: metricColumn + 1, Messages.metricTwice)
        }
        if plan.metric == nil, options.metric == nil {
            error(line: header.line, field: nil, Messages.noMetric)
        }

        switch plan.layout {
        case .wide:
            if let value = plan.value { error(line: header.line, field: value + 1, Messages.valueColumnInWideTable) }
            plan.period = nil
            plan.periodColumns = headerPeriods
            if plan.periodColumns.isEmpty { error(line: header.line, field: nil, Messages.noPeriodHeaders) }
        case .long:
            if plan.period == nil {
                error(line: header.line, field: nil, Messages.noPeriodColumn(header.names))
            }
            if plan.value == nil {
                let taken = Set([plan.period, plan.metric].compactMap { $0 })
                let candidates = normalized.indices.filter {
                    free($0) && !taken.contains($0) && !Self.ignoredNames.contains(normalized[$0]) && profiles[$0].numeric
                }
                if let named = normalized.indices.first(where: { free($0) && !taken.contains($0) && Self.valueNames.contains(normalized[$0]) }) {
                    plan.value = named
                } else if candidates.count == 1 {
                    plan.value = candidates[0]
                } else if candidates.isEmpty {
                    error(line: header.line, field: nil, Messages.noValueColumn)
                } else {
                    error(line: header.line, field: nil, Messages.severalValueColumns(candidates.map { header.names[$0] }))
                }
            }
        }
        if hasErrors { throw failure() }

        // Everything else: text columns become labels named after their header (unless the
        // declaration lists the labels); numeric columns are ignored.
        var usedNames = Set(plan.labels.map(\.name))
        var assignments: [ColumnAssignment] = []
        let periodColumnSet = Set(plan.periodColumns.map(\.column))
        for index in 0..<header.width {
            let role: ColumnAssignment.Role
            if index == plan.period {
                role = .period
            } else if index == plan.value {
                role = .value
            } else if index == plan.metric {
                role = .metric
            } else if let label = plan.labels.first(where: { $0.column == index }) {
                role = .label(label.name)
            } else if periodColumnSet.contains(index), let period = plan.periodColumns.first(where: { $0.column == index }) {
                role = .periodColumn(period.period.period, provisional: period.period.provisional)
            } else if !explicitLabels, !Self.ignoredNames.contains(normalized[index]),
                plan.layout == .wide || !profiles[index].numeric
            {
                var name = HeaderNames.identifier(header.names[index], column: index + 1)
                if usedNames.contains(name) {
                    var suffix = 2
                    while usedNames.contains("\(name)_\(suffix)") { suffix += 1 }
                    name = "\(name)_\(suffix)"
                }
                usedNames.insert(name)
                plan.labels.append((index, name))
                role = .label(name)
            } else {
                role = .ignored
            }
            assignments.append(ColumnAssignment(column: index + 1, header: header.names[index], role: role, declared: declared[index] != nil))
        }
        plan.labels.sort { $0.column < $1.column }
        plan.assignments = assignments
        return plan
    }
}
