/// Why a ``Migrator`` refused to run or stopped. Each case names the migration concerned.
public enum MigrationError: Error, Sendable, CustomStringConvertible {
    /// The list is not in strictly increasing version order (this covers duplicates).
    case versionsNotIncreasing(previousVersion: Int, previousName: String, version: Int, name: String)
    /// An applied migration's SQL has changed since it was applied.
    case checksumMismatch(version: Int, name: String, recordedChecksum: String, currentChecksum: String)
    /// An applied migration's version now carries a different name.
    case nameMismatch(version: Int, recordedName: String, currentName: String)
    /// A migration's SQL (or its bookkeeping) failed; its transaction was rolled back.
    case failed(version: Int, name: String, underlying: DatabaseError)

    /// A message naming the migration and what to do about it.
    public var description: String {
        switch self {
        case .versionsNotIncreasing(let previousVersion, let previousName, let version, let name):
            "migration \(version) \"\(name)\" follows migration \(previousVersion) \"\(previousName)\": "
                + "versions must be unique and strictly increasing"
        case .checksumMismatch(let version, let name, let recorded, let current):
            "migration \(version) \"\(name)\" was changed after it was applied "
                + "(recorded checksum \(recorded), now \(current)); add a new migration instead of editing an applied one"
        case .nameMismatch(let version, let recordedName, let currentName):
            "migration \(version) was applied as \"\(recordedName)\" but is now called \"\(currentName)\""
        case .failed(let version, let name, let underlying):
            "migration \(version) \"\(name)\" failed and was rolled back: \(underlying.description)"
        }
    }
}
