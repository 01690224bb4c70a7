import WarrantPostgres

/// The app's schema, in order. Each migration runs once, in a transaction, under an advisory lock, and is
/// recorded with a checksum: never edit one that has been applied — add a new one.
enum AppMigrations {
    static let all: [Migration] = [
        todos,
        users,
        apiKeys,
        signInCounters,
        todoAttachments,
        todoRevisions,
        rateLimitsAndIdempotency,
        // New migrations go here, in version order (`api new resource` adds them above this line).
    ]

    /// The todos table of the benchmark contract. `IF NOT EXISTS`, because a database prepared by the
    /// benchmark harness already holds exactly this table.
    static let todos = Migration(version: 1, name: "create todos", sql: """
        CREATE TABLE IF NOT EXISTS todos (
            id         BIGSERIAL PRIMARY KEY,
            owner      TEXT        NOT NULL,
            title      TEXT        NOT NULL CHECK (char_length(title) BETWEEN 1 AND 200),
            done       BOOLEAN     NOT NULL DEFAULT false,
            created_at TIMESTAMPTZ NOT NULL DEFAULT now()
        );
        CREATE INDEX IF NOT EXISTS todos_owner_id_idx ON todos (owner, id);
        """)

    /// Users who sign in with a password (Argon2id hashes only).
    static let users = Migration(version: 2, name: "create users", sql: """
        CREATE TABLE users (
            id            UUID        PRIMARY KEY DEFAULT gen_random_uuid(),
            email         TEXT        NOT NULL CHECK (char_length(email) BETWEEN 3 AND 254 AND email LIKE '%_@_%'),
            password_hash TEXT        NOT NULL CHECK (password_hash LIKE '$argon2id$%'),
            roles         TEXT[]      NOT NULL DEFAULT '{}',
            created_at    TIMESTAMPTZ NOT NULL DEFAULT now()
        );
        CREATE UNIQUE INDEX users_email_key ON users (lower(email));
        """)

    /// API keys for machine clients: the BLAKE2b-256 digest and public prefix of each key, never the key.
    static let apiKeys = Migration(version: 3, name: "create api_keys", sql: """
        CREATE TABLE api_keys (
            id           UUID        PRIMARY KEY DEFAULT gen_random_uuid(),
            name         TEXT        NOT NULL CHECK (char_length(name) BETWEEN 1 AND 100),
            prefix       TEXT        NOT NULL UNIQUE CHECK (prefix ~ '^[a-z2-7]{12}$'),
            digest       BYTEA       NOT NULL CHECK (octet_length(digest) = 32),
            roles        TEXT[]      NOT NULL DEFAULT '{}',
            created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
            expires_at   TIMESTAMPTZ,
            revoked_at   TIMESTAMPTZ,
            last_used_at TIMESTAMPTZ
        );
        """)

    /// Failed sign-ins, counted in the database so the limits hold across every server process: a counter per
    /// account (client '') and per account and client, and the clients each account signed in from.
    static let signInCounters = Migration(version: 4, name: "create sign-in counters", sql: """
        CREATE TABLE sign_in_counters (
            account       TEXT        NOT NULL,
            client        TEXT        NOT NULL,
            failures      INT         NOT NULL DEFAULT 0,
            last_failure  TIMESTAMPTZ,
            pending       INT         NOT NULL DEFAULT 0,
            pending_since TIMESTAMPTZ,
            PRIMARY KEY (account, client)
        );
        CREATE INDEX sign_in_counters_last_failure_idx ON sign_in_counters (last_failure);
        CREATE TABLE sign_in_known_clients (
            account      TEXT        NOT NULL,
            client       TEXT        NOT NULL,
            last_success TIMESTAMPTZ NOT NULL,
            PRIMARY KEY (account, client)
        );
        """)

    /// One file per todo, kept with it (deleted with it). Small files only: the route accepts 1 MiB.
    static let todoAttachments = Migration(version: 5, name: "create todo_attachments", sql: """
        CREATE TABLE todo_attachments (
            todo_id      BIGINT      PRIMARY KEY REFERENCES todos (id) ON DELETE CASCADE,
            filename     TEXT        CHECK (char_length(filename) BETWEEN 1 AND 255),
            content_type TEXT        NOT NULL CHECK (char_length(content_type) BETWEEN 3 AND 255),
            size         INT         NOT NULL CHECK (size = octet_length(content) AND size <= 1048576),
            content      BYTEA       NOT NULL,
            uploaded_at  TIMESTAMPTZ NOT NULL DEFAULT now()
        );
        """)

    /// Each todo's revision: raised by every change, sent as its `ETag`, checked against `If-Match` in the
    /// statement that writes. A constant default, so adding it rewrites no row.
    static let todoRevisions = Migration(version: 6, name: "add todos.revision", sql: """
        ALTER TABLE todos ADD COLUMN revision BIGINT NOT NULL DEFAULT 1 CHECK (revision > 0);
        """)

    /// The framework's shared state: rate-limit windows (`PostgresRateLimitStore`) and idempotent routes'
    /// recorded answers (`PostgresIdempotencyStore`), so both hold across every process. Rows are bounded:
    /// the stores delete ended windows and expired answers as they go.
    static let rateLimitsAndIdempotency = Migration(version: 7, name: "create rate-limit counters and idempotency keys", sql: """
        CREATE TABLE rate_limit_counters (
            bucket       TEXT        PRIMARY KEY,
            window_start TIMESTAMPTZ NOT NULL,
            window_end   TIMESTAMPTZ NOT NULL,
            count        INT         NOT NULL
        );
        CREATE INDEX rate_limit_counters_window_end_idx ON rate_limit_counters (window_end);
        CREATE TABLE idempotency_keys (
            scope         TEXT        NOT NULL,
            key           TEXT        NOT NULL,
            fingerprint   BYTEA       NOT NULL,
            status        INT         NOT NULL,
            header_names  TEXT[]      NOT NULL,
            header_values TEXT[]      NOT NULL,
            body          BYTEA       NOT NULL,
            expires_at    TIMESTAMPTZ NOT NULL,
            PRIMARY KEY (scope, key)
        );
        CREATE INDEX idempotency_keys_expires_at_idx ON idempotency_keys (expires_at);
        """)
}
