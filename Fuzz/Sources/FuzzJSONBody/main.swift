import CLibFuzzer
import Foundation

// libFuzzer's loop with its command-line options (see `make fuzz`), calling the entry point for each input.
var arguments = CommandLine.argc
var values: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&arguments, &values) { data, size in
    guard let data else { return 0 }
    return fuzzJSONBody(data, size)
})
