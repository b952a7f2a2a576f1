/// Which goals say something about the same thing, for `conflicting-goals`: goals measured by
/// the same series, and goals whose titles share most of their content words. Built once per
/// check, so that a file of forty thousand goals is not compared pair by pair.
struct GoalOverlap: Sendable {
    /// Goal indices per series, for series with more than one goal.
    private let bySeries: [SeriesKey: [Int]]
    /// For each goal, the goals whose titles say mostly the same as its title, where one of
    /// the two has no metric.
    private let sameIntent: [Int: [Int]]
    private let goals: [Goal]
    private let indexByID: [String: Int]

    /// Words shorter than this carry little meaning ("de", "van", "the", "waar", "with").
    static let minimumContentWordLength = 5
    /// Shared content words two titles need to be read as one intent.
    static let minimumSharedWords = 3
    /// The share of the shorter title's content words the shared ones must make up.
    static let minimumSharedFraction = 2.0 / 3.0

    init(goals: [Goal]) {
        self.goals = goals
        var series: [SeriesKey: [Int]] = [:]
        for (index, goal) in goals.enumerated() {
            if let key = goal.metric { series[key, default: []].append(index) }
        }
        bySeries = series.filter { $0.value.count > 1 }
        sameIntent = Self.sameIntentPairs(goals)
        // Goals are found by id only among those whose titles say the same as another's.
        var indexByID: [String: Int] = [:]
        if !sameIntent.isEmpty {
            for (index, goal) in goals.enumerated() { indexByID[goal.id] = indexByID[goal.id] ?? index }
        }
        self.indexByID = indexByID
    }

    /// Titles are compared only where a goal has no metric to link it: that is where the same
    /// intent can hide under the words of different documents. Goals sharing no content word
    /// are never compared.
    private static func sameIntentPairs(_ goals: [Goal]) -> [Int: [Int]] {
        let unlinked = goals.indices.filter { goals[$0].metric == nil && statesSomething(goals[$0]) }
        guard !unlinked.isEmpty else { return [:] }
        var words: [Int: Set<String>] = [:]
        var goalsByWord: [String: [Int]] = [:]
        for index in goals.indices where statesSomething(goals[index]) {
            let content = contentWords(of: goals[index].title)
            words[index] = content
            for word in content { goalsByWord[word, default: []].append(index) }
        }
        var pairs: [Int: Set<Int>] = [:]
        for index in unlinked {
            guard let own = words[index] else { continue }
            var shared: [Int: Int] = [:]
            for word in own {
                for other in goalsByWord[word] ?? [] where other != index { shared[other, default: 0] += 1 }
            }
            for (other, count) in shared {
                let shorter = min(own.count, words[other]?.count ?? 0)
                guard count >= minimumSharedWords, Double(count) >= minimumSharedFraction * Double(shorter) else { continue }
                pairs[index, default: []].insert(other)
                pairs[other, default: []].insert(index)
            }
        }
        return pairs.mapValues { $0.sorted() }
    }

    /// Whether a goal says what it aims at or by when: only then can two goals disagree.
    private static func statesSomething(_ goal: Goal) -> Bool {
        hasValue(goal.target) || goal.deadline != nil
    }

    private static func hasValue(_ target: Target?) -> Bool {
        switch target?.value {
        case nil, .qualitative?: false
        default: true
        }
    }

    static func contentWords(of title: String) -> Set<String> {
        Set(TextFolding.words(of: Array(title)).map(\.folded).filter { word in
            word.count >= minimumContentWordLength && !word.allSatisfy(\.isNumber)
        })
    }

    /// The other goals on the same series as `goal` that disagree with it on the target or the
    /// deadline, in file order.
    func sameSeriesConflicts(of goal: Goal) -> [Goal] {
        guard let key = goal.metric, let indices = bySeries[key] else { return [] }
        return indices.map { goals[$0] }.filter { $0.id != goal.id && Self.disagree(goal, $0) }
    }

    /// The other goals whose titles say mostly the same (one of the two has no metric) and that
    /// disagree with `goal` on the target or the deadline, in file order.
    func sameIntentConflicts(of goal: Goal) -> [Goal] {
        guard let index = indexByID[goal.id], let others = sameIntent[index] else { return [] }
        return others.map { goals[$0] }.filter { $0.id != goal.id && Self.disagree(goal, $0) }
    }

    /// Both state a target with a value, or both a deadline, and what they state differs. A
    /// word where the number belongs says no value to disagree with (`qualitative-target` speaks).
    static func disagree(_ lhs: Goal, _ rhs: Goal) -> Bool {
        let targets = hasValue(lhs.target) && hasValue(rhs.target) && lhs.target != rhs.target
        let deadlines = lhs.deadline != nil && rhs.deadline != nil && lhs.deadline != rhs.deadline
        return targets || deadlines
    }
}
