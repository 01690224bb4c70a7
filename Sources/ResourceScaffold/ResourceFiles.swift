/// Where a resource's generated files go.
public enum ResourceFiles {
    /// `Sources/App/InvoiceItems`: the resource's own folder.
    public static func folder(_ resource: ResourceName) -> String {
        "\(ProjectLayout.appSources)/\(resource.pluralTypeName)"
    }

    /// `Sources/App/InvoiceItems/<name>.swift`.
    public static func source(_ name: String, of resource: ResourceName) -> String {
        "\(folder(resource))/\(name).swift"
    }

    /// `Tests/AppTests/InvoiceItemTests.swift`.
    public static func tests(_ resource: ResourceName) -> String {
        "\(ProjectLayout.appTests)/\(TestsTemplate.typeName(resource)).swift"
    }
}
