/// The notation of numbers in a file: Dutch writes `49.525` and `7,2`, English `49,525` and `7.2`.
public enum NumberNotation: String, Sendable, Hashable, Codable, CaseIterable {
    case dutch = "nl"
    case english = "en"

    public var decimalMark: UInt8 { self == .dutch ? UInt8(ascii: ",") : UInt8(ascii: ".") }
    public var groupingMark: UInt8 { self == .dutch ? UInt8(ascii: ".") : UInt8(ascii: ",") }

    public init(_ language: Language) { self = language == .nl ? .dutch : .english }
}

/// Why a number could not be read.
public enum NumberReadError: Error, Sendable, Hashable {
    /// Not a number at all.
    case notANumber
    /// `1.234` or `1,234` with nothing to say which notation is meant: the two readings.
    case ambiguous(dutch: Double, english: Double)
    /// Valid in the other notation only (`1.234,5` in an English file).
    case wrongNotation(expected: NumberNotation)
}

/// Reads and writes numbers in Dutch and English notation without ever guessing.
///
/// A number is a sign, digits, at most one decimal mark and grouping marks between groups of
/// three digits. Which mark is which follows from the number itself where it can (`1.234,5`,
/// `7,25`, `1.234.567`) and from the file's notation where it cannot (`49.525`); when neither
/// says, the number is ambiguous and rejected.
public enum NumberReader {
    public static func read(_ text: some StringProtocol, notation: NumberNotation?) -> Result<Double, NumberReadError> {
        var utf8 = Array(text.utf8)
        return utf8.withUnsafeMutableBufferPointer { read(UnsafeBufferPointer($0), notation: notation) }
    }

    /// The byte-level reader used by the importers. Leading and trailing spaces are ignored.
    public static func read(_ bytes: UnsafeBufferPointer<UInt8>, notation: NumberNotation?) -> Result<Double, NumberReadError> {
        var lower = 0
        var upper = bytes.count
        while lower < upper, bytes[lower] == 0x20 { lower += 1 }
        while upper > lower, bytes[upper - 1] == 0x20 { upper -= 1 }
        guard lower < upper else { return .failure(.notANumber) }

        var negative = false
        if bytes[lower] == UInt8(ascii: "-") || bytes[lower] == UInt8(ascii: "+") {
            negative = bytes[lower] == UInt8(ascii: "-")
            lower += 1
        }
        guard lower < upper else { return .failure(.notANumber) }

        // One pass: collect digits into an integer mantissa and note where the marks are.
        var mantissa: UInt64 = 0
        var significantDigits = 0
        var droppedDigits = 0  // digits beyond what the mantissa holds, before the last mark
        var digitCount = 0
        var dots = 0, commas = 0
        var lastMark: UInt8 = 0
        var lastMarkDigitIndex = -1  // digitCount at the last mark
        var groupsWellFormed = true  // every pair of consecutive marks is three digits apart
        var firstMarkDigitIndex = -1
        var previousWasMark = true  // a mark may not lead, trail or double
        for i in lower..<upper {
            let byte = bytes[i]
            if byte >= 0x30, byte <= 0x39 {
                if significantDigits < 18 {
                    mantissa = mantissa &* 10 &+ UInt64(byte - 0x30)
                    if mantissa > 0 { significantDigits += 1 }
                } else {
                    droppedDigits += 1
                }
                digitCount += 1
                previousWasMark = false
            } else if byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",") {
                if previousWasMark { return .failure(.notANumber) }
                if byte == UInt8(ascii: ".") { dots += 1 } else { commas += 1 }
                if firstMarkDigitIndex < 0 { firstMarkDigitIndex = digitCount }
                if lastMarkDigitIndex >= 0, digitCount - lastMarkDigitIndex != 3 { groupsWellFormed = false }
                lastMarkDigitIndex = digitCount
                lastMark = byte
                previousWasMark = true
            } else {
                return .failure(.notANumber)
            }
        }
        if previousWasMark { return .failure(.notANumber) }

