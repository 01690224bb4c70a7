import HTTPTypes

/// Collects request headers from an event's maps into ``HTTPFields``.
struct HeaderList {
    /// The collected fields.
    private(set) var fields = HTTPFields()
    /// `Cookie` values, joined into one field at the end as HTTP/1.1 requires.
    private var cookies: [String] = []
    /// The `Host` header: HTTP types carry it as the request's authority, not as a field,
    /// just as Hummingbird's HTTP/1 server moves it.
    private(set) var host: String?

    /// Adds every value of every header. Names sort for determinism (JSON objects carry no order);
    /// names that are not valid HTTP tokens (AWS's own sample events contain an empty one) and
    /// values that are not valid field values are skipped rather than failing the request.
    mutating func add(_ headers: [String: [String]]) {
        for name in headers.keys.sorted() {
            guard let fieldName = HTTPField.Name(name) else { continue }
            for value in headers[name] ?? [] {
                self.add(name: fieldName, value: value)
            }
        }
    }

    /// Adds one header value.
    mutating func add(name: HTTPField.Name, value: String) {
        if name == .cookie {
            self.cookies.append(value)
            return
        }
        if name.canonicalName == "host" {
            self.host = self.host ?? value
            return
        }
        guard HTTPField.isValidValue(value) else { return }
        self.fields.append(HTTPField(name: name, value: value))
    }

    /// Replaces any `Cookie` values gathered so far, for events that carry cookies separately.
    mutating func setCookies(_ cookies: [String]) {
        self.cookies = cookies
    }

    /// The fields, with all cookies in one `Cookie` field.
    func build() -> HTTPFields {
        var fields = self.fields
        let cookie = self.cookies.filter { !$0.isEmpty }.joined(separator: "; ")
        if !cookie.isEmpty, HTTPField.isValidValue(cookie) {
            fields.append(HTTPField(name: .cookie, value: cookie))
        }
        return fields
    }
}
