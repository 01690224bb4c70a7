/// Factories the `@Routes` macro calls to describe handler parameters.
///
/// Overloads pick the descriptor from the parameter's type at compile time: a `@Schema` struct (or an
/// array of them) is the JSON body; a value type such as `Int` or a `@Schema` enum is a query item;
/// an array of value types is a repeated query item.
public enum Inputs {
    /// A required or defaulted query item.
    public static func query<T: ParameterValue>(
        _ type: T.Type, _ name: String, description: String?, default defaultValue: T? = nil, constraints: [Constraint]
    ) -> QueryParameter<T> {
        QueryParameter(name, description: description, default: defaultValue, constraints: constraints)
    }

    /// A repeated query item.
    public static func query<T: ParameterValue>(
        _ type: [T].Type, _ name: String, description: String?, default defaultValue: [T] = [], constraints: [Constraint]
    ) -> QueryListParameter<T> {
        QueryListParameter(name, description: description, default: defaultValue, constraints: constraints)
    }

    /// An optional query item.
    public static func optionalQuery<T: ParameterValue>(
        _ type: T.Type, _ name: String, description: String?, constraints: [Constraint]
    ) -> OptionalQueryParameter<T> {
        OptionalQueryParameter(name, description: description, constraints: constraints)
    }

    /// A `{name}` segment of the path.
    public static func path<T: ParameterValue>(_ type: T.Type, _ name: String, description: String?, constraints: [Constraint]) -> PathParameter<T> {
        PathParameter(name, description: description, constraints: constraints)
    }

    /// A required or defaulted header.
    public static func header<T: ParameterValue>(
        _ type: T.Type, _ name: String, description: String?, default defaultValue: T? = nil, constraints: [Constraint]
    ) -> HeaderParameter<T> {
        HeaderParameter(name, description: description, default: defaultValue, constraints: constraints)
    }

    /// An optional header.
    public static func optionalHeader<T: ParameterValue>(
        _ type: T.Type, _ name: String, description: String?, constraints: [Constraint]
    ) -> OptionalHeaderParameter<T> {
        OptionalHeaderParameter(name, description: description, constraints: constraints)
    }

    /// A required or defaulted cookie.
    public static func cookie<T: ParameterValue>(
        _ type: T.Type, _ name: String, description: String?, default defaultValue: T? = nil, constraints: [Constraint]
    ) -> CookieParameter<T> {
        CookieParameter(name, description: description, default: defaultValue, constraints: constraints)
    }

    /// An optional cookie.
    public static func optionalCookie<T: ParameterValue>(
        _ type: T.Type, _ name: String, description: String?, constraints: [Constraint]
    ) -> OptionalCookieParameter<T> {
        OptionalCookieParameter(name, description: description, constraints: constraints)
    }

    /// The JSON body; with `form: true`, an HTML form is accepted too.
    public static func body<T: SchemaValue>(_ type: T.Type, description: String?, form: Bool = false) -> JSONBody<T> {
        JSONBody(description: description, form: form)
    }

    /// A `multipart/form-data` body decoded as a `@Schema` struct: `@Body(multipart: true)`.
    public static func multipartBody<T: SchemaModel>(_ type: T.Type, description: String?) -> MultipartBody<T> {
        MultipartBody(description: description)
    }

    /// The raw body as one file, sent with one of `mediaTypes`: `@Body(mediaTypes: ["image/png"]) picture: UploadedFile`.
    public static func body(_ type: UploadedFile.Type, description: String?, mediaTypes: [String] = ["application/octet-stream"]) -> BinaryBody {
        BinaryBody(description: description, mediaTypes: mediaTypes)
    }

    /// An unmarked ``UploadedFile`` parameter: the raw body, sent as `application/octet-stream`.
    public static func inferred(_ type: UploadedFile.Type, _ name: String, description: String?, constraints: [Constraint]) -> BinaryBody {
        BinaryBody(description: description)
    }

    /// An optional JSON body.
    public static func optionalBody<T: SchemaValue>(_ type: T.Type, description: String?) -> OptionalJSONBody<T> {
        OptionalJSONBody(description: description)
    }

    /// An unmarked value-type parameter: a query item.
    public static func inferred<T: ParameterValue>(
        _ type: T.Type, _ name: String, description: String?, default defaultValue: T? = nil, constraints: [Constraint]
    ) -> QueryParameter<T> {
        query(type, name, description: description, default: defaultValue, constraints: constraints)
    }

    /// An unmarked array of value types: a repeated query item.
    public static func inferred<T: ParameterValue>(
        _ type: [T].Type, _ name: String, description: String?, default defaultValue: [T] = [], constraints: [Constraint]
    ) -> QueryListParameter<T> {
        query(type, name, description: description, default: defaultValue, constraints: constraints)
    }

    /// An unmarked `@Schema` struct (or array of them): the JSON body.
    public static func inferred<T: RequestBodyValue>(
        _ type: T.Type, _ name: String, description: String?, constraints: [Constraint]
    ) -> JSONBody<T> {
        JSONBody(description: description)
    }

    /// An unmarked optional value type: an optional query item.
    public static func optionalInferred<T: ParameterValue>(
        _ type: T.Type, _ name: String, description: String?, constraints: [Constraint]
    ) -> OptionalQueryParameter<T> {
        optionalQuery(type, name, description: description, constraints: constraints)
    }

    /// An unmarked optional `@Schema` struct: an optional JSON body.
    public static func optionalInferred<T: RequestBodyValue>(
        _ type: T.Type, _ name: String, description: String?, constraints: [Constraint]
    ) -> OptionalJSONBody<T> {
        OptionalJSONBody(description: description)
    }
}
