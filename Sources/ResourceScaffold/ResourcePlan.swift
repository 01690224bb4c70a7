/// Everything one run of the scaffold will do, computed and checked before anything is written.
public struct ResourcePlan: Sendable, Equatable {
    /// The resource's names.
    public let resource: ResourceName
    /// Its fields.
    public let fields: [Field]
    /// The version of its migration.
    public let migrationVersion: Int
    /// The files to create, none of which exists yet.
    public let files: [PlannedFile]
    /// The files to edit, each with its text before and after.
    public let edits: [PlannedEdit]

    /// A plan; ``ResourcePlanner`` makes checked ones.
    public init(resource: ResourceName, fields: [Field], migrationVersion: Int, files: [PlannedFile], edits: [PlannedEdit]) {
        self.resource = resource
        self.fields = fields
        self.migrationVersion = migrationVersion
        self.files = files
        self.edits = edits
    }
}

/// A file to create.
public struct PlannedFile: Sendable, Equatable {
    /// The path relative to the project's root.
    public let path: String
    /// Its text.
    public let contents: String

    /// A file at `path` holding `contents`.
    public init(path: String, contents: String) {
        self.path = path
        self.contents = contents
    }
}

/// An existing file to change by inserting lines above its anchors.
public struct PlannedEdit: Sendable, Equatable {
    /// The path relative to the project's root.
    public let path: String
    /// The text the plan was made from: applying refuses if the file no longer holds it.
    public let original: String
    /// The text after the insertions.
    public let updated: String
    /// The inserted lines, without indentation, in order.
    public let insertedLines: [String]

    /// An edit of `path` from `original` to `updated`.
    public init(path: String, original: String, updated: String, insertedLines: [String]) {
        self.path = path
        self.original = original
        self.updated = updated
        self.insertedLines = insertedLines
    }
}
