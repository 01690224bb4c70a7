import WarrantPostgres

// Step 2: the table, as a new migration appended to AppMigrations.all.

let createBookmarks = Migration(version: 3, name: "create bookmarks", sql: """
    CREATE TABLE bookmarks (
        id         BIGSERIAL PRIMARY KEY,
        owner      TEXT        NOT NULL,
        url        TEXT        NOT NULL,
        title      TEXT        NOT NULL CHECK (char_length(title) BETWEEN 1 AND 200),
        created_at TIMESTAMPTZ NOT NULL DEFAULT now()
    );
    CREATE INDEX bookmarks_owner_id_idx ON bookmarks (owner, id);
    """)
