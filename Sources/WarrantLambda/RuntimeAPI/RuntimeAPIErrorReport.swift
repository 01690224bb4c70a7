#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The JSON body Lambda expects on `invocation/{id}/error` and `init/error`.
struct RuntimeAPIErrorReport: Encodable, Sendable, Equatable {
    /// What went wrong, for the function's logs.
    var errorMessage: String
    /// A short category, e.g. `Runtime.InvalidEvent`; also sent as `Lambda-Runtime-Function-Error-Type`.
    var errorType: String

    /// Describes a Swift error: its description as the message, its type name as the category.
    init(error: some Error, errorType: String? = nil) {
        self.errorMessage = String(describing: error)
        self.errorType = errorType ?? String(describing: type(of: error))
    }

    /// A report with an explicit message and category.
    init(errorMessage: String, errorType: String) {
        self.errorMessage = errorMessage
        self.errorType = errorType
    }

    /// The report as JSON bytes.
    func encoded() -> [UInt8] {
        // Encoding two strings cannot fail; the fallback only keeps this path free of `try!`.
        (try? JSONEncoder().encode(self)).map { Array($0) } ?? Array(#"{"errorMessage":"","errorType":"Runtime.Unknown"}"#.utf8)
    }
}
