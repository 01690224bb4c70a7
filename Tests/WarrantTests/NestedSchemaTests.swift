import Testing
import Warrant

/// `@Schema` types nested in a namespace, naming their siblings: the generated extensions sit at file
/// scope, where `Kind` alone does not resolve, so they name these types through aliases declared inside.
enum Billing {
    /// An invoice line.
    @Schema
    struct Line: Equatable {
        /// What it is.
        var kind: Kind
        /// The part, if any.
        var part: Part?
        /// Earlier kinds.
        var history: [Kind] = []
    }

    /// The kinds of lines.
    @Schema
    enum Kind: String, Equatable {
        case goods, service
    }

    /// A part.
    @Schema
    struct Part: Equatable {
        /// The part number.
        var number: Int
    }

    /// A charge: a part, or a line.
    @Schema
    enum Charge: Equatable {
        case part(Part)
        case line(Line)
    }
}

@Suite("@Schema on nested types")
struct NestedSchemaTests {
    @Test("a struct whose members are its sibling types decodes, encodes and is documented")
    func nestedStruct() throws {
        let json = #"{"kind":"service","part":{"number":7},"history":["goods"]}"#
        let (line, issues) = try JSONTestSupport.decode(Billing.Line.self, json)
        #expect(issues.isEmpty)
        #expect(line == Billing.Line(kind: .service, part: Billing.Part(number: 7), history: [.goods]))
        #expect(JSONTestSupport.encode(Billing.Line(kind: .goods, part: nil)) == #"{"kind":"goods","history":[]}"#)
        let (_, bad) = try JSONTestSupport.decode(Billing.Line.self, #"{"kind":"rent"}"#)
        #expect(bad.map(\.pointer) == ["/kind"])
        let components = try JSONTestSupport.components(of: Billing.Line.self)
        #expect(components["Line"] != nil && components["Part"] != nil && components["Kind"] != nil)
    }

    @Test("a union whose cases carry sibling types")
    func nestedUnion() throws {
        let (charge, issues) = try JSONTestSupport.decode(Billing.Charge.self, #"{"type":"part","number":3}"#)
        #expect(issues.isEmpty && charge == .part(Billing.Part(number: 3)))
        #expect(JSONTestSupport.encode(Billing.Charge.part(Billing.Part(number: 3))) == #"{"type":"part","number":3}"#)
    }
}
