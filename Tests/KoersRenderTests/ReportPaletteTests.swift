import Foundation
import KoersRender
import Testing

/// WCAG 2.1 contrast, computed from the palette the renderers draw with.
@Suite struct ReportPaletteTests {
    /// Relative luminance of an sRGB color `#rrggbb` (WCAG 2.1, definition of relative luminance).
    static func luminance(_ hex: String) -> Double? {
        let digits = hex.hasPrefix("#") ? String(hex.dropFirst()) : hex
        guard digits.count == 6, let value = UInt32(digits, radix: 16) else { return nil }
        func channel(_ shift: UInt32) -> Double {
            let c = Double((value >> shift) & 0xff) / 255
            return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channel(16) + 0.7152 * channel(8) + 0.0722 * channel(0)
    }

    static func contrast(_ a: String, _ b: String) -> Double? {
        guard let la = luminance(a), let lb = luminance(b) else { return nil }
        return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
    }

    @Test func formulaMatchesKnownRatios() throws {
        #expect(try #require(Self.contrast("#000000", "#ffffff")) == 21)
        #expect(try #require(Self.contrast("#ffffff", "#ffffff")) == 1)
        // #777777 on white is the classic just-too-light grey: 4.48:1.
        #expect(abs(try #require(Self.contrast("#777777", "#ffffff")) - 4.48) < 0.01)
    }

    @Test func everyTextColorHasAtLeast4_5To1() throws {
        for pair in ReportPalette.textPairs {
            let ratio = try #require(Self.contrast(pair.foreground, pair.background), "\(pair.name) is not a #rrggbb color")
            #expect(ratio >= 4.5, "\(pair.name): \(pair.foreground) on \(pair.background) is \(ratio):1")
        }
    }

    @Test func everyChartLineAndBarHasAtLeast3To1() throws {
        for pair in ReportPalette.graphicPairs {
            let ratio = try #require(Self.contrast(pair.foreground, pair.background), "\(pair.name) is not a #rrggbb color")
            #expect(ratio >= 3, "\(pair.name): \(pair.foreground) on \(pair.background) is \(ratio):1")
        }
    }

    /// The palette lists are only worth checking if the report draws with them: every text color in
    /// the rendered charts and every `color:` in the stylesheet is checked against its background.
    @Test func renderedTextColorsAreCheckedColors() throws {
        let html = ReportHTML.render(ReportFixtures.model(.en))
        let checked = Set(ReportPalette.textPairs.map(\.foreground))
        let chartTextColors = html.matches(of: /<text[^>]* fill="(#[0-9a-f]{6})"/).map { String($0.output.1) }
        #expect(!chartTextColors.isEmpty)
        for color in chartTextColors { #expect(checked.contains(color), "chart text in \(color) is not in ReportPalette.textPairs") }
        let cssColors = html.matches(of: /[;{ ]color: (#[0-9a-f]{6})/).map { String($0.output.1) }
        #expect(!cssColors.isEmpty)
        for color in cssColors { #expect(checked.contains(color), "CSS text color \(color) is not in ReportPalette.textPairs") }
    }
}
