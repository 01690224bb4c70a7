import Testing
@testable import WarrantPostgres

@Suite("Column names resolve to indices, narrow results by scan and wide ones by hash")
struct ColumnLookupTests {
    @Test("each name finds its column, a shared name is ambiguous, an unknown one is absent", arguments: [4, 40])
    func lookup(width: Int) {
        var names = (0..<width).map { "column_\($0)" }
        names[width - 1] = "column_1"
        let lookup = ColumnLookup(names: names, keys: names)
        #expect(lookup.index(of: "column_0") == 0)
        #expect(lookup.index(of: "column_2") == 2)
        #expect(lookup.index(of: "column_1") == ColumnLookup.ambiguous)
        #expect(lookup.index(of: "nothing") == nil)
        #expect(lookup.index(of: "Column_0") == nil)
    }
}
