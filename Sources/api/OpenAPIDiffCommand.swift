import ArgumentParser
import Foundation
import WarrantAudit

/// `api openapi diff OLD NEW`: the security and breaking changes between two OpenAPI documents, with an
/// exit status a CI job can gate on.
struct OpenAPIDiffCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Security and breaking changes between two OpenAPI documents.",
        discussion: """
            OLD and NEW are each a file (JSON or YAML), an http(s):// URL, or git:REVISION:PATH (git show \
            REVISION:PATH), e.g. api openapi diff git:origin/main:docs/openapi.json docs/openapi.json. \
            --against-snapshot compares the document this build generates with the committed snapshot.

            Exit status: 0 no unacknowledged security or breaking change; 2 unacknowledged breaking changes \
            only; 3 unacknowledged security changes (whatever else); 1 a usage or input error. \
            See docs/16-auditing-access.md.
            """
    )

    @Argument(help: "The document before: a file, a URL or git:REVISION:PATH.")
    var old: String?

    @Argument(help: "The document after: a file, a URL or git:REVISION:PATH.")
    var new: String?

    @Flag(help: "Compare the document this build generates (as `api openapi` prints it) with the snapshot.")
    var againstSnapshot = false

    @Option(help: "The committed snapshot --against-snapshot compares with.")
    var snapshot = "docs/openapi.json"

    @Option(help: "table (default), markdown (for a pull-request comment) or json.")
    var format = "table"

    @Option(help: ArgumentHelp("The reviewed acknowledgements, e.g. audit/acknowledged.json.", valueName: "file"))
    var acknowledged: String?

    func run() async throws {
        do {
            let report = try await audit()
            print(report.rendered(as: try outputFormat()), terminator: "")
            for warning in report.warnings { Self.printError("warning: \(warning)") }
            if report.exitCode != .clean { throw ExitCode(report.exitCode.rawValue) }
        } catch let error as AuditError {
            Self.printError("api openapi diff: \(error)")
            throw ExitCode(AuditExitCode.inputError.rawValue)
        }
    }

    /// Reads the sources (and the acknowledgements) and compares them.
    private func audit() async throws -> AuditReport {
        _ = try outputFormat()
        let loader = SpecLoader()
        let oldDocument: SpecDocument
        let newDocument: SpecDocument
        switch (againstSnapshot, old, new) {
        case (true, nil, nil):
            oldDocument = try await loader.load(.file(snapshot))
            let generated = try await OpenAPICommand.api().specification().jsonText
            newDocument = try SpecDocument(parsing: Array(generated.utf8), origin: "the document this build generates")
        case (false, let old?, let new?):
            let oldSource = try SpecSource(argument: old)
            let newSource = try SpecSource(argument: new)
            // Fetched side by side: two URLs or two git revisions take the time of one.
            async let oldLoad = loader.load(oldSource)
            async let newLoad = loader.load(newSource)
            (oldDocument, newDocument) = try await (oldLoad, newLoad)
        case (true, _, _):
            throw AuditError("--against-snapshot compares the generated document with \(snapshot): give no OLD or NEW with it")
        default:
            throw AuditError("give two documents (api openapi diff OLD NEW), or --against-snapshot")
        }
        var acknowledgements: [Acknowledgement] = []
        if let acknowledged { acknowledgements = try AcknowledgementFile.load(acknowledged) }
        return AuditReport(
            changes: SpecDiff.changes(from: oldDocument, to: newDocument),
            acknowledgements: acknowledgements,
            old: oldDocument.origin,
            new: newDocument.origin
        )
    }

    /// The `--format` value, refused with the choices (as an input error, status 1).
    private func outputFormat() throws(AuditError) -> AuditOutputFormat {
        guard let format = AuditOutputFormat(rawValue: format) else {
            throw AuditError("--format \(format) is not a report format; use table, markdown or json")
        }
        return format
    }

    private static func printError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
