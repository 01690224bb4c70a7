/// Where the template keeps what the scaffold reads and edits, relative to the project's root.
public enum ProjectLayout {
    /// The application module the resource is added to.
    public static let appSources = "Sources/App"
    /// The application's tests.
    public static let appTests = "Tests/AppTests"
    /// Where route groups are included.
    public static let api = "Sources/App/AppAPI.swift"
    /// Where migrations are listed.
    public static let migrations = "Sources/App/Migrations/AppMigrations.swift"
    /// Where stores are declared and built.
    public static let dependencies = "Sources/App/AppDependencies.swift"
}
