import FoundationEssentials
import Glibc

/// Facts about the terminal koers runs in, each with a fallback for when there is none.
public enum Terminal {
    /// The width assumed when neither the terminal nor `COLUMNS` says otherwise.
    public static let defaultWidth = 80

    /// Whether `fileDescriptor` is connected to a terminal.
    public static func isTerminal(_ fileDescriptor: Int32) -> Bool {
        isatty(fileDescriptor) == 1
    }

    /// The width in columns of the terminal on `fileDescriptor`; otherwise a positive
    /// `COLUMNS` from `environment`; otherwise 80.
    public static func width(
        of fileDescriptor: Int32 = STDOUT_FILENO,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> Int {
        var size = winsize()
        if ioctl(fileDescriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return Int(size.ws_col)
        }
        if let columns = environment["COLUMNS"].flatMap({ Int($0) }), columns > 0 {
            return columns
        }
        return defaultWidth
    }

    /// Whether output may be colored: only on a terminal, never when `NO_COLOR` is set to a
    /// non-empty value (https://no-color.org), never on `TERM=dumb`.
    public static func colorsEnabled(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        outputIsTerminal: Bool = isTerminal(STDOUT_FILENO)
    ) -> Bool {
        guard outputIsTerminal else { return false }
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
        return environment["TERM"] != "dumb"
    }
}
