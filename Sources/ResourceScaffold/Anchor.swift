/// A comment line in a template file that marks where generated lines go: they are inserted directly above
/// it, at its indentation, and it stays, so the next resource goes there too.
public struct Anchor: Sendable, Equatable {
    /// The file, relative to the project's root.
    public let file: String
    /// The comment's start, e.g. `// New route groups go here`.
    public let marker: String

    /// An anchor in `file` whose line starts (after indentation) with `marker`.
    public init(file: String, marker: String) {
        self.file = file
        self.marker = marker
    }

    /// Where route groups are included, in `AppAPI.make`.
    public static let routeGroups = Anchor(file: ProjectLayout.api, marker: "// New route groups go here")
    /// The end of `AppMigrations.all`.
    public static let migrations = Anchor(file: ProjectLayout.migrations, marker: "// New migrations go here")
    /// The stored properties of `AppDependencies`.
    public static let stores = Anchor(file: ProjectLayout.dependencies, marker: "// New stores go here")
    /// The arguments of `AppDependencies.live`.
    public static let postgresStores = Anchor(file: ProjectLayout.dependencies, marker: "// New PostgreSQL stores go here")
    /// The arguments of `AppDependencies.offline`.
    public static let inMemoryStores = Anchor(file: ProjectLayout.dependencies, marker: "// New in-memory stores go here")

    /// The full comment to restore when it is missing: the marker and the note the template gives it.
    public var restorableLine: String {
        "\(marker) (`api new resource` adds them above this line)."
    }
}

/// A line to insert above an anchor.
public struct AnchorInsertion: Sendable, Equatable {
    /// Where.
    public let anchor: Anchor
    /// The line, without indentation: the anchor's is used.
    public let line: String

    /// `line` above `anchor`.
    public init(anchor: Anchor, line: String) {
        self.anchor = anchor
        self.line = line
    }
}
