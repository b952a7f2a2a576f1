/// Where `find WORD` found a word in a goal.
public enum GoalSearchField: String, Sendable, Hashable, CaseIterable {
    case id, title, notes, source
}

/// A goal that contains the word, with the fields it was found in and the first text it was
/// found in (a title, a note or a source as written; the title when only the id holds it).
public struct GoalSearchMatch: Sendable, Hashable {
    public let goal: Goal
    public let fields: [GoalSearchField]
    public let line: String
}

/// `find`: goals whose id, title, notes or source contain a word, ignoring case and accents
/// ("een" finds "één").
public enum GoalSearch {
    public static func matches(of word: String, in goals: [Goal]) -> [GoalSearchMatch] {
        let wanted = TextFolding.fold(word)
        guard !wanted.isEmpty else { return [] }
        return goals.compactMap { goal in
            let sourceText = goal.source.map { reference in reference.document + (reference.section.map { ", " + $0 } ?? "") }
            let candidates: [(GoalSearchField, [String])] = [
                (.id, [goal.id]), (.title, [goal.title]), (.notes, goal.notes), (.source, sourceText.map { [$0] } ?? []),
            ]
            var fields: [GoalSearchField] = []
            var firstLine: String?
            for (field, texts) in candidates {
                guard let hit = texts.first(where: { TextFolding.fold($0).contains(wanted) }) else { continue }
                fields.append(field)
                if firstLine == nil, field != .id { firstLine = hit }
            }
            // Found in the id alone: the title says which goal that is.
            return fields.isEmpty ? nil : GoalSearchMatch(goal: goal, fields: fields, line: firstLine ?? goal.title)
        }
    }
}
