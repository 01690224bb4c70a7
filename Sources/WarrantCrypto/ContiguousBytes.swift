/// Runs `body` over the bytes of `bytes`, without a copy when they are already contiguous.
///
/// Arrays, `Data`, `String.UTF8View` of native strings and unsafe buffers are all
/// contiguous, so the fallback copy only happens for lazy or linked collections. Do
/// not pass secret bytes that might take the fallback: the copy is not zeroed.
@inline(__always)
func withContiguousBytes<Bytes: Collection<UInt8>, Result>(
    _ bytes: Bytes,
    _ body: (UnsafeRawBufferPointer) -> Result
) -> Result {
    if let result = bytes.withContiguousStorageIfAvailable({ body(UnsafeRawBufferPointer($0)) }) {
        return result
    }
    return Array(bytes).withUnsafeBytes(body)
}
