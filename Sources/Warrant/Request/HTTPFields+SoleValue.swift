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
}
