import Foundation

/// A fresh folder for one test, removed with everything in it when the test's value goes.
public final class TemporaryFolder: Sendable {
    public let path: String

    public init(_ name: String = "koers-test") throws {
        path = NSTemporaryDirectory() + "\(name)-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}
