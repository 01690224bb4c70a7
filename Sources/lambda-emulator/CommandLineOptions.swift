/// The emulator's command line.
struct CommandLineOptions {
    static let usage = """
        usage: lambda-emulator [--host ADDR] [--port N] [--function-arn ARN] [--timeout SECONDS]
                               [EVENT_FILE ...] [--exec PROGRAM [ARGS ...]]

        Runs a local AWS Lambda Runtime API and feeds it events, one at a time.
          EVENT_FILE       a file holding one event JSON; several are sent in order.
                           Without files (or with "-"), events are read from standard input,
                           one JSON document per line, each sent once the previous one is answered.
          --exec PROGRAM   start PROGRAM with AWS_LAMBDA_RUNTIME_API set to the emulator; must be last.
                           Its standard output is sent to standard error.
          --host ADDR      listen address (default 127.0.0.1)
          --port N         listen port (default 0: a free port)
          --function-arn   the ARN sent as Lambda-Runtime-Invoked-Function-Arn
          --timeout S      seconds to wait for each outcome (default 30)

        Standard output carries one JSON object per line:
          {"type":"listening","runtimeAPI":"127.0.0.1:PORT"}        first, always
          {"type":"response","requestId":…,"elapsedMs":…,"payload":…}
          {"type":"error","requestId":…,"elapsedMs":…,"errorType":…,"payload":…}
          {"type":"initError","errorType":…,"payload":…}
          {"type":"coldStart","ms":…}    with --exec: from starting PROGRAM to its first outcome
          {"type":"exit","status":N}     with --exec: PROGRAM exited on its own
          {"type":"timeout","requestId":…}
        Exit status: 0 when every event was answered, 1 on a timeout or bad usage,
        2 after an init error or when PROGRAM exited early.
        """

    var host = "127.0.0.1"
    var port = 0
    var functionARN: String?
    var timeoutSeconds = 30
    var eventFiles: [String] = []
    var program: [String] = []

    /// Parses the arguments (without the program name).
    init(arguments: [String]) throws(UsageError) {
        var remaining = arguments[...]
        while let argument = remaining.popFirst() {
            switch argument {
            case "--host":
                self.host = try Self.value(for: argument, from: &remaining)
            case "--port":
                guard let port = Int(try Self.value(for: argument, from: &remaining)), (0...65535).contains(port) else {
                    throw UsageError("--port needs a number from 0 to 65535")
                }
                self.port = port
            case "--function-arn":
                self.functionARN = try Self.value(for: argument, from: &remaining)
            case "--timeout":
                guard let seconds = Int(try Self.value(for: argument, from: &remaining)), seconds > 0 else {
                    throw UsageError("--timeout needs a positive number of seconds")
                }
                self.timeoutSeconds = seconds
            case "--exec":
                self.program = Array(remaining)
                remaining = []
                if self.program.isEmpty { throw UsageError("--exec needs a program") }
            case "-h", "--help":
                throw UsageError(nil)
            case "-":
                break
            default:
                if argument.hasPrefix("--") { throw UsageError("unknown option \(argument)") }
                self.eventFiles.append(argument)
            }
        }
    }

    private static func value(for option: String, from remaining: inout ArraySlice<String>) throws(UsageError) -> String {
        guard let value = remaining.popFirst() else { throw UsageError("\(option) needs a value") }
        return value
    }
}

/// A command-line mistake; `nil` message means help was asked for.
struct UsageError: Error {
    var message: String?

    init(_ message: String?) {
        self.message = message
    }
}
