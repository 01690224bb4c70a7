internal import CSodium

/// Strict standard Base64 with padding (RFC 4648 §4), as AWS sends binary bodies in Lambda events.
///
/// libsodium's `sodium_base642bin` with no ignored characters: whitespace, characters outside the alphabet,
/// missing or extra padding and non-zero unused bits are all refused, where Foundation's decoder (with
/// `.ignoreUnknownCharacters`, as often used) would skip or accept them.
public enum Base64Standard {
    /// Decodes `text`, or throws when it is not the canonical padded encoding of some bytes.
    public static func decode(_ text: some StringProtocol) throws(Base64URLError) -> [UInt8] {
        let source = Array(text.utf8)
        guard !source.isEmpty else { return [] }
        guard source.count % 4 == 0 else { throw Base64URLError() }
        var bytes = [UInt8](repeating: 0, count: source.count / 4 * 3)
        var written = 0
        // `b64_end` NULL: any character libsodium cannot take, anywhere, fails the call.
        let status = source.withUnsafeBufferPointer { input in
            input.withMemoryRebound(to: CChar.self) { characters in
                bytes.withUnsafeMutableBufferPointer { output -> Int32 in
                    guard let destination = output.baseAddress, let text = characters.baseAddress else { return -1 }
                    return sodium_base642bin(destination, output.count, text, characters.count, nil, &written, nil, sodium_base64_VARIANT_ORIGINAL)
                }
            }
        }
        guard status == 0 else { throw Base64URLError() }
        return Array(bytes.prefix(written))
    }
}
