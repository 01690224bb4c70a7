/// What a runtime reported for one invocation.
public enum LambdaEmulatorOutcome: Sendable, Equatable {
    /// The body posted to `invocation/{id}/response`.
    case response([UInt8])
    /// The report posted to `invocation/{id}/error`.
    case error(LambdaEmulatorErrorReport)

    /// The response body as UTF-8 text, or `nil` for an error.
    public var responseText: String? {
        guard case .response(let bytes) = self else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The error report, or `nil` for a response.
    public var errorReport: LambdaEmulatorErrorReport? {
        guard case .error(let report) = self else { return nil }
        return report
    }
}

/// An error a runtime posted to `invocation/{id}/error` or `init/error`.
public struct LambdaEmulatorErrorReport: Sendable, Equatable {
    /// The `Lambda-Runtime-Function-Error-Type` header, if sent.
    public var errorTypeHeader: String?
    /// The raw body; Lambda expects `{"errorMessage": ..., "errorType": ...}`.
    public var body: [UInt8]

    /// Creates a report from what the runtime sent.
    /// - Parameters:
    ///   - errorTypeHeader: The `Lambda-Runtime-Function-Error-Type` header.
    ///   - body: The request body.
    public init(errorTypeHeader: String?, body: [UInt8]) {
        self.errorTypeHeader = errorTypeHeader
        self.body = body
    }

    /// The body as UTF-8 text.
    public var bodyText: String { String(decoding: self.body, as: UTF8.self) }
}

/// An event waiting for, or handed to, a runtime.
struct LambdaEmulatorEvent: Sendable, Equatable {
    /// The request id (`Lambda-Runtime-Aws-Request-Id`).
    var requestID: String
    /// The event JSON.
    var payload: [UInt8]
    /// The deadline in Unix epoch milliseconds (`Lambda-Runtime-Deadline-Ms`).
    var deadlineMilliseconds: Int64
    /// The X-Ray header (`Lambda-Runtime-Trace-Id`).
    var traceID: String
}

/// Why waiting on the emulator failed.
public struct LambdaEmulatorError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What was being waited for.
    public var message: String

    /// Creates an error.
    /// - Parameter message: What was being waited for.
    public init(_ message: String) {
        self.message = message
    }

    /// The message.
    public var description: String { "LambdaEmulatorError: \(self.message)" }
}