        func value(fractionDigits: Int) -> Double {
            // Digits dropped from the mantissa scale it up; fraction digits scale it down.
            let exponent = droppedDigits - fractionDigits
            var v = Double(mantissa)
            if exponent > 0 {
                v *= power10(exponent)
            } else if exponent < 0 {
                v /= power10(-exponent)
            }
            return negative ? -v : v
        }

        let marks = dots + commas
        if marks == 0 { return .success(value(fractionDigits: 0)) }

        let digitsAfterLast = digitCount - lastMarkDigitIndex
        let leadingGroupOK = firstMarkDigitIndex >= 1 && firstMarkDigitIndex <= 3

        if dots > 0 && commas > 0 {
            // Both marks: the last one is the decimal mark, and it must occur once;
            // the other one groups thousands.
            let decimalCount = lastMark == UInt8(ascii: ".") ? dots : commas
            guard decimalCount == 1 else { return .failure(.notANumber) }
            // Grouping: the first group 1–3 digits, then groups of three up to the decimal mark.
            guard leadingGroupOK, groupsWellFormed else { return .failure(.notANumber) }
            let found: NumberNotation = lastMark == UInt8(ascii: ",") ? .dutch : .english
            if let notation, notation != found { return .failure(.wrongNotation(expected: notation)) }
            return .success(value(fractionDigits: digitsAfterLast))
        }

        // One kind of mark.
        let mark = lastMark
        let count = marks
        if count > 1 {
            // Several of the same mark can only group thousands: 1.234.567.
            guard leadingGroupOK, groupsWellFormed, digitsAfterLast == 3 else { return .failure(.notANumber) }
            let found: NumberNotation = mark == UInt8(ascii: ".") ? .dutch : .english
            if let notation, notation != found { return .failure(.wrongNotation(expected: notation)) }
            return .success(value(fractionDigits: 0))
        }

        // A single mark. With three digits after it and one to three before, it can group
        // thousands or be a decimal mark: only the notation can tell.
        let asDecimal = value(fractionDigits: digitsAfterLast)
        if digitsAfterLast == 3 && leadingGroupOK && !(firstMarkDigitIndex == 1 && mantissaStartsWithZero(bytes, from: lower)) {
            let asGrouping = value(fractionDigits: 0)
            let markIsDot = mark == UInt8(ascii: ".")
            switch notation {
            case .dutch?: return .success(markIsDot ? asGrouping : asDecimal)
            case .english?: return .success(markIsDot ? asDecimal : asGrouping)
            case nil:
                return .failure(.ambiguous(dutch: markIsDot ? asGrouping : asDecimal, english: markIsDot ? asDecimal : asGrouping))
            }
        }
        return .success(asDecimal)
    }

    /// `0.125` cannot group thousands: a leading zero group is always a decimal.
    private static func mantissaStartsWithZero(_ bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Bool {
        bytes[index] == UInt8(ascii: "0")
    }

    private static let exactPowersOf10: [Double] = (0...22).map { n in
        (0..<n).reduce(1.0) { product, _ in product * 10 }
    }

    /// Powers up to 10^22 are exact doubles, so `mantissa / 10^k` is correctly rounded.
    private static func power10(_ n: Int) -> Double {
        if n < exactPowersOf10.count { return exactPowersOf10[n] }
        var result = exactPowersOf10[22]
        for _ in 22..<min(n, 400) { result *= 10 }
        return result
    }
}

