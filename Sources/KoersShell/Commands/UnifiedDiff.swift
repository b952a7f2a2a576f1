/// A unified diff of two texts, line by line, as `git diff` shows it: `---`/`+++` headers and
/// hunks with three lines of context.
public enum UnifiedDiff {
    public static func make(old: String, new: String, oldName: String, newName: String, context: Int = 3) -> String {
        let a = lines(old), b = lines(new)
        let script = editScript(a, b)
        guard script.contains(where: { $0.kind != .same }) else { return "" }
        var out = "--- \(oldName)\n+++ \(newName)\n"
        var index = 0
        while index < script.count {
            guard let change = script[index...].firstIndex(where: { $0.kind != .same }) else { break }
            let start = max(index, change - context)
            // A hunk runs on while changes are at most 2 × context lines apart.
            var end = change
            var lastChange = change
            while end < script.count {
                if script[end].kind != .same { lastChange = end }
                if end - lastChange > 2 * context { break }
                end += 1
            }
            end = min(script.count, lastChange + context + 1)
            let hunk = script[start..<end]
            let oldStart = hunk.first?.oldLine ?? 0, newStart = hunk.first?.newLine ?? 0
            let oldCount = hunk.filter { $0.kind != .insert }.count, newCount = hunk.filter { $0.kind != .delete }.count
            out += "@@ -\(range(oldStart, oldCount)) +\(range(newStart, newCount)) @@\n"
            for step in hunk {
                switch step.kind {
                case .same: out += " " + a[step.oldLine] + "\n"
                case .delete: out += "-" + a[step.oldLine] + "\n"
                case .insert: out += "+" + b[step.newLine] + "\n"
                }
            }
            index = end
        }
        return out
    }

    private static func range(_ start: Int, _ count: Int) -> String {
        count == 0 ? "\(start),0" : count == 1 ? "\(start + 1)" : "\(start + 1),\(count)"
    }

    private static func lines(_ text: String) -> [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    struct Step {
        enum Kind { case same, delete, insert }
        var kind: Kind
        /// 0-based line in the old text (for an insert: the old line it comes before).
        var oldLine: Int
        var newLine: Int
    }

    /// The shortest edit script (Myers), the common head and tail taken off first so that
    /// a small edit of a large file stays fast.
    static func editScript(_ a: [String], _ b: [String]) -> [Step] {
        var head = 0
        while head < a.count, head < b.count, a[head] == b[head] { head += 1 }
        var tail = 0
        while tail < a.count - head, tail < b.count - head, a[a.count - 1 - tail] == b[b.count - 1 - tail] { tail += 1 }
        let middleA = Array(a[head..<a.count - tail]), middleB = Array(b[head..<b.count - tail])
        var steps = (0..<head).map { Step(kind: .same, oldLine: $0, newLine: $0) }
        steps += myers(middleA, middleB).map { Step(kind: $0.kind, oldLine: $0.oldLine + head, newLine: $0.newLine + head) }
        steps += (0..<tail).map { Step(kind: .same, oldLine: a.count - tail + $0, newLine: b.count - tail + $0) }
        return steps
    }

    private static func myers(_ a: [String], _ b: [String]) -> [Step] {
        let n = a.count, m = b.count
        let maximum = n + m
        guard maximum > 0 else { return [] }
        var frontier = [Int](repeating: 0, count: 2 * maximum + 2)
        var trace: [[Int]] = []
        search: for d in 0...maximum {
            trace.append(frontier)
            for k in stride(from: -d, through: d, by: 2) {
                var x = k == -d || (k != d && frontier[maximum + k - 1] < frontier[maximum + k + 1])
                    ? frontier[maximum + k + 1] : frontier[maximum + k - 1] + 1
                var y = x - k
                while x < n, y < m, a[x] == b[y] { x += 1; y += 1 }
                frontier[maximum + k] = x
                if x >= n, y >= m { break search }
            }
        }
        var steps: [Step] = []
        var x = n, y = m
        for d in stride(from: trace.count - 1, through: 0, by: -1) {
            let v = trace[d]
            let k = x - y
            let previousK = k == -d || (k != d && v[maximum + k - 1] < v[maximum + k + 1]) ? k + 1 : k - 1
            let previousX = d == 0 ? 0 : v[maximum + previousK]
            let previousY = previousX - previousK
            while x > previousX, y > previousY {
                x -= 1; y -= 1
                steps.append(Step(kind: .same, oldLine: x, newLine: y))
            }
            if d > 0 {
                if x == previousX {
                    y -= 1
                    steps.append(Step(kind: .insert, oldLine: x, newLine: y))
                } else {
                    x -= 1
                    steps.append(Step(kind: .delete, oldLine: x, newLine: y))
                }
            }
        }
        return steps.reversed()
    }
}
