/// Assembles `header ‖ b64(body) [‖ "." ‖ b64(footer)]` directly in a String's storage.
enum TokenBuilder {
    /// Builds the token text in a single allocation.
    /// - Parameters:
    ///   - header: `v4.public.` or `v4.local.`.
    ///   - body: The raw body bytes.
    ///   - footer: The raw footer bytes; no footer segment is written when empty.
    static func token(header: StaticString, body: UnsafeRawBufferPointer, footer: UnsafeRawBufferPointer) -> String {
        let headerCount = header.utf8CodeUnitCount
        let bodyCount = Base64URL.encodedCount(forByteCount: body.count)
        let footerCount = footer.isEmpty ? 0 : 1 + Base64URL.encodedCount(forByteCount: footer.count)
        let total = headerCount + bodyCount + footerCount
        // +1: libsodium terminates each encoding with a NUL; the footer's dot
        // overwrites the body's NUL and the last NUL falls outside the returned count.
        return String(unsafeUninitializedCapacity: total + 1) { output in
            guard let base = output.baseAddress else { return 0 }
            header.withUTF8Buffer { bytes in
                if let source = bytes.baseAddress {
                    base.update(from: source, count: headerCount)
                }
            }
            var cursor = base + headerCount
            cursor += Base64URL.encode(body, into: cursor)
            if !footer.isEmpty {
                cursor.pointee = UInt8(ascii: ".")
                cursor += 1
                cursor += Base64URL.encode(footer, into: cursor)
            }
            return cursor - base
        }
    }
}
