/// The headers of one part of a `multipart/form-data` body, and what they say.
struct PartHeaders {
    private(set) var fields: [(name: String, value: String)] = []
    private(set) var byteCount = 0

    /// Adds a header as the parser read it.
    mutating func append(name: String, value: String) {
        fields.append((name.lowercased(), value))
        byteCount += name.utf8.count + value.utf8.count + 4
    }

    /// The field's name and the file name, from `Content-Disposition: form-data; name="…"; filename="…"`;
    /// `nil` when the part has no such header or no name.
    func disposition() -> (name: String, filename: String?)? {
        guard let value = fields.first(where: { $0.name == "content-disposition" })?.value else { return nil }
        let parameters = HeaderParameters.parse(value)
        guard parameters.value.lowercased() == "form-data", let name = parameters["name"] else { return nil }
        return (name, parameters["filename*"].flatMap(HeaderParameters.extendedValue) ?? parameters["filename"])
    }

    /// The part's media type, lowercased and without parameters; `nil` when it declares none.
    var contentType: String? {
        fields.first { $0.name == "content-type" }.map { RequestBodyReader.mediaType($0.value) }
    }
}
