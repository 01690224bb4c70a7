import Foundation
import Testing
import WarrantAudit

/// Where documents come from: files, git revisions (in a throwaway repository) and URLs, and the clear
/// errors when they cannot be read.
@Suite("Sources and input errors")
struct SourceTests {
    @Test("arguments name a file, a URL, or git:REVISION:PATH")
    func arguments() throws {
        #expect(try SpecSource(argument: "docs/openapi.json") == .file("docs/openapi.json"))
        #expect(try SpecSource(argument: "https://api.example.com/openapi.json") == .url("https://api.example.com/openapi.json"))
        #expect(try SpecSource(argument: "git:origin/main:docs/openapi.json") == .git(revision: "origin/main", path: "docs/openapi.json"))
        #expect(try SpecSource(argument: "git:HEAD~1:a:b.json") == .git(revision: "HEAD~1", path: "a:b.json"))
        for bad in ["git:", "git:main", "git:main:", "git::docs/openapi.json", ""] {
            #expect(throws: AuditError.self, "\(bad)") { _ = try SpecSource(argument: bad) }
        }
    }

    @Test("git:REVISION:PATH reads the file as committed, in a temporary repository")
    func git() async throws {
        let repository = try TemporaryRepository()
        defer { repository.remove() }
        try repository.commit("spec.json", contents: Data(contentsOf: Corpus.url("became-public/old.json")), message: "old")
        try repository.commit("spec.json", contents: Data(contentsOf: Corpus.url("became-public/new.json")), message: "new")
        let loader = SpecLoader(workingDirectory: repository.path)
        let old = try await loader.load(SpecSource(argument: "git:HEAD~1:spec.json"))
        let new = try await loader.load(SpecSource(argument: "git:HEAD:spec.json"))
        #expect(old.origin == "git:HEAD~1:spec.json")
        #expect(SpecDiff.changes(from: old, to: new).map(\.code) == [.becamePublic])
        // The working tree's file, relative to the same folder.
        let current = try await loader.load(.file("spec.json"))
        #expect(SpecDiff.changes(from: new, to: current).isEmpty)

        await #expect {
            _ = try await loader.load(.git(revision: "no-such-branch", path: "spec.json"))
        } throws: { error in
            "\(error)".contains("git show no-such-branch:spec.json failed") && "\(error)".contains("fetch the revision first")
        }
        await #expect {
            _ = try await loader.load(.git(revision: "HEAD", path: "missing.json"))
        } throws: { error in "\(error)".contains("git show HEAD:missing.json failed") }
        await #expect {
            _ = try await loader.load(.git(revision: "--output=/tmp/x", path: "spec.json"))
        } throws: { error in "\(error)".contains("cannot start with '-'") }
    }

    @Test("a missing file, a folder, and a file over the size cap are clear errors")
    func files() async throws {
        let loader = SpecLoader(maximumBytes: 100)
        await #expect { _ = try await loader.load(.file("/nonexistent/openapi.json")) } throws: { error in
            "\(error)".hasPrefix("/nonexistent/openapi.json: no such file")
        }
        await #expect { _ = try await loader.load(.file(NSTemporaryDirectory())) } throws: { error in "\(error)".contains("is a folder") }
        let big = try Corpus.url("became-public/old.json").path
        await #expect { _ = try await loader.load(.file(big)) } throws: { error in "\(error)".contains("more than the 100 bytes") }
    }

    @Test("invalid JSON, invalid YAML, and documents that are not OpenAPI 3 are refused, saying which and why", arguments: [
        ("{\"openapi\": \"3.1.0\",\n \"paths\": {,}}", "is not valid JSON: unexpected character ',', expected a string key (line 2, column 12)"),
        ("{\"openapi\": \"3.1.0\", \"openapi\": \"3.0.0\"}", "is not valid JSON: duplicate key"),
        ("openapi: 3.1.0\npaths: [unclosed", "is neither JSON nor valid YAML"),
        ("{\"title\": \"hello\"}", "is not an OpenAPI document: it has no \"openapi\" member"),
        ("[1, 2]", "is not an OpenAPI document: its top level is an array, not an object"),
        ("just some text", "is not an OpenAPI document: its top level is a string, not an object"),
        ("swagger: \"2.0\"\npaths: {}", "is a Swagger 2.0 document"),
        ("{\"openapi\": \"4.0.0\"}", "is OpenAPI 4.0.0; the audit reads OpenAPI 3.0 and 3.1"),
        ("{\"openapi\": \"3.1.0\", \"paths\": []}", "\"paths\" is an array, not an object"),
        ("", "is empty"),
    ])
    func invalid(text: String, message: String) {
        #expect {
            _ = try SpecDocument(parsing: Array(text.utf8), origin: "new.json")
        } throws: { error in
            let said = "\(error)"
            return said.hasPrefix("new.json") && said.contains(message)
        }
    }

    @Test("YAML aliases that expand without bound are refused")
    func aliasBomb() {
        var yaml = "openapi: 3.1.0\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...8 { yaml += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n" }
        #expect {
            _ = try SpecDocument(parsing: Array(yaml.utf8), origin: "bomb.yaml")
        } throws: { error in "\(error)".contains("expands to more than") }
    }

    @Test("a URL that cannot be fetched is a clear error")
    func unreachableURL() async {
        await #expect {
            _ = try await SpecLoader(timeout: .seconds(1)).load(.url("http://127.0.0.1:9/openapi.json"))
        } throws: { error in "\(error)".hasPrefix("http://127.0.0.1:9/openapi.json could not be fetched") }
    }
}

/// A git repository in a temporary folder, for the `git:` source.
struct TemporaryRepository {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "warrant-audit-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        try git("init", "--quiet")
    }

    /// Writes `file` and commits it.
    func commit(_ file: String, contents: Data, message: String) throws {
        try contents.write(to: URL(fileURLWithPath: path).appendingPathComponent(file))
        try git("add", file)
        try git("-c", "user.name=Audit Test", "-c", "user.email=audit@example.com", "-c", "commit.gpgsign=false", "commit", "--quiet", "-m", message)
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }

    private func git(_ arguments: String...) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: path)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CorpusError("git \(arguments.joined(separator: " ")) failed") }
    }
}
