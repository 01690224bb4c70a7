import Foundation

/// Finds the PostgreSQL server programs (`initdb`, `pg_ctl`).
///
/// Looks, in order, at `$WARRANT_POSTGRES_BIN`, at `pg_config --bindir`, at every
/// directory on `$PATH`, and at Debian's versioned layout `/usr/lib/postgresql/<n>/bin`
/// (newest first), because Debian keeps the server programs off `$PATH`.
struct PostgresBinaries: Sendable {
    let directory: String

    var initdb: String { directory + "/initdb" }
    var pgCtl: String { directory + "/pg_ctl" }

    static func locate() async throws -> PostgresBinaries {
        var candidates: [String] = []
        let environment = ProcessInfo.processInfo.environment
        if let configured = environment["WARRANT_POSTGRES_BIN"], !configured.isEmpty {
            candidates.append(configured)
        }
        if let reported = await pgConfigBinDirectory(searchPath: environment["PATH"] ?? "") {
            candidates.append(reported)
        }
        candidates += (environment["PATH"] ?? "").split(separator: ":").map(String.init)
        candidates += debianDirectories()
        for directory in candidates where isServerDirectory(directory) {
            return PostgresBinaries(directory: directory)
        }
        throw TemporaryPostgresError.binariesNotFound(searched: candidates)
    }

    private static func isServerDirectory(_ directory: String) -> Bool {
        let files = FileManager.default
        return files.isExecutableFile(atPath: directory + "/initdb") && files.isExecutableFile(atPath: directory + "/pg_ctl")
    }

    private static func debianDirectories() -> [String] {
        let root = "/usr/lib/postgresql"
        let versions = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
        return versions
            .compactMap { Int($0) }
            .sorted(by: >)
            .map { "\(root)/\($0)/bin" }
    }

    /// Asks `pg_config` (shipped with libpq's development files) where the programs live.
    private static func pgConfigBinDirectory(searchPath: String) async -> String? {
        for directory in searchPath.split(separator: ":") {
            let tool = "\(directory)/pg_config"
            guard FileManager.default.isExecutableFile(atPath: tool) else { continue }
            let output = try? await ProcessRunner.run(tool, ["--bindir"], timeout: .seconds(30))
            return output?.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        return nil
    }
}
