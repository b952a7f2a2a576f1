/// The ways exports write a period, beyond koers's own (`2021-Q1`) and CBS's (`2021KW01`):
/// `2021 K1`, `2021-K1`, `K1 2021`, `Q1 2021`, `2021Q1`, `1e kwartaal 2021`, `jan 2021`,
/// `januari 2021`, `H1 2021`, `2e halfjaar 2021`, and dates (`2021-03-31`, `31-03-2021`).
/// A date is a day, which no figure covers: it stands for the period that contains it at the
/// granularity asked for (the metric's frequency), so `2021-03-31` is `2021-Q1` for a quarterly
/// metric and `2021` for a yearly one. docs/importing.md lists every spelling.
public enum PeriodSpelling {
    /// `text` as a period, a date standing for the period of `dates` that contains it.
    public static func parse(_ text: some StringProtocol, dates: Granularity = .month) -> ParsedPeriod? {
        if let canonical = Period.parse(text) { return canonical }
        var words = Substring(text).lowercased()
        var provisional = false
        while words.hasSuffix("*") {
            provisional = true
            words.removeLast()
        }
        let tokens = tokens(of: words)
        guard let period = period(tokens) ?? date(tokens, dates) else { return nil }
        return ParsedPeriod(period: period, provisional: provisional)
    }

    /// A token: a run of digits, or of letters (with `.` kept out: `jan.` is `jan`).
    private enum Token: Equatable {
        case number(Int, digits: Int)
        case word(String)
        case separator(Character)
    }

    private static func tokens(of text: String) -> [Token] {
        var tokens: [Token] = []
        var current = ""
        func flush() {
            guard !current.isEmpty else { return }
            if let number = Int(current), current.allSatisfy(\.isASCII) {
                tokens.append(.number(number, digits: current.count))
            } else {
                tokens.append(.word(current))
            }
            current = ""
        }
        for character in text {
            if character.isNumber && character.isASCII {
                if let last = current.last, !last.isNumber { flush() }
                current.append(character)
            } else if character.isLetter {
                if let last = current.last, last.isNumber { flush() }
                current.append(character)
            } else {
                flush()
                if character == "-" || character == "/" { tokens.append(.separator(character)) }
                // Spaces, dots and commas only separate.
            }
        }
        flush()
        return tokens
    }

    /// A quarter, half-year or month with its year, in either order.
    private static func period(_ tokens: [Token]) -> Period? {
        let meaningful = tokens.filter { if case .separator = $0 { false } else { true } }
        guard let year = meaningful.lazy.compactMap(fourDigitYear).first else { return nil }
        let rest = meaningful.filter { fourDigitYear($0) != year }
        guard meaningful.count == rest.count + 1 else { return nil }
        switch (rest.count, rest.first, rest.dropFirst().first, rest.last) {
        // `K1`, `Q1`, `H1`, `KW1`, `HJ1`; `1 kwartaal`.
        case let (2, .word(kind)?, .number(index, _)?, _), let (2, .number(index, _)?, .word(kind)?, _):
            return marked(kind, index, year) ?? named(kind, index, year)
        // `1e kwartaal`, `2de halfjaar`, `3rd quarter`.
        case let (3, .number(index, _)?, .word(ordinal)?, .word(kind)?) where ordinals.contains(ordinal):
            return named(kind, index, year)
        // `eerste kwartaal`, `kwartaal eerste`.
        case let (2, .word(first)?, .word(second)?, _):
            if let index = ordinalWords[first] { return named(second, index, year) }
            return ordinalWords[second].flatMap { named(first, $0, year) }
        // `jan`, `januari`, `march`.
        case let (1, .word(name)?, _, _):
            return months[name].flatMap { Period(year: year, granularity: .month, index: $0) }
        // `03-2021`, `2021/03`: a month in two digits.
        case let (1, .number(month, 2)?, _, _):
            return Period(year: year, granularity: .month, index: month)
        default:
            return nil
        }
    }

    /// `2021-03-31` or `31-03-2021` (also with `/` or `.`): day first or year first, never month first.
    private static func date(_ tokens: [Token], _ granularity: Granularity) -> Period? {
        let numbers = tokens.compactMap { token -> (value: Int, digits: Int)? in
            if case let .number(value, digits) = token { (value, digits) } else { nil }
        }
        let separators = tokens.compactMap { token -> Character? in if case let .separator(mark) = token { mark } else { nil } }
        guard numbers.count == 3, tokens.count == numbers.count + separators.count, Set(separators).count <= 1 else { return nil }
        let (year, month, day): (Int, Int, Int)
        if numbers[0].digits == 4, numbers[1].digits <= 2, numbers[2].digits <= 2 {
            (year, month, day) = (numbers[0].value, numbers[1].value, numbers[2].value)
        } else if numbers[2].digits == 4, numbers[0].digits <= 2, numbers[1].digits <= 2 {
            (year, month, day) = (numbers[2].value, numbers[1].value, numbers[0].value)
        } else {
            return nil
        }
        guard (1...12).contains(month), (1...CalendarDate.days(inMonth: month, year: year)).contains(day) else { return nil }
        return Period(year: year, granularity: granularity, index: (month - 1) / granularity.monthsPerPeriod + 1)
    }

    private static func fourDigitYear(_ token: Token) -> Int? {
        if case let .number(value, 4) = token { value } else { nil }
    }

    private static func marked(_ kind: String, _ index: Int, _ year: Int) -> Period? {
        switch kind {
        case "k", "q", "kw": Period(year: year, granularity: .quarter, index: index)
        case "h", "hj", "s": Period(year: year, granularity: .halfYear, index: index)
        case "m", "mm": Period(year: year, granularity: .month, index: index)
        default: nil
        }
    }

    private static func named(_ kind: String, _ index: Int, _ year: Int) -> Period? {
        switch kind {
        case "kwartaal", "quarter", "kw": Period(year: year, granularity: .quarter, index: index)
        case "halfjaar", "half", "semester": Period(year: year, granularity: .halfYear, index: index)
        default: nil
        }
    }

    private static let ordinals: Set<String> = ["e", "ste", "de", "st", "nd", "rd", "th"]
    private static let ordinalWords = [
        "eerste": 1, "tweede": 2, "derde": 3, "vierde": 4, "first": 1, "second": 2, "third": 3, "fourth": 4,
    ]

    /// Dutch and English month names and their abbreviations.
    static let months: [String: Int] = {
        let names = [
            ["jan", "januari", "january"], ["feb", "februari", "february"], ["mrt", "maart", "mar", "march", "maa"],
            ["apr", "april"], ["mei", "may"], ["jun", "juni", "june"], ["jul", "juli", "july"], ["aug", "augustus", "august"],
            ["sep", "sept", "september"], ["okt", "oktober", "oct", "october"], ["nov", "november"], ["dec", "december"],
        ]
        var months: [String: Int] = [:]
        for (index, spellings) in names.enumerated() {
            for spelling in spellings { months[spelling] = index + 1 }
        }
        return months
    }()
}