/// Writes numbers the way the reader's language writes them: `49.525` and `7,2` in Dutch,
/// `49,525` and `7.2` in English.
public enum NumberWriter {
    /// Rounds to at most `maxFractionDigits` and drops trailing zeros; groups thousands
    /// when `grouping` is set. Non-finite values print as `–`.
    public static func format(
        _ value: Double,
        notation: NumberNotation,
        maxFractionDigits: Int = 2,
        minFractionDigits: Int = 0,
        grouping: Bool = true
    ) -> String {
        guard value.isFinite else { return "–" }
        let digits = max(0, min(maxFractionDigits, 15))
        let scale = (0..<digits).reduce(1.0) { product, _ in product * 10 }
        let scaled = (abs(value) * scale).rounded()
        // Beyond 2^53 doubles are integers already; print them without a fraction.
        guard scaled < 9.0e15 else {
            return (value < 0 ? "-" : "") + group(String(format0: abs(value).rounded()), notation: notation, grouping: grouping)
        }
        let whole = UInt64(scaled)
        let unit = UInt64(scale)
        let integerPart = whole / unit
        // With no fraction digits the unit is 1 and the remainder always 0: nothing to print.
        var fraction = digits == 0 ? "" : String(whole % unit)
        fraction = String(repeating: "0", count: digits - fraction.count) + fraction
        while fraction.count > minFractionDigits, fraction.hasSuffix("0") { fraction.removeLast() }
        let sign = value < 0 && whole > 0 ? "-" : ""
        var out = sign + group(String(integerPart), notation: notation, grouping: grouping)
        if !fraction.isEmpty { out += String(UnicodeScalar(notation.decimalMark)) + fraction }
        return out
    }

    private static func group(_ digits: String, notation: NumberNotation, grouping: Bool) -> String {
        guard grouping, digits.count > 3 else { return digits }
        var out = ""
        for (offset, character) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { out.append(Character(UnicodeScalar(notation.groupingMark))) }
            out.append(character)
        }
        return out
    }
}

private extension String {
    /// The integer digits of a whole, non-negative double beyond 2^53: the shortest digits
    /// that read back as the same double, then zeros (1e23 is `100000000000000000000000`).
    /// Peeling digits off with floating-point division would invent digits (`…000002`).
    init(format0 value: Double) {
        let text = "\(value)"  // `9007199254740993.0` or `1.2345e+23`
        let parts = text.split(separator: "e")
        let mantissa = parts[0].split(separator: ".", omittingEmptySubsequences: false)
        let whole = String(mantissa[0])
        var fraction = mantissa.count > 1 ? String(mantissa[1]) : ""
        if fraction == "0" { fraction = "" }
        let exponent = parts.count > 1 ? Int(parts[1].drop { $0 == "+" }) ?? 0 : 0
        let digits = whole + fraction
        let length = whole.count + exponent
        let padded = length >= digits.count
            ? digits + String(repeating: "0", count: length - digits.count)
            : String(digits.prefix(Swift.max(1, length)))
        self = padded
    }
}

extension NumberReader {
    /// The notation a number's own text proves, if any: `7,2` and `1.234,5` are Dutch, `7.2`,
    /// `0.125` and `1,234.5` English, `1.234.567` Dutch; `49.525`, `1,234` and `12` prove nothing.
    /// Importers decide a file's notation from the evidence of all its values.
    public static func notationEvidence(_ bytes: UnsafeBufferPointer<UInt8>) -> NumberNotation? {
        var digitCount = 0
        var dots = 0, commas = 0
        var lastMark: UInt8 = 0
        var lastMarkDigitIndex = -1
        var firstDigit: UInt8 = 0
        var digitsBeforeFirstMark = -1
        for byte in bytes {
            if byte >= 0x30, byte <= 0x39 {
                if digitCount == 0 { firstDigit = byte }
                digitCount += 1
            } else if byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",") {
                if byte == UInt8(ascii: ".") { dots += 1 } else { commas += 1 }
                if digitsBeforeFirstMark < 0 { digitsBeforeFirstMark = digitCount }
                lastMark = byte
                lastMarkDigitIndex = digitCount
            }
        }
        let marks = dots + commas
        guard marks > 0 else { return nil }
        let markIsComma = lastMark == UInt8(ascii: ",")
        if dots > 0 && commas > 0 { return markIsComma ? .dutch : .english }
        // Several of one mark group thousands.
        if marks > 1 { return markIsComma ? .english : .dutch }
        let digitsAfter = digitCount - lastMarkDigitIndex
        let groupingPossible = digitsAfter == 3 && (1...3).contains(digitsBeforeFirstMark)
            && !(digitsBeforeFirstMark == 1 && firstDigit == UInt8(ascii: "0"))
        if groupingPossible { return nil }
        return markIsComma ? .dutch : .english
    }
}
