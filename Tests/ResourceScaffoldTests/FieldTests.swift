import Testing
@testable import ResourceScaffold

@Suite("Fields")
struct FieldTests {
    @Test("no --field means title:String")
    func defaultField() throws {
        #expect(try FieldList.parse([]) == [Field(words: ["title"], type: .string)])
    }

    @Test("name:Type, snake or camel: Swift name, column and JSON key")
    func parsing() throws {
        let fields = try FieldList.parse(["title:String", "due_date:Int", "ratingScore:Double", "done:Bool", "line2:Int"])
        #expect(fields.map(\.swiftName) == ["title", "dueDate", "ratingScore", "done", "line2"])
        #expect(fields.map(\.columnName) == ["title", "due_date", "rating_score", "done", "line2"])
        #expect(fields.map(\.type) == [.string, .int, .double, .bool, .int])
        #expect(fields.map(\.type.swiftType) == ["String", "Int64", "Double", "Bool", "Int64"])
        #expect(fields.map(\.type.sqlType) == ["TEXT", "BIGINT", "DOUBLE PRECISION", "BOOLEAN", "BIGINT"])
    }

    @Test("malformed fields are refused, each named", arguments: [
        ("title", "is not name:Type"),
        ("title:Text", "has the type 'Text'; the types are String, Int, Double, Bool"),
        ("title:string", "has the type 'string'"),
        ("Title:String", "is not lowercase snake case"),
        ("due-date:String", "is not lowercase snake case"),
        ("due_Date:String", "is not lowercase snake case"),
        ("myURL:String", "is not lowercase snake case"),
        (":String", "is not lowercase snake case"),
        ("repeat:String", "is a Swift keyword"),
        ("order:Int", "a PostgreSQL reserved word"),
    ])
    func malformed(_ option: String, _ message: String) {
        let problems = refusal { try FieldList.parse([option]) }
        #expect(problems.count == 1)
        #expect(problems.first?.contains(message) == true, "\(problems)")
    }

    @Test("id, owner and created_at are reserved", arguments: ["id:Int", "owner:String", "created_at:String", "createdAt:Bool"])
    func reserved(_ option: String) {
        #expect(refusal { try FieldList.parse([option]) } == ["the field '\(option)' is reserved: every resource has id, owner and created_at already"])
    }

    @Test("duplicates are refused, also across snake and camel spellings")
    func duplicates() {
        #expect(refusal { try FieldList.parse(["title:String", "title:Int"]) } == ["the field 'title' is given more than once"])
        #expect(refusal { try FieldList.parse(["due_date:Int", "dueDate:Int"]) } == ["the field 'dueDate' is given more than once"])
        #expect(refusal { try FieldList.parse(["line_2:Int", "line2:Int"]) } == ["the field 'line2' is given more than once"])
    }

    @Test("every problem of every field is reported at once")
    func allProblems() {
        let problems = refusal { try FieldList.parse(["Bad:Nope", "id:Int", "ok:String", "ok:Bool"]) }
        #expect(problems.count == 4, "\(problems)")
    }
}
