extension Bool: PostgresDecodable {
    /// Reads `bool`.
    public init(postgresCell cell: PostgresCell) throws(DatabaseError) {
        try cell.requireValue(Bool.self)
        guard cell.dataType == .bool else { throw cell.typeMismatch(Bool.self) }
        guard let byte = cell.readInteger(UInt8.self), cell.length == 1 else {
            throw cell.invalidValue(Bool.self, reason: "unexpected length \(cell.length)")
        }
        self = byte != 0
    }
}

extension Double: PostgresDecodable {
    /// Reads `float8`, `float4`, `numeric` or an integer type.
    public init(postgresCell cell: PostgresCell) throws(DatabaseError) {
        try cell.requireValue(Double.self)
        switch cell.dataType {
        case .float8:
            guard cell.length == 8, let bits = cell.readInteger(UInt64.self) else {
                throw cell.invalidValue(Double.self, reason: "unexpected length \(cell.length)")
            }
            self = Double(bitPattern: bits)
        case .float4:
            guard cell.length == 4, let bits = cell.readInteger(UInt32.self) else {
                throw cell.invalidValue(Double.self, reason: "unexpected length \(cell.length)")
            }
            self = Double(Float(bitPattern: bits))
        case .numeric:
            guard let text = NumericFormatter.string(from: cell), let value = Double(text) else {
                throw cell.invalidValue(Double.self, reason: "malformed numeric")
            }
            self = value
        case .int2, .int4, .int8:
            self = Double(try cell.integer(as: Double.self))
        default:
            throw cell.typeMismatch(Double.self)
        }
    }
}

extension Float: PostgresDecodable {
    /// Reads `float4`, or `float8` rounded to single precision.
    public init(postgresCell cell: PostgresCell) throws(DatabaseError) {
        try cell.requireValue(Float.self)
        switch cell.dataType {
        case .float4:
            guard cell.length == 4, let bits = cell.readInteger(UInt32.self) else {
                throw cell.invalidValue(Float.self, reason: "unexpected length \(cell.length)")
            }
            self = Float(bitPattern: bits)
        case .float8:
            self = Float(try Double(postgresCell: cell))
        default:
            throw cell.typeMismatch(Float.self)
        }
    }
}

extension String: PostgresDecodable {
    /// Reads the text types (`text`, `varchar`, `bpchar`, `name`, `"char"`, untyped literals),
    /// `json`, `jsonb` and `xml` as their text, `numeric` in its exact decimal form, and
    /// `uuid` in lowercase hyphenated form.
    public init(postgresCell cell: PostgresCell) throws(DatabaseError) {
        try cell.requireValue(String.self)
        switch cell.dataType {
        case .text, .varchar, .bpchar, .name, .unknown, .char, .json, .xml:
            self = cell.withUnsafeBytes { String(decoding: $0, as: UTF8.self) } ?? ""
        case .jsonb:
            // jsonb's binary form is a version byte (1) followed by the JSON text.
            let decoded: String?? = cell.withUnsafeBytes { bytes in
                guard bytes.first == 1 else { return nil }
                return String(decoding: bytes.dropFirst(), as: UTF8.self)
            }
            guard let text = decoded ?? nil else {
                throw cell.invalidValue(String.self, reason: "unknown jsonb version")
            }
            self = text
        case .numeric:
            guard let text = NumericFormatter.string(from: cell) else {
                throw cell.invalidValue(String.self, reason: "malformed numeric")
            }
            self = text
        case .uuid:
            self = try UUIDBytes.uuid(from: cell, as: String.self).uuidString.lowercased()
        default:
            throw cell.typeMismatch(String.self)
        }
    }
}
