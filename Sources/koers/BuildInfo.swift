import CBuildInfo

/// What `koers --version` says: the version, and the commit the binary was built from when
/// the build was told it (scripts/install, scripts/package-deb; docs/install.md).
enum BuildInfo {
    static let version = "0.1.0"

    /// nil for a build that was not told its commit (a plain `swift build`).
    static var commit: String? {
        let commit = String(cString: koers_build_commit())
        return commit.isEmpty ? nil : commit
    }
}
