public import WarrantJSON

/// A type that writes itself as JSON straight into a response buffer.
public protocol JSONEncodableValue {
    /// Writes this value as one JSON value.
    func encode(to writer: inout JSONWriter)
}

extension JSONWriter {
    /// Writes `"key": value`.
    public mutating func member<T: JSONEncodableValue>(_ key: String, _ value: T) {
        self.key(key)
        value.encode(to: &self)
    }

    /// Writes `"key": value`, or nothing when `value` is `nil` (the key is optional in the schema).
    public mutating func member<T: JSONEncodableValue>(_ key: String, _ value: T?) {
        guard let value else { return }
        self.key(key)
        value.encode(to: &self)
    }
}
