import Foundation

/// Writes a checked plan: creates its files (never over an existing one), then makes its edits.
public struct PlanApplier: Sendable {
    /// The project the plan was made for.
    public let project: ProjectTree

    /// An applier for `project`.
    public init(project: ProjectTree) {
        self.project = project
    }

    /// Applies `plan`. First checks again that no file to create exists and that every file to edit still
    /// holds the text the plan was made from, refusing without writing if not (the project changed since);
    /// then creates the files, then writes the edits. A write that fails part-way reports what was written.
    public func apply(_ plan: ResourcePlan) throws -> [String] {
        var problems = plan.files.filter { project.exists($0.path) }.map { "the file \($0.path) already exists" }
        for edit in plan.edits where project.text(of: edit.path) != edit.original {
            problems.append("\(edit.path) changed since the plan was made")
        }
        guard problems.isEmpty else { throw ScaffoldRefusal(problems) }

        var written: [String] = []
        do {
            for file in plan.files {
                let url = project.url(of: file.path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                // `.withoutOverwriting` creates the file exclusively: an existing one makes this throw.
                try Data(file.contents.utf8).write(to: url, options: .withoutOverwriting)
                written.append(file.path)
            }
            for edit in plan.edits {
                try Data(edit.updated.utf8).write(to: project.url(of: edit.path), options: .atomic)
                written.append(edit.path)
            }
        } catch {
            throw PartialWrite(written: written, underlying: error)
        }
        return written
    }
}

/// Applying a plan failed after writing some of it.
public struct PartialWrite: Error, CustomStringConvertible {
    /// The files created or edited before the failure.
    public let written: [String]
    /// Why the next write failed.
    public let underlying: any Error

    /// What failed and what is already written, to remove or finish by hand.
    public var description: String {
        let list = written.isEmpty ? "nothing" : written.joined(separator: ", ")
        return "writing failed (\(underlying.localizedDescription)); written so far: \(list)"
    }
}
