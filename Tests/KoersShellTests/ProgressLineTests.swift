import Foundation
@testable import KoersShell
import Testing

/// The progress line on standard error: shown only for work that lasts, rewritten in place,
/// erased at the end.
@Suite("Progress line")
struct ProgressLineTests {
    /// What `work` lets the progress line write into a pipe, with `delay` before it shows.
    private func drawn(delay: Double, work: () -> Void) throws -> String {
        var ends: [Int32] = [0, 0]
        try #require(pipe(&ends) == 0)
        defer { close(ends[0]) }
        ProgressLine.during("Loading almelo…", on: ends[1], delay: delay, work: work)
        close(ends[1])
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(ends[0], $0.baseAddress, $0.count) }
            guard count > 0 else { break }
            bytes += chunk[0..<count]
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test func quickWorkShowsNothing() throws {
        #expect(try drawn(delay: 1) {}.isEmpty)
    }

    @Test func longWorkIsShownInPlaceAndErasedAtTheEnd() throws {
        let text = try drawn(delay: 0.05) { usleep(400_000) }
        #expect(text.hasPrefix("\rLoading almelo… 0 s\u{1B}[K"))
        #expect(text.hasSuffix("\r\u{1B}[K"))
        #expect(!text.contains("\n"))
    }

    @Test func aLongTextIsCutToTheWidth() throws {
        var ends: [Int32] = [0, 0]
        try #require(pipe(&ends) == 0)
        defer { close(ends[0]) }
        ProgressLine.during("Reading " + String(repeating: "x", count: 100) + ".csv…", on: ends[1], width: 60, delay: 0.01) { usleep(100_000) }
        close(ends[1])
        var chunk = [UInt8](repeating: 0, count: 4096)
        let count = chunk.withUnsafeMutableBytes { read(ends[0], $0.baseAddress, $0.count) }
        let first = String(decoding: chunk[0..<max(0, count)], as: UTF8.self).split(separator: "\u{1B}[K").first ?? ""
        #expect(first == "\rReading " + String(repeating: "x", count: 43) + "… 0 s")
    }

    @Test func theWorkThrowsThroughAndTheLineIsStillErased() throws {
        struct Stop: Error {}
        var ends: [Int32] = [0, 0]
        try #require(pipe(&ends) == 0)
        defer { close(ends[0]) }
        #expect(throws: Stop.self) {
            try ProgressLine.during("Reading", on: ends[1], delay: 0.01) { () throws(Stop) in
                usleep(100_000)
                throw Stop()
            }
        }
        close(ends[1])
        var chunk = [UInt8](repeating: 0, count: 4096)
        let count = chunk.withUnsafeMutableBytes { read(ends[0], $0.baseAddress, $0.count) }
        #expect(String(decoding: chunk[0..<max(0, count)], as: UTF8.self).hasSuffix("\r\u{1B}[K"))
    }
}
