/// Pre-Authentication Encoding, the unambiguous framing PASETO signs and MACs.
///
/// PAE(p₁…pₙ) = LE64(n) ‖ LE64(|p₁|) ‖ p₁ ‖ … ‖ LE64(|pₙ|) ‖ pₙ, where LE64 is a
/// little-endian 64-bit length with the top bit cleared and lengths count bytes.
/// Because every piece is length-prefixed, no two different piece lists share an
/// encoding, which is what stops a footer byte being passed off as payload.
enum PAE {
    /// The encoded size of `pieceCount` pieces holding `pieceBytes` bytes in total.
    ///
    /// Takes totals rather than a list so the hot path builds no array.
    @inline(__always)
    static func byteCount(pieceCount: Int, pieceBytes: Int) -> Int {
        8 + 8 * pieceCount + pieceBytes
    }

    /// A forward-only cursor that writes PAE in place into caller-owned memory.
    ///
    /// Writing in place lets a verifier decode the token's segments straight into
    /// their final positions instead of assembling the message from copies.
    struct Writer {
        /// Where the next byte goes.
        private(set) var cursor: UnsafeMutableRawPointer

        /// Starts writing at `start`.
        init(at start: UnsafeMutableRawPointer) {
            cursor = start
        }

        /// Writes LE64 of `value`: a piece count or a piece length.
        mutating func writeLength(_ value: Int) {
            let field = UInt64(truncatingIfNeeded: value) & 0x7FFF_FFFF_FFFF_FFFF
            // Unaligned store: pieces have arbitrary lengths.
            cursor.storeBytes(of: field.littleEndian, as: UInt64.self)
            cursor += 8
        }

        /// Writes a length-prefixed piece.
        mutating func writePiece(_ bytes: UnsafeRawBufferPointer) {
            writeLength(bytes.count)
            if let source = bytes.baseAddress, !bytes.isEmpty {
                cursor.copyMemory(from: source, byteCount: bytes.count)
            }
            cursor += bytes.count
        }

        /// Steps over `count` bytes of a piece that is (or will be) written in place.
        mutating func skip(_ count: Int) {
            cursor += count
        }
    }
}

extension PASETO {
    /// Pre-Authentication Encoding of `pieces`, exposed for tests against the spec's examples.
    /// - Parameter pieces: The pieces, in order.
    /// - Returns: LE64(count) followed by each piece prefixed with its LE64 length.
    @_spi(TestVectors)
    public static func preAuthenticationEncoding(_ pieces: [[UInt8]]) -> [UInt8] {
        let total = pieces.reduce(8) { $0 + 8 + $1.count }
        return [UInt8](unsafeUninitializedCapacity: total) { buffer, initialized in
            guard let base = buffer.baseAddress else { return }
            var writer = PAE.Writer(at: UnsafeMutableRawPointer(base))
            writer.writeLength(pieces.count)
            for piece in pieces {
                piece.withUnsafeBytes { writer.writePiece($0) }
            }
            initialized = total
        }
    }
}
