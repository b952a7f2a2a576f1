import Glibc
import Testing
import KoersShell

@Suite struct TerminalTests {
    @Test func aPipeIsNoTerminal() {
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        defer { close(ends[0]); close(ends[1]) }
        #expect(!Terminal.isTerminal(ends[0]))
        #expect(!Terminal.isTerminal(ends[1]))
    }

    @Test func widthWithoutATerminalComesFromColumnsThenDefaults() {
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        defer { close(ends[0]); close(ends[1]) }
        #expect(Terminal.width(of: ends[1], environment: ["COLUMNS": "132"]) == 132)
        #expect(Terminal.width(of: ends[1], environment: ["COLUMNS": "wide"]) == 80)
        #expect(Terminal.width(of: ends[1], environment: ["COLUMNS": "-5"]) == 80)
        #expect(Terminal.width(of: ends[1], environment: [:]) == 80)
    }

    @Test func widthOfAPseudoTerminalIsItsWindowSize() throws {
        var primary: Int32 = -1
        var secondary: Int32 = -1
        var size = winsize(ws_row: 24, ws_col: 101, ws_xpixel: 0, ws_ypixel: 0)
        try #require(openpty(&primary, &secondary, nil, nil, &size) == 0)
        defer { close(primary); close(secondary) }
        #expect(Terminal.isTerminal(secondary))
        #expect(Terminal.width(of: secondary, environment: ["COLUMNS": "132"]) == 101)
    }

    @Test func colorsOnlyOnATerminalWithoutNoColorOrDumbTerm() {
        #expect(Terminal.colorsEnabled(environment: ["TERM": "xterm"], outputIsTerminal: true))
        #expect(!Terminal.colorsEnabled(environment: ["TERM": "xterm"], outputIsTerminal: false))
        #expect(!Terminal.colorsEnabled(environment: ["TERM": "xterm", "NO_COLOR": "1"], outputIsTerminal: true))
        // no-color.org: an empty NO_COLOR does not count.
        #expect(Terminal.colorsEnabled(environment: ["TERM": "xterm", "NO_COLOR": ""], outputIsTerminal: true))
        #expect(!Terminal.colorsEnabled(environment: ["TERM": "dumb"], outputIsTerminal: true))
    }
}
