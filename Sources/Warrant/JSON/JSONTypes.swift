public import WarrantJSON

/// A parsed JSON document (from WarrantJSON), as generated decoders receive it.
public typealias JSONValue = WarrantJSON.JSONValue
/// A parsed JSON object: members in order, keys unique.
public typealias JSONObject = WarrantJSON.JSONObject
/// The writer generated encoders append JSON to, straight into the response buffer.
public typealias JSONWriter = WarrantJSON.JSONWriter
