import NIOCore

/// Strict RFC 8259 parsing into `JSONValue`.
///
/// Accepts exactly one value with optional surrounding whitespace and nothing
/// else: no byte-order mark, comments, trailing commas, single quotes, `NaN`,
/// `+1`, leading zeros, unescaped control characters, invalid escapes,
/// unpaired surrogates, ill-formed UTF-8 or duplicate keys. Every entry point
/// reads the caller's bytes in place when they are contiguous.
public enum JSONParser {
    /// Parses raw bytes in place.
    public static func parse(
        _ bytes: UnsafeRawBufferPointer, limits: JSONLimits = .default
    ) throws(JSONSyntaxError) -> JSONValue {
        let result = bytes.withMemoryRebound(to: UInt8.self) { typed in
            parseResult(typed, limits: limits)
        }
        return try result.get()
    }

    /// Parses bytes in place.
    public static func parse(
        _ bytes: UnsafeBufferPointer<UInt8>, limits: JSONLimits = .default
    ) throws(JSONSyntaxError) -> JSONValue {
        try parseResult(bytes, limits: limits).get()
    }

    /// Parses the readable bytes of a NIO buffer in place without moving its
    /// reader index.
    public static func parse(
        _ buffer: ByteBuffer, limits: JSONLimits = .default
    ) throws(JSONSyntaxError) -> JSONValue {
        let result = buffer.withUnsafeReadableBytes { raw in
            raw.withMemoryRebound(to: UInt8.self) { typed in
                parseResult(typed, limits: limits)
            }
        }
        return try result.get()
    }

    /// Parses a byte array in place.
    public static func parse(
        _ bytes: [UInt8], limits: JSONLimits = .default
    ) throws(JSONSyntaxError) -> JSONValue {
        try bytes.withUnsafeBufferPointer { parseResult($0, limits: limits) }.get()
    }

    /// Parses any byte collection: `ArraySlice<UInt8>`, `ByteBufferView`,
    /// `Data`… Contiguous collections are read in place; others are copied
    /// once.
    @inlinable
    public static func parse<Bytes: Collection>(
        _ bytes: Bytes, limits: JSONLimits = .default
    ) throws(JSONSyntaxError) -> JSONValue where Bytes.Element == UInt8 {
        if let result = bytes.withContiguousStorageIfAvailable({ parseResult($0, limits: limits) }) {
            return try result.get()
        }
        return try Array(bytes).withUnsafeBufferPointer { parseResult($0, limits: limits) }.get()
    }

    /// Parses the UTF-8 of a string. Native strings are read in place;
    /// bridged ones are copied once.
    public static func parse(
        _ text: String, limits: JSONLimits = .default
    ) throws(JSONSyntaxError) -> JSONValue {
        var text = text
        return try text.withUTF8 { parseResult($0, limits: limits) }.get()
    }

    /// Parses the UTF-8 of a substring.
    public static func parse(
        _ text: Substring, limits: JSONLimits = .default
    ) throws(JSONSyntaxError) -> JSONValue {
        var text = text
        return try text.withUTF8 { parseResult($0, limits: limits) }.get()
    }

    /// The shared entry point; returns a `Result` so that it can be called
    /// from the standard library's `rethrows` closures without losing the
    /// error type.
    @usableFromInline
    static func parseResult(
        _ bytes: UnsafeBufferPointer<UInt8>, limits: JSONLimits
    ) -> Result<JSONValue, JSONSyntaxError> {
        var parser = JSONDocumentParser(bytes: bytes, limits: limits)
        do {
            return .success(try parser.parseDocument())
        } catch {
            return .failure(error)
        }
    }
}
