import OpenAPIKit

/// How uploads are written into the OpenAPI document.
enum UploadDocumentation {
    /// `format: binary`: what Swagger UI draws a file input for and generated clients type as a file.
    static let binaryFormat = JSONTypeFormat.StringFormat.other("binary")
    /// The media types `@MediaTypes` declares for a file, on its property's schema (a list, where
    /// `contentMediaType` holds one); a multipart body copies them into its `encoding`.
    static let mediaTypesExtension = "x-media-types"
    /// The size `@MaxBytes` declares for a file, on its property's schema.
    static let maxBytesExtension = "x-max-bytes"
}

extension UploadDocumentation {
    /// The `@MediaTypes` lists of an object's file properties (arrays of files included), by property.
    static func declaredMediaTypes(of schema: JSONSchema, in components: SchemaComponents) -> [(name: String, types: [String])] {
        var object = schema
        if case .reference(let reference, _) = schema.value, let name = reference.name, let target = components.schemas[name] {
            object = target
        }
        guard case .object(_, let context) = object.value else { return [] }
        return context.properties.compactMap { name, property in
            mediaTypes(of: property).map { (name, $0) }
        }
    }

    private static func mediaTypes(of schema: JSONSchema) -> [String]? {
        switch schema.value {
        case .array(_, let array): return array.items.flatMap(mediaTypes(of:))
        case .any(let schemas, _): return schemas.lazy.compactMap(mediaTypes(of:)).first
        default: return schema.vendorExtensions[mediaTypesExtension]?.value as? [String]
        }
    }
}
