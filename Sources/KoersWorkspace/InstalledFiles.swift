import Foundation

/// koers's own files at run time, found from where the binary is: an installed
/// `PREFIX/bin/koers` reads `PREFIX/share/koers` (the word lists, the Almelo sample), as
/// scripts/install and the Debian package lay them out; a binary built in a checkout reads the
/// word lists from the build's resource bundle beside it (docs/install.md).
public enum InstalledFiles {
    /// The folder of the running executable, symbolic links resolved (`~/bin/koers` linked to
    /// `~/.local/bin/koers` still finds `~/.local/share/koers`); nil when the system does not say.
    public static let executableDirectory: String? = Bundle.main.executableURL.map {
        $0.resolvingSymlinksInPath().deletingLastPathComponent().path
    }

    /// `PREFIX/share/koers` for an executable in `PREFIX/bin`.
    public static func shareDirectory(forExecutableIn directory: String) -> String {
        URL(fileURLWithPath: directory).deletingLastPathComponent().appendingPathComponent("share/koers").standardizedFileURL.path
    }

    /// The build's resource bundle of KoersWorkspace, as SwiftPM names it on Linux and on macOS.
    static let resourceBundleNames = ["koers_KoersWorkspace.resources", "koers_KoersWorkspace.bundle"]

    /// Where the shipped word lists may be, in the order they are tried: the installed share
    /// folder, then the resource bundle beside the executable or beside a loaded bundle (a test
    /// bundle on macOS runs inside Xcode's test runner, not beside its bundle).
    public static func wordListFolders(
        executableDirectory: String? = InstalledFiles.executableDirectory,
        bundleDirectories: [String] = Bundle.allBundles.map { $0.bundleURL.deletingLastPathComponent().path }
    ) -> [String] {
        var folders: [String] = []
        if let executableDirectory { folders.append(shareDirectory(forExecutableIn: executableDirectory) + "/wordlists") }
        var besideBundles: [String] = []
        for directory in [executableDirectory].compactMap({ $0 }) + bundleDirectories where !besideBundles.contains(directory) {
            besideBundles.append(directory)
        }
        for directory in besideBundles {
            for name in resourceBundleNames {
                let bundlePath = directory + "/" + name
                guard FileManager.default.fileExists(atPath: bundlePath) else { continue }
                let resources = Bundle(path: bundlePath)?.resourceURL?.path ?? bundlePath
                folders.append(resources + "/wordlists")
            }
        }
        return folders
    }

    /// The Almelo sample: in the share folder of an installed binary, else in the checkout a
    /// development binary was built in (`.build/debug/koers` → `goals/almelo`, a few folders up).
    public static func sampleFolders(executableDirectory: String? = InstalledFiles.executableDirectory) -> [String] {
        guard let executableDirectory else { return [] }
        var folders = [shareDirectory(forExecutableIn: executableDirectory) + "/goals/almelo"]
        var directory = URL(fileURLWithPath: executableDirectory)
        for _ in 0..<4 {
            directory.deleteLastPathComponent()
            folders.append(directory.appendingPathComponent("goals/almelo").path)
        }
        return folders
    }

    /// The first of `folders` that is a folder.
    public static func firstExisting(_ folders: [String]) -> String? {
        folders.first { folder in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) && isDirectory.boolValue
        }
    }
}
