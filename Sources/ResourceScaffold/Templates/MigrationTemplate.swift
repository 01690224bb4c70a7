/// `<Type>Migration.swift`: the table, as an extension of `AppMigrations` listed in its `all`.
enum MigrationTemplate {
    /// `createInvoiceItems`.
    static func propertyName(_ resource: ResourceName) -> String { "create\(resource.pluralTypeName)" }

    /// `invoice_items_owner_id_idx`: index names share the schema's namespace with tables.
    static func indexName(_ resource: ResourceName) -> String { "\(resource.tableName)_owner_id_idx" }

    static func file(_ resource: ResourceName, fields: [Field], version: Int) -> PlannedFile {
        let table = resource.tableName
        var columns: [(name: String, type: String, rest: String)] = [("id", "BIGSERIAL", "PRIMARY KEY"), ("owner", "TEXT", "NOT NULL")]
        for field in fields {
            let check = field.type == .string ? " CHECK (char_length(\(field.columnName)) BETWEEN 1 AND 200)" : ""
            columns.append((field.columnName, field.type.sqlType, "NOT NULL" + check))
        }
        columns.append(("created_at", "TIMESTAMPTZ", "NOT NULL DEFAULT now()"))
        columns.append(("revision", "BIGINT", "NOT NULL DEFAULT 1 CHECK (revision > 0)"))
        let nameWidth = columns.map(\.name.count).max() ?? 0
        let typeWidth = columns.map(\.type.count).max() ?? 0
        let definitions = columns.map { column in
            "            " + column.name.padding(to: nameWidth) + " " + column.type.padding(to: typeWidth) + " " + column.rest
        }.joined(separator: ",\n")
        return PlannedFile(path: ResourceFiles.source("\(resource.typeName)Migration", of: resource), contents: #"""
            import WarrantPostgres

            extension AppMigrations {
                /// The \#(resource.pluralPhrase) table: each row belongs to the member whose token subject is `owner`;
                /// `revision` (its `ETag`) goes up with every change; the index serves the per-owner listing by id.
                static let \#(propertyName(resource)) = Migration(version: \#(version), name: "create \#(resource.pluralPhrase)", sql: """
                    CREATE TABLE \#(table) (
            \#(definitions)
                    );
                    CREATE INDEX \#(indexName(resource)) ON \#(table) (owner, id);
                    """)
            }

            """#)
    }
}

extension String {
    /// The text followed by spaces up to `width` characters.
    func padding(to width: Int) -> String {
        self + String(repeating: " ", count: max(0, width - count))
    }
}
