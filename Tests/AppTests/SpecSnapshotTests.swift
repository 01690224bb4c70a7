import Foundation
import Testing
import App

@Suite("The committed spec snapshot")
struct SpecSnapshotTests {
    /// `docs/openapi.json`, found from this file's location so the test runs from any directory.
    private var snapshotURL: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("docs/openapi.json")
    }

    @Test("docs/openapi.json is exactly what the code generates (run `make openapi` after an API change)")
    func snapshotIsCurrent() throws {
        let committed = try String(contentsOf: snapshotURL, encoding: .utf8)
        let generated = try AppAPI.make().specification().jsonText
        #expect(committed == generated, "docs/openapi.json is out of date: run `make openapi` and commit the result so the API change shows in review")
    }
}
