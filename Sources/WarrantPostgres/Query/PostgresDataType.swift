/// A PostgreSQL type, identified by its object id (OID) from `pg_type`.
///
/// Parameters declare their type to the server with it, and every result
/// column reports one, which decoding checks before reading bytes.
public struct PostgresDataType: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    /// The type's OID.
    public let rawValue: UInt32

    /// Wraps a type OID.
    public init(rawValue: UInt32) {
        self.rawValue = rawValue
    }

    /// `bool`.
    public static let bool = PostgresDataType(rawValue: 16)
    /// `bytea`, a byte string.
    public static let bytea = PostgresDataType(rawValue: 17)
    /// `"char"`, the single-byte internal type.
    public static let char = PostgresDataType(rawValue: 18)
    /// `name`, the 63-byte identifier type of the system catalogs.
    public static let name = PostgresDataType(rawValue: 19)
    /// `int8` (`bigint`).
    public static let int8 = PostgresDataType(rawValue: 20)
    /// `int2` (`smallint`).
    public static let int2 = PostgresDataType(rawValue: 21)
    /// `int4` (`integer`).
    public static let int4 = PostgresDataType(rawValue: 23)
    /// `text`.
    public static let text = PostgresDataType(rawValue: 25)
    /// `oid`.
    public static let oid = PostgresDataType(rawValue: 26)
    /// `json`.
    public static let json = PostgresDataType(rawValue: 114)
    /// `xml`.
    public static let xml = PostgresDataType(rawValue: 142)
    /// `float4` (`real`).
    public static let float4 = PostgresDataType(rawValue: 700)
    /// `float8` (`double precision`).
    public static let float8 = PostgresDataType(rawValue: 701)
    /// The type of an untyped literal such as `SELECT 'x'`.
    public static let unknown = PostgresDataType(rawValue: 705)
    /// `bool[]`.
    public static let boolArray = PostgresDataType(rawValue: 1000)
    /// `bytea[]`.
    public static let byteaArray = PostgresDataType(rawValue: 1001)
    /// `int2[]`.
    public static let int2Array = PostgresDataType(rawValue: 1005)
    /// `int4[]`.
    public static let int4Array = PostgresDataType(rawValue: 1007)
    /// `text[]`.
    public static let textArray = PostgresDataType(rawValue: 1009)
    /// `varchar[]`.
    public static let varcharArray = PostgresDataType(rawValue: 1015)
    /// `int8[]`.
    public static let int8Array = PostgresDataType(rawValue: 1016)
    /// `float4[]`.
    public static let float4Array = PostgresDataType(rawValue: 1021)
    /// `float8[]`.
    public static let float8Array = PostgresDataType(rawValue: 1022)
    /// `bpchar` (`character(n)`).
    public static let bpchar = PostgresDataType(rawValue: 1042)
    /// `varchar` (`character varying(n)`).
    public static let varchar = PostgresDataType(rawValue: 1043)
    /// `date`.
    public static let date = PostgresDataType(rawValue: 1082)
    /// `timestamp` (without time zone).
    public static let timestamp = PostgresDataType(rawValue: 1114)
    /// `timestamp[]`.
    public static let timestampArray = PostgresDataType(rawValue: 1115)
    /// `timestamptz` (`timestamp with time zone`).
    public static let timestamptz = PostgresDataType(rawValue: 1184)
    /// `timestamptz[]`.
    public static let timestamptzArray = PostgresDataType(rawValue: 1185)
    /// `numeric`.
    public static let numeric = PostgresDataType(rawValue: 1700)
    /// `uuid`.
    public static let uuid = PostgresDataType(rawValue: 2950)
    /// `uuid[]`.
    public static let uuidArray = PostgresDataType(rawValue: 2951)
    /// `jsonb`.
    public static let jsonb = PostgresDataType(rawValue: 3802)

    /// The SQL name of well-known types, or `oid <n>` for the rest; used in error messages.
    public var description: String {
        switch self {
        case .bool: "bool"
        case .bytea: "bytea"
        case .char: "\"char\""
        case .name: "name"
        case .int8: "int8"
        case .int2: "int2"
        case .int4: "int4"
        case .text: "text"
        case .oid: "oid"
        case .json: "json"
        case .xml: "xml"
        case .float4: "float4"
        case .float8: "float8"
        case .unknown: "unknown"
        case .boolArray: "bool[]"
        case .byteaArray: "bytea[]"
        case .int2Array: "int2[]"
        case .int4Array: "int4[]"
        case .textArray: "text[]"
        case .varcharArray: "varchar[]"
        case .int8Array: "int8[]"
        case .float4Array: "float4[]"
        case .float8Array: "float8[]"
        case .bpchar: "bpchar"
        case .varchar: "varchar"
        case .date: "date"
        case .timestamp: "timestamp"
        case .timestampArray: "timestamp[]"
        case .timestamptz: "timestamptz"
        case .timestamptzArray: "timestamptz[]"
        case .numeric: "numeric"
        case .uuid: "uuid"
        case .uuidArray: "uuid[]"
        case .jsonb: "jsonb"
        default: "oid \(rawValue)"
        }
    }
}
