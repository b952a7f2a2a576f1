/// Output built line by line in one growing string, for reports with tens of thousands of
/// lines (`check` of a national goal file): no array of lines, no per-line joins, and widths
/// counted without walking grapheme clusters when the text is plain ASCII.
///
/// The output is exactly that of `CheckRenderer.hanging` and `wrap`: same breaks, same widths
/// in characters.
struct WrappedLines {
    private(set) var text = ""
    /// The line being wrapped, reused between calls.
    private var line = ""

    init(reservingCapacity capacity: Int) {
        text.reserveCapacity(capacity)
    }

    /// Whether anything was written yet.
    var isEmpty: Bool { text.isEmpty }

    /// One line as it is.
    mutating func append(_ line: String) {
        text += line
        text += "\n"
    }

    /// `CheckRenderer.hanging(first, body, width:)`, each line ended by a newline.
    mutating func appendHanging(_ first: String, _ body: String, width: Int?) {
        let firstCount = Self.characterCount(first)
        guard let width, firstCount + Self.characterCount(body) > width, width - firstCount >= 20 else {
            text += first
            text += body
            text += "\n"
            return
        }
        let limit = width - firstCount
        var onFirstLine = true
        func flush() {
            if onFirstLine {
                text += first
                onFirstLine = false
            } else {
                for _ in 0..<firstCount { text += " " }
            }
            text += line
            text += "\n"
            line.removeAll(keepingCapacity: true)
        }
        var lineCount = 0
        var lastScalar: UInt32 = 0
        for word in body.split(separator: " ", omittingEmptySubsequences: true) {
            let wordCount = Self.characterCount(word)
            if !line.isEmpty, lineCount + 1 + wordCount > limit { flush() }
            let firstScalar = word.unicodeScalars.first?.value ?? 0
            if line.isEmpty {
                line += word
                lineCount = wordCount
            } else {
                line += " "
                line += word
                // Below U+0300 no scalar joins a space into one character (combining marks,
                // joiners and prepended marks all lie above); otherwise count the line itself.
                lineCount = lastScalar < 0x300 && firstScalar < 0x300 ? lineCount + 1 + wordCount : line.count
            }
            lastScalar = word.unicodeScalars.last?.value ?? 0
        }
        if !line.isEmpty { flush() }
    }

    /// `text.count`, read off the UTF-8 length when every byte is ASCII other than a carriage
    /// return (CR LF is one character).
    static func characterCount(_ text: some StringProtocol) -> Int {
        let utf8 = text.utf8
        var plain = true
        for byte in utf8 where byte >= 0x80 || byte == 0x0D {
            plain = false
            break
        }
        return plain ? utf8.count : text.count
    }
}
