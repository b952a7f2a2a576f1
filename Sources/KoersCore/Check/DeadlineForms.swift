/// Deadlines written as part of a year or as a date in digits, and the month a fiscal year ends
/// in: forms the reader's year loop (`readDeadline`) does not read itself.
extension SentenceReader {
    /// Quarters by how they are written before "kwartaal"/"quarter" or as `Q3`.
    static let quarterWords: [String: Int] = [
        "q1": 1, "q2": 2, "q3": 3, "q4": 4, "eerste": 1, "tweede": 2, "derde": 3, "vierde": 4, "1e": 1, "2e": 2, "3e": 3,
        "4e": 4, "first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
    ]
    static let quarterNouns: Set<String> = ["kwartaal", "quarter"]

    /// The year loop's candidates with these forms added; a loop candidate that overlaps one of
    /// them gives way ("in 2025 Q3" is the quarter, not the year), and a fiscal year written as
    /// two years ends in June.
    func withMoreDeadlineForms(_ candidates: [DeadlineCandidate]) -> [DeadlineCandidate] {
        let forms = partOfYearDeadlines() + numericDateDeadlines()
        let kept = candidates.filter { candidate in
            !forms.contains { $0.first <= candidate.last && candidate.first <= $0.last }
        }
        return kept.map(fiscalYearEnding) + forms
    }

    /// "medio 2026", "mid-2026" (the middle of the year: the end of June, the first half-year's end),
    /// "Q3 2025", "2025 Q3", "in het derde kwartaal van 2025", "the third quarter of 2025".
    func partOfYearDeadlines() -> [DeadlineCandidate] {
        var found: [DeadlineCandidate] = []
        for index in tokens.indices {
            guard let year = freeYear(index) else { continue }
            var start = index
            var last = index
            var period: Period?
            if let lead = phraseEnding(.midYear, before: index) {
                start = lead
                period = Period(year: year, granularity: .month, index: 6)
            } else if let quarter = Self.quarterWords[word(index - 1)], word(index - 1).hasPrefix("q") {
                start = index - 1
                period = Period(year: year, granularity: .quarter, index: quarter)
            } else if let quarter = Self.quarterWords[word(index + 1)], word(index + 1).hasPrefix("q"),
                      !gap(index, index + 1).contains(where: { !" -".contains($0) }) {
                last = index + 1
                period = Period(year: year, granularity: .quarter, index: quarter)
            } else {
                // "derde kwartaal (van) 2025", "third quarter (of) 2025".
                let noun = ["van", "of"].contains(word(index - 1)) ? index - 2 : index - 1
                if Self.quarterNouns.contains(word(noun)), let quarter = Self.quarterWords[word(noun - 1)] {
                    start = ["het", "the"].contains(word(noun - 2)) ? noun - 2 : noun - 1
                    period = Period(year: year, granularity: .quarter, index: quarter)
                }
            }
            guard let period else { continue }
            found.append(DeadlineCandidate(period: period, first: leadStart(before: start), last: last))
        }
        return found
    }

    /// "uiterlijk 31-12-2025", "per 1-1-2026", "by 6/30/2025": a date in digits after a deadline
    /// lead (without one a date may be the document's own). The day comes first, unless the
    /// second number is above 12 (the American order). "vóór 1-1-2015", like "vóór 1 januari
    /// 2015", is done in 2014.
    func numericDateDeadlines() -> [DeadlineCandidate] {
        tokens.indices.compactMap { index in
            guard let year = numericDateYear(at: index), let day = tokens[index - 2].number, let second = tokens[index - 1].number else { return nil }
            let before = phraseEnding(.before, before: index - 2) != nil || word(index - 3) == "voor"
            guard let lead = phraseEnding(.deadline, before: index - 2) ?? phraseEnding(.before, before: index - 2) else { return nil }
            let month = second > 12 ? Int(day) : Int(second)
            let period = before && day == 1 && second == 1 ? Period.year(year - 1) : Period(year: year, granularity: .month, index: month)
            return period.map { DeadlineCandidate(period: $0, first: lead, last: index) }
        }
    }

    /// The year of a date in digits ending at `index` ("31-12-2025", "1/1/2026", "31.12.2025").
    func numericDateYear(at index: Int) -> Int? {
        guard index >= 2, let year = tokens[index].year, case .number(let first, true) = tokens[index - 2].kind,
              case .number(let second, true) = tokens[index - 1].kind, first >= 1, second >= 1, min(first, second) <= 12, max(first, second) <= 31,
              let mark = gap(index - 2, index - 1).first, ["-", "/", "."].contains(mark), gap(index - 2, index - 1) == String(mark),
              gap(index - 1, index) == String(mark), index < 3 || gap(index - 3, index - 2).last != mark else { return nil }
        return year
    }

    /// The day and month of a date in digits are part of it, never a value: "uiterlijk 31-12-2025
    /// 500 woningen" does not propose 31.
    mutating func markNumericDates() {
        for index in tokens.indices where numericDateYear(at: index) != nil {
            use((index - 2)...(index - 1))
        }
    }

    /// The first token of a deadline lead ("uiterlijk", "by the end of") right before `index`, else `index`.
    func leadStart(before index: Int) -> Int {
        phraseEnding(.deadline, before: index) ?? phraseEnding(.before, before: index) ?? index
    }

    /// "FY 2015-16", "FY 2024-2025", "fiscal year 2025-26": a fiscal year named by two calendar
    /// years runs from July to June in most US cities (and in Australia), so it ends in June of
    /// the second. A UK financial year is written "2023/24" and ends in March (`financialYearEnd`);
    /// "FY 2023", one year, names no month and stays the year.
    func fiscalYearEnding(_ candidate: DeadlineCandidate) -> DeadlineCandidate {
        guard candidate.period.granularity == .year,
              let start = (candidate.first...candidate.last).first(where: { tokens[$0].year != nil }), start < candidate.last,
              Int(candidate.period.year) == (tokens[start].year ?? 0) + 1,
              word(start - 1) == "fy" || (word(start - 2) == "fiscal" && word(start - 1) == "year"),
              let june = Period(year: Int(candidate.period.year), granularity: .month, index: 6) else { return candidate }
        var ending = candidate
        ending.period = june
        return ending
    }
}
