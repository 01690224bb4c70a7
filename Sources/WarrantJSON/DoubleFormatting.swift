/// Shortest round-trip text for finite doubles, as JSON.
///
/// The standard library's `description` already produces the shortest digit
/// string that reads back to the same `Double` (and never allocates for
/// strings of 15 bytes or fewer). It is valid JSON as is; this only tidies the
/// exponent to JavaScript's style, `1e+300` → `1e300` and `1e-05` → `1e-5`.
enum DoubleFormatting {
    /// Calls `body` with the JSON text of `value`, which must be finite.
    static func withShortestUTF8<Result>(
        _ value: Double, _ body: (UnsafeBufferPointer<UInt8>) -> Result
    ) -> Result {
        var text = value.description
        return text.withUTF8 { source in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: source.count) { target in
                var written = 0
                var position = 0
                while position < source.count {
                    let byte = source[position]
                    target[written] = byte
                    written += 1
                    position += 1
                    if byte == ASCII.lowercaseE {
                        if position < source.count, source[position] == ASCII.plus {
                            position += 1
                        } else if position < source.count, source[position] == ASCII.minus {
                            target[written] = ASCII.minus
                            written += 1
                            position += 1
                        }
                        // Drop leading zeros but keep the last digit.
                        while position + 1 < source.count, source[position] == ASCII.zero {
                            position += 1
                        }
                    }
                }
                return body(UnsafeBufferPointer(rebasing: target[..<written]))
            }
        }
    }

    /// Appends the JSON text of `value`, which must be finite.
    static func appendShortest(_ value: Double, to output: inout [UInt8]) {
        withShortestUTF8(value) { output.append(contentsOf: $0) }
    }
}
