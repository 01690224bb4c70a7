/// The version of the next migration: one more than the highest `Migration(version:` in the app.
public enum MigrationVersion {
    /// The highest version declared under `Sources/App`, plus one; 1 when there is none.
    public static func next(in project: ProjectTree) -> Int {
        let versions = project.swiftFiles(under: ProjectLayout.appSources).flatMap { SourceScan.migrationVersions(in: $0.text) }
        return (versions.max() ?? 0) + 1
    }
}
