-- Import from an original Vigint deployment (issue 12, `vigint import-legacy`).
--
-- api_keys.legacy: the key was imported from the original, whose keys are 43 URL-safe characters without
-- the vgt_ prefix (secrets.token_urlsafe(32)); only such keys accept that shape, so authentication looks a
-- prefix-less key up only when some key here is legacy, and it never matches a key issued here.
-- operator_keys.legacy: likewise for the original's SECRET_KEY registered as an operator key (any text).
--
-- legacy_imports: what was imported, so that importing again adds nothing. kind CLIENT and PAYMENT are keyed
-- by the original client's email exactly as stored there (unique there), USAGE by the original key's hash;
-- legacy_id is the row's id in the original (for USAGE the last api_usage row imported for that key, which
-- moves on as later rows are imported in id order). Rows go with their client.

ALTER TABLE api_keys ADD COLUMN legacy BOOLEAN DEFAULT FALSE NOT NULL;

ALTER TABLE operator_keys ADD COLUMN legacy BOOLEAN DEFAULT FALSE NOT NULL;

CREATE TABLE legacy_imports (
    kind        VARCHAR(16)              NOT NULL,
    legacy_ref  VARCHAR(320)             NOT NULL,
    client_id   BIGINT                   NOT NULL,
    legacy_id   BIGINT                   NOT NULL,
    imported_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_legacy_imports PRIMARY KEY (kind, legacy_ref),
    CONSTRAINT fk_legacy_imports_client FOREIGN KEY (client_id) REFERENCES clients (id) ON DELETE CASCADE,
    CONSTRAINT ck_legacy_imports_kind CHECK (kind IN ('CLIENT', 'PAYMENT', 'USAGE'))
);

CREATE INDEX ix_legacy_imports_client_id ON legacy_imports (client_id);
