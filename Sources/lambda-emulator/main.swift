import Foundation
import WarrantLambdaEmulator

// `lambda-emulator`: the Runtime API emulator as a program, so another process (a release-mode
// binary under test, a shell script) can be driven through it. See `CommandLineOptions.usage`.

let options: CommandLineOptions
do {
    options = try CommandLineOptions(arguments: Array(CommandLine.arguments.dropFirst()))
} catch {
    if let message = error.message { OutputLine.diagnose(message) }
    FileHandle.standardError.write(Data((CommandLineOptions.usage + "\n").utf8))
    exit(error.message == nil ? 0 : 1)
}

exit(await EmulatorSession(options: options).run())
