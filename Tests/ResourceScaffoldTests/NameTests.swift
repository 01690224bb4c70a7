import Testing
@testable import ResourceScaffold

@Suite("Resource names and plurals")
struct NameTests {
    @Test("bookmark: every form")
    func bookmark() throws {
        let name = try ResourceName.parse("bookmark")
        #expect(name.typeName == "Bookmark")
        #expect(name.pluralTypeName == "Bookmarks")
        #expect(name.singularIdentifier == "bookmark")
        #expect(name.pluralIdentifier == "bookmarks")
        #expect(name.tableName == "bookmarks")
        #expect(name.path == "/bookmarks")
        #expect(name.tag == "bookmarks")
        #expect(ResourceFiles.folder(name) == "Sources/App/Bookmarks")
    }

    @Test("invoice_item and invoice-item are the same resource", arguments: ["invoice_item", "invoice-item"])
    func twoWords(_ text: String) throws {
        let name = try ResourceName.parse(text)
        #expect(name.typeName == "InvoiceItem")
        #expect(name.pluralTypeName == "InvoiceItems")
        #expect(name.singularIdentifier == "invoiceItem")
        #expect(name.pluralIdentifier == "invoiceItems")
        #expect(name.tableName == "invoice_items")
        #expect(name.path == "/invoice-items")
        #expect(name.pluralPhrase == "invoice items")
        #expect(ResourceFiles.folder(name) == "Sources/App/InvoiceItems")
        #expect(MigrationTemplate.propertyName(name) == "createInvoiceItems")
    }

    @Test("naive English plurals of the last word", arguments: [
        ("category", "categories"), ("day", "days"), ("key", "keys"), ("box", "boxes"), ("bus", "buses"),
        ("match", "matches"), ("wish", "wishes"), ("quiz", "quizes"), ("note", "notes"), ("y", "ys"),
        ("line_entry", "line_entries"),
    ])
    func plurals(_ singular: String, _ plural: String) throws {
        #expect(try ResourceName.parse(singular).tableName == plural)
    }

    @Test("--plural overrides the naive plural, in either separator style")
    func pluralOverride() throws {
        let person = try ResourceName.parse("person", plural: "people")
        #expect(person.typeName == "Person")
        #expect(person.pluralTypeName == "People")
        #expect(person.pluralIdentifier == "people")
        #expect(person.path == "/people")
        let child = try ResourceName.parse("child-record", plural: "child-records-list")
        #expect(child.tableName == "child_records_list")
    }

    @Test("names not of the form are refused, each problem named", arguments: [
        "Bookmark", "bookMark", "invoice__item", "item_", "_item", "2fa", "item_2", "", "bad name", "café",
    ])
    func malformed(_ text: String) {
        let problems = refusal { try ResourceName.parse(text) }
        #expect(problems.count == 1)
        #expect(problems.first?.contains("the name '\(text)' is not lowercase words") == true)
    }

    @Test("Swift keywords are refused")
    func keywords() {
        for text in ["class", "self", "struct", "return"] {
            #expect(refusal { try ResourceName.parse(text) } == ["the name '\(text)' is a Swift keyword"])
        }
        #expect(refusal { try ResourceName.parse("type") }.first?.contains("the type `Type`") == true)
        #expect(refusal { try ResourceName.parse("item", plural: "repeat") } == ["the plural 'repeat' is a Swift keyword"])
    }

    @Test("names that would hide a standard type or clash with the generated code's identifiers are refused")
    func generatedIdentifiers() {
        #expect(refusal { try ResourceName.parse("date") }.first?.contains("`Date`") == true)
        #expect(refusal { try ResourceName.parse("proof") }.first?.contains("`proof`") == true)
        #expect(refusal { try ResourceName.parse("request") }.first?.contains("`request`") == true)
        #expect(refusal { try ResourceName.parse("grant", plural: "user") }.contains { $0.contains("PostgreSQL reserved word") })
    }

    @Test("a bad name and a bad plural are both reported")
    func both() {
        let problems = refusal { try ResourceName.parse("Bad", plural: "Worse") }
        #expect(problems.count == 2)
        #expect(problems[0].contains("name 'Bad'") && problems[1].contains("plural 'Worse'"))
    }
}

/// The problems `body` refuses with; none when it succeeds.
func refusal<T>(_ body: () throws -> T) -> [String] {
    do {
        _ = try body()
        return []
    } catch let refusal as ScaffoldRefusal {
        return refusal.problems
    } catch {
        return ["not a refusal: \(error)"]
    }
}
