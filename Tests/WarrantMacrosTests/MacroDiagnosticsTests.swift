import SwiftParser
import SwiftSyntax
import SwiftSyntaxMacroExpansion
import SwiftSyntaxMacros
import Testing
import WarrantMacros

/// Expands `source` with Warrant's macros; returns the expanded text and the diagnostics' messages.
func expandWarrantMacros(_ source: String) -> (source: String, diagnostics: [String]) {
    let macros: [String: any Macro.Type] = [
        "Schema": SchemaMacro.self,
        "Routes": RoutesMacro.self,
        "Problems": ProblemsMacro.self,
        "GET": MarkerMacro.self,
        "Status": MarkerMacro.self,
        "Length": MarkerMacro.self,
        "POST": MarkerMacro.self,
        "MediaTypes": MarkerMacro.self,
        "MaxBytes": MarkerMacro.self,
        "Row": RowMacro.self,
    ]
    let file = Parser.parse(source: source)
    let context = BasicMacroExpansionContext()
    let expanded = file.expand(macros: macros, contextGenerator: { _ in context }, indentationWidth: .spaces(4))
    return (expanded.description, context.diagnostics.map(\.message))
}

/// The mistakes the macros catch at compile time, each with the message a user sees.
@Suite("Macro diagnostics")
struct MacroDiagnosticsTests {
    private func diagnostics(_ source: String) -> [String] {
        expandWarrantMacros(source).diagnostics
    }

    @Test("@Schema rejects classes")
    func schemaOnClass() {
        let messages = diagnostics("@Schema class Box { var x: Int }")
        #expect(messages.contains { $0.contains("@Schema applies to structs and enums") })
    }

    @Test("@Schema enums: raw values of a type the schema expresses, or a union of cases carrying one struct each")
    func schemaEnums() {
        #expect(diagnostics("@Schema enum Color { case red }").contains { $0.contains("need String or integer raw values") })
        #expect(diagnostics("@Schema enum Level: UInt8 { case low }").contains { $0.contains("(String, Int, Int32 or Int64)") })
        #expect(!diagnostics("@Schema enum Level: Int32 { case low }").contains { $0.contains("raw values") })
        #expect(diagnostics("@Schema enum Color: String { case red(Red) }").contains { $0.contains("is a tagged union and has no raw values: remove 'String'") })
        #expect(diagnostics("@Schema enum Pay { case card(number: Card) }").contains { $0.contains("a @Schema union's case carries one @Schema struct, unlabeled") })
        #expect(diagnostics("@Schema enum Pay { case card(Card, Extra) }").contains { $0.contains("carries one @Schema struct") })
        #expect(diagnostics("@Schema(tag: \"kind\") struct Box { var x: Int }").contains { $0.contains("@Schema(tag:) names the tag member of a union") })
        #expect(diagnostics("@Schema(tag: \"\") enum Pay { case card(Card) }").contains { $0.contains("takes the tag member's name as a string literal") })
        #expect(diagnostics("@Schema enum Pay { case card(Card); case cash }").isEmpty)
    }

    @Test("@Schema needs explicit property types")
    func schemaInferredType() {
        #expect(diagnostics("@Schema struct Box { var x = makeX() }").contains { $0.contains("needs an explicit type on 'x'") })
    }

    @Test("property types that can never be JSON are reported at the property, with what to write instead")
    func unsupportedPropertyTypes() {
        let cases: [(String, String)] = [
            ("var point: (Int, Int)", "'point': a tuple has no JSON form: declare a @Schema struct with named members instead"),
            ("var onChange: (String) -> Void", "'onChange': a function has no JSON form"),
            ("var anything: Any", "'anything': 'Any' has no schema: use a concrete type"),
            ("var shape: any Shape", "'shape': 'any Shape' has no schema"),
            ("var counts: [Int: String]", "'counts': JSON object keys are strings: use [String: String]"),
            ("var nested: [[UUID: Int]]", "'nested': JSON object keys are strings: use [String: Int]"),
            ("var name: String!", "'name': write an optional member as 'T?', not 'T!'"),
            ("var note: String??", "'note': a @Schema member is optional once"),
            ("var tags: [(String, Int)]?", "'tags': a tuple has no JSON form"),
        ]
        for (declaration, message) in cases {
            let messages = diagnostics("@Schema struct Box { \(declaration) }")
            #expect(messages == [message] || messages.count == 1 && messages[0].hasPrefix(message), "\(declaration): \(messages)")
        }
        #expect(diagnostics("@Schema struct Box { var scores: [String: [Int]]; var tags: [String]?; var id: UUID }").isEmpty)
    }

