extension Period {
    /// The allocation-free form of `parse(_:)` for import hot paths: the same notations
    /// (koers `2020`, `2021-H1`, `2021-Q3`, `2021-05`; CBS `2020JJ00`, `2021HJ01`, `2021KW03`,
    /// `2021MM05`), surrounding spaces ignored, trailing `*` marking a provisional figure.
    public static func parse(bytes: UnsafeBufferPointer<UInt8>) -> ParsedPeriod? {
        var lower = 0
        var upper = bytes.count
        while lower < upper, bytes[lower] == 0x20 { lower += 1 }
        while upper > lower, bytes[upper - 1] == 0x20 { upper -= 1 }
        var provisional = false
        while upper > lower, bytes[upper - 1] == UInt8(ascii: "*") {
            provisional = true
            upper -= 1
        }
        guard upper - lower >= 4, let year = number(bytes, lower, lower + 4) else { return nil }
        let rest = lower + 4
        let period: Period?
        switch upper - rest {
        case 0:
            period = .year(year)
        case 3 where bytes[rest] == UInt8(ascii: "-"):
            let kind = bytes[rest + 1] | 0x20  // lowercase
            if kind == UInt8(ascii: "h"), let n = number(bytes, rest + 2, upper) {
                period = Period(year: year, granularity: .halfYear, index: n)
            } else if kind == UInt8(ascii: "q"), let n = number(bytes, rest + 2, upper) {
                period = Period(year: year, granularity: .quarter, index: n)
            } else if let n = number(bytes, rest + 1, upper) {
                period = Period(year: year, granularity: .month, index: n)
            } else {
                period = nil
            }
        case 4:
            guard let n = number(bytes, rest + 2, upper) else { return nil }
            switch (bytes[rest], bytes[rest + 1]) {
            case (UInt8(ascii: "J"), UInt8(ascii: "J")): period = n == 0 ? .year(year) : nil
            case (UInt8(ascii: "H"), UInt8(ascii: "J")): period = Period(year: year, granularity: .halfYear, index: n)
            case (UInt8(ascii: "K"), UInt8(ascii: "W")): period = Period(year: year, granularity: .quarter, index: n)
            case (UInt8(ascii: "M"), UInt8(ascii: "M")): period = Period(year: year, granularity: .month, index: n)
            default: period = nil
            }
        default:
            period = nil
        }
        return period.map { ParsedPeriod(period: $0, provisional: provisional) }
    }

    private static func number(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Int? {
        guard from < to else { return nil }
        var value = 0
        for i in from..<to {
            let byte = bytes[i]
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }
}
