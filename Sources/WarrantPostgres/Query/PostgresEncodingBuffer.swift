/// The bytes that ``PostgresEncodable`` values append their binary form to.
///
/// All parameters of one statement share one buffer, so binding a value costs no
/// allocation of its own. Multi-byte integers are written in network byte order.
public struct PostgresEncodingBuffer: Sendable {
    /// The bytes written so far.
    public private(set) var bytes: [UInt8] = []

    /// Creates an empty buffer.
    public init() {}

    /// The number of bytes written so far.
    public var count: Int { bytes.count }

    /// Appends an integer in big-endian (network) byte order.
    public mutating func writeInteger<Integer: FixedWidthInteger>(_ value: Integer) {
        withUnsafeBytes(of: value.bigEndian) { bytes.append(contentsOf: $0) }
    }

    /// Appends raw bytes.
    public mutating func writeBytes<Bytes: Collection>(_ source: Bytes) where Bytes.Element == UInt8 {
        bytes.append(contentsOf: source)
    }

    /// Appends a string's UTF-8 bytes, without terminator or length.
    public mutating func writeString(_ string: String) {
        bytes.append(contentsOf: string.utf8)
    }

    /// Overwrites four bytes at `offset` with a big-endian `Int32`; used to patch a
    /// length prefix once the value after it has been written.
    mutating func patchInt32(_ value: Int32, at offset: Int) {
        let bigEndian = UInt32(bitPattern: value).bigEndian
        withUnsafeBytes(of: bigEndian) { source in
            for index in 0..<4 {
                bytes[offset + index] = source[index]
            }
        }
    }

    mutating func reserveCapacity(_ capacity: Int) {
        bytes.reserveCapacity(capacity)
    }
}
