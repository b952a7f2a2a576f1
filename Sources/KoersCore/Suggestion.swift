/// "Did you mean": the closest known word to a misspelled one, by edit distance. Every
/// suggestion koers makes (goal-file keywords and fields, goal and metric ids, commands,
/// help topics, rule codes, command-line options) follows this one rule.
public enum Suggestion {
    /// The candidate nearest to `word`, if it is near enough to be a likely misspelling:
    /// at most one edit for words of up to four characters, two for longer ones, where
    /// inserting, deleting or replacing a character, or swapping two neighbours, is one edit
    /// (counted in Unicode scalars, so case and accents count). Of equally near candidates,
    /// the one listed first; nil when none is near enough.
    public static func closest(to word: String, among candidates: [String]) -> String? {
        let typed = Array(word.unicodeScalars)
        let limit = typed.count <= 4 ? 1 : 2
        var best: (word: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(typed, Array(candidate.unicodeScalars), limit: limit)
            if distance <= limit, distance < (best?.distance ?? Int.max) {
                best = (candidate, distance)
            }
        }
        return best?.word
    }

    /// Levenshtein distance (insert, delete, substitute, and swapping two neighbours counts as one),
    /// giving up early once every path exceeds `limit`.
    public static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var beforePrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                var distance = min(previous[j] + 1, current[j - 1] + 1, substitution)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    distance = min(distance, beforePrevious[j - 2] + 1)
                }
                current[j] = distance
                rowMinimum = min(rowMinimum, distance)
            }
            if rowMinimum > limit { return limit + 1 }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[b.count]
    }
}
