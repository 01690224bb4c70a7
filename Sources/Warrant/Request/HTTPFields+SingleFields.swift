import HTTPTypes

extension HTTPFields {
    /// The value of the field named `name` when exactly one is present; `nil` when it is absent or repeated.
    ///
    /// For fields that must appear once (`Authorization`, `X-Request-Id`): the subscript would join repeated
    /// values with commas, and costs more, since it builds that joined string on every call.
    func soleValue(_ name: HTTPField.Name) -> String? {
        var value: String?
        for field in self where field.name == name {
            guard value == nil else { return nil }
            value = field.value
        }
        return value
    }

    /// Sets `field`, replacing any value already there; appending a prebuilt constant field skips
    /// revalidating its value on every response.
    mutating func set(_ field: HTTPField) {
        if contains(field.name) {
            self[field.name] = field.value
        } else {
            append(field)
        }
    }
}