    @Test("a handler's first parameter must be its Request")
    func handlerWithoutRequest() {
        let source = """
            @Routes struct R {
                @GET("/x") func x(id: Int) -> Int { id }
            }
            """
        #expect(diagnostics(source).contains { $0.contains("first parameter is its request") })
    }

    @Test("every path segment needs a parameter, and path parameters cannot be optional")
    func pathSegments() {
        let missing = """
            @Routes struct R {
                @GET("/todos/{id}") func x(_ r: Request<Unauthenticated>) -> Int { 1 }
            }
            """
        #expect(diagnostics(missing).contains { $0.contains("the path segment '{id}' needs a parameter named 'id'") })
        let optional = """
            @Routes struct R {
                @GET("/todos/{id}") func x(_ r: Request<Unauthenticated>, id: Int?) -> Int { 1 }
            }
            """
        #expect(diagnostics(optional).contains { $0.contains("path parameter 'id' cannot be optional") })
    }

    @Test("route paths must be string literals starting with /")
    func pathLiteral() {
        let source = """
            @Routes struct R {
                @GET("todos") func x(_ r: Request<Unauthenticated>) -> Int { 1 }
            }
            """
        #expect(diagnostics(source).contains { $0.contains("a route path starts with '/'") })
    }

    @Test("@Problems cases need a status")
    func problemsWithoutStatus() {
        #expect(diagnostics("@Problems enum E: Error { case gone }").contains { $0.contains("needs @Status") })
    }
}

/// What the macros generate for well-formed declarations.
@Suite("Macro expansion")
struct MacroExpansionTests {
    @Test("@Routes registers each verb method with its docs, inputs and access")
    func routesExpansion() {
        let source = """
            /// Things.
            @Routes(tag: "things")
            struct ThingRoutes {
                /// Read a thing.
                ///
                /// Only yours.
                /// - Parameter id: The thing's id.
                @GET("/things/{id}")
                func read(_ request: Request<Authorized<Member>>, id: Int64, verbose: Bool = false) async throws(ThingError) -> Thing {
                    fatalError()
                }
            }
            """
        let (expanded, diagnostics) = expandWarrantMacros(source)
        #expect(diagnostics.isEmpty)
        #expect(expanded.contains(#"Warrant.Inputs.path(Int64.self, "id", description: "The thing's id.", constraints: [])"#))
        #expect(expanded.contains(#"Warrant.Inputs.inferred(Bool.self, "verbose", description: nil, default: false, constraints: [])"#))
        #expect(expanded.contains(#"operationID: "thingRead", summary: "Read a thing.", description: "Only yours.""#))
        #expect(expanded.contains(#"let tag = routes.tag(declared: "things", derived: "thing")"#))
        #expect(expanded.contains("tags: [tag], deprecation: nil"))
        #expect(expanded.contains("problems: [ThingError.self]"))
        #expect(expanded.contains("(request: Warrant.Request<Authorized<Member>>, input: Warrant.RouteInput) async throws -> Thing in"))
        #expect(expanded.contains("return try await self.read(request, id: v0, verbose: v1)"))
        #expect(expanded.contains(#"routes.describeTag(tag, description: "Things.")"#))
    }

    @Test("uploads: @Body(multipart:) and @Body(mediaTypes:) pick their descriptors; @MediaTypes and @MaxBytes are constraints")
    func uploadExpansion() {
        let source = """
            @Routes
            struct PhotoRoutes {
                /// Upload.
                @POST("/photos")
                func upload(_ request: Request<Unauthenticated>, @Body(multipart: true) form: PhotoUpload) -> Photo {
                    fatalError()
                }
                /// Upload raw.
                @POST("/photos/raw")
                func uploadRaw(_ request: Request<Unauthenticated>, @Body(mediaTypes: ["image/png"]) raw: UploadedFile) -> Photo {
                    fatalError()
                }
            }
            @Schema
            struct PhotoUpload {
                @MediaTypes("image/png", "image/*") @MaxBytes(1024)
                var photo: UploadedFile
            }
            """
        let (expanded, diagnostics) = expandWarrantMacros(source)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(expanded.contains("Warrant.Inputs.multipartBody(PhotoUpload.self, description: nil)"))
        #expect(expanded.contains(#"Warrant.Inputs.body(UploadedFile.self, description: nil, mediaTypes: ["image/png"])"#))
        #expect(expanded.contains(#"constraints: [.mediaTypes("image/png", "image/*"), .maxBytes(1024)]"#), "\(expanded)")
    }
}
