import WarrantJSON

/// JSON compared as a document means it: object members in any order are the same object, so a YAML
/// document and its JSON twin (or two generators' key orders) compare equal.
enum CanonicalJSON {
    /// `value` with every object's members sorted by key.
    static func sorted(_ value: JSONValue) -> JSONValue {
        switch value {
        case .object(let object):
            return .object(JSONObject(object.members.sorted { $0.key < $1.key }.map { ($0.key, sorted($0.value)) }))
        case .array(let elements):
            return .array(elements.map(sorted))
        default:
            return value
        }
    }

    /// Whether two values are the same JSON, member order aside.
    static func equal(_ lhs: JSONValue?, _ rhs: JSONValue?) -> Bool {
        switch (lhs, rhs) {
        case (nil, nil): true
        case (let lhs?, let rhs?): sorted(lhs) == sorted(rhs)
        default: false
        }
    }

    /// The value as compact JSON with sorted keys, for sets of values and for sentences.
    static func text(_ value: JSONValue) -> String {
        sorted(value).description
    }

    /// `object` without the members named in `keys`.
    static func removing(_ keys: Set<String>, from object: JSONObject) -> JSONObject {
        JSONObject(object.members.filter { !keys.contains($0.key) }.map { ($0.key, $0.value) })
    }
}
