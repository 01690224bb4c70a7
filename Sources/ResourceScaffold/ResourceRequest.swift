/// What the user asked for: `api new resource NAME [--plural PLURAL] [--field name:Type]…`.
public struct ResourceRequest: Sendable, Equatable {
    /// The singular name, e.g. `bookmark` or `invoice_item`.
    public var name: String
    /// The plural, when naive English gets it wrong.
    public var plural: String?
    /// The `--field` options, e.g. `title:String`; none means `title:String`.
    public var fields: [String]

    /// A request for `name`.
    public init(name: String, plural: String? = nil, fields: [String] = []) {
        self.name = name
        self.plural = plural
        self.fields = fields
    }
}
