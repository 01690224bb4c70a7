/// Short descriptions of `DecodingError`s thrown by a type's own `init(from:)`
/// (for example an enum's raw value that matches no case).
enum DecodingErrorText {
    static func describe(_ error: DecodingError) -> String {
        switch error {
        case .dataCorrupted(let context): context.debugDescription
        case .keyNotFound(let key, _): "missing key \"\(key.stringValue)\""
        case .typeMismatch(let type, let context): "type mismatch for \(type): \(context.debugDescription)"
        case .valueNotFound(let type, let context): "no value for \(type): \(context.debugDescription)"
        @unknown default: "\(error)"
        }
    }
}
