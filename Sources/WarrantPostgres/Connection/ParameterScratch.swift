/// Reusable C arrays for one statement's parameters, owned by one connection thread so
/// that sending a statement allocates nothing for its parameter pointers.
final class ParameterScratch {
    private var capacity = 0
    private var values: UnsafeMutablePointer<UnsafePointer<CChar>?>
    private var formats: UnsafeMutablePointer<Int32>
    /// A valid, non-NULL address for zero-length values; libpq reads a NULL pointer as SQL NULL.
    private let empty: UnsafeMutablePointer<CChar>

    init() {
        values = .allocate(capacity: 1)
        formats = .allocate(capacity: 1)
        empty = .allocate(capacity: 1)
        empty.initialize(to: 0)
    }

    deinit {
        values.deallocate()
        formats.deallocate()
        empty.deallocate()
    }

    /// Calls `body` with the value pointers, lengths and formats (all binary) of `bindings`.
    func withParameters<Result>(
        _ bindings: PostgresBindings,
        _ body: (
            _ values: UnsafePointer<UnsafePointer<CChar>?>?,
            _ lengths: UnsafePointer<Int32>?,
            _ formats: UnsafePointer<Int32>?
        ) -> Result
    ) -> Result {
        let count = bindings.count
        if count == 0 {
            return body(nil, nil, nil)
        }
        reserve(count)
        return bindings.buffer.bytes.withUnsafeBufferPointer { bytes in
            var offset = 0
            for index in 0..<count {
                let length = Int(bindings.lengths[index])
                if length < 0 {
                    values[index] = nil
                } else if length == 0 {
                    values[index] = UnsafePointer(empty)
                } else if let base = bytes.baseAddress {
                    values[index] = UnsafeRawPointer(base + offset).assumingMemoryBound(to: CChar.self)
                    offset += length
                } else {
                    values[index] = UnsafePointer(empty)
                }
            }
            return bindings.lengths.withUnsafeBufferPointer { lengths in
                body(values, lengths.baseAddress, formats)
            }
        }
    }

    private func reserve(_ count: Int) {
        guard count > capacity else { return }
        values.deallocate()
        formats.deallocate()
        values = .allocate(capacity: count)
        formats = .allocate(capacity: count)
        formats.initialize(repeating: 1, count: count)
        capacity = count
    }
}
