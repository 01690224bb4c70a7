import ArgumentParser
import Foundation
import ResourceScaffold

/// `api new`: add code to the project from the template's patterns.
struct NewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Add code to the project.",
        subcommands: [NewResourceCommand.self]
    )
}

/// `api new resource NAME`: a protected CRUD resource modelled on the todos, with its migration and tests.
struct NewResourceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resource",
        abstract: "Add a protected CRUD resource: model, store, routes, migration and tests.",
        discussion: """
            Creates Sources/App/<Plural>/ and Tests/AppTests/<Type>Tests.swift, and registers the routes, the \
            migration and the stores above the anchor comments of AppAPI.swift, AppMigrations.swift and \
            AppDependencies.swift. Every check runs first: on any problem nothing is written.
            """
    )

    @Argument(help: "The singular name, lowercase: bookmark, invoice_item or invoice-item.")
    var name: String

    @Option(help: "The plural, when adding s, es or ies gets it wrong (person: --plural people).")
    var plural: String?

    @Option(name: .customLong("field"), help: ArgumentHelp(
        "A field as name:Type, the type String, Int, Double or Bool; repeat for several (default: title:String).",
        valueName: "name:Type"
    ))
    var fields: [String] = []

    @Option(help: "The project's root folder.")
    var project: String = "."

    func run() async throws {
        let tree = ProjectTree(root: URL(fileURLWithPath: project, isDirectory: true))
        let plan: ResourcePlan
        do {
            plan = try ResourcePlanner(project: tree).plan(ResourceRequest(name: name, plural: plural, fields: fields))
            _ = try PlanApplier(project: tree).apply(plan)
        } catch let refusal as ScaffoldRefusal {
            FileHandle.standardError.write(Data("api new resource \(name): refused, \(refusal)\n".utf8))
            throw ExitCode.failure
        }
        print(Self.report(plan), terminator: "")
    }

    /// What was created and edited, then what to do next.
    static func report(_ plan: ResourcePlan) -> String {
        let resource = plan.resource
        var lines = [
            "Added the \(resource.singularPhrase) resource: table \(resource.tableName), path \(resource.path), "
                + "migration \(plan.migrationVersion), fields \(plan.fields.map { "\($0.columnName):\($0.type.rawValue)" }.joined(separator: ", ")).",
        ]
        lines += plan.files.map { "  create  \($0.path)" }
        for edit in plan.edits {
            lines.append("  edit    \(edit.path)")
            lines += edit.insertedLines.map { "            + \($0)" }
        }
        lines += [
            "Next steps:",
            "  make openapi   regenerate docs/openapi.json with the new operations, and commit it with the code",
            "  make test      the whole suite, \(resource.typeName)Tests included",
            "",
        ]
        return lines.joined(separator: "\n")
    }
}
