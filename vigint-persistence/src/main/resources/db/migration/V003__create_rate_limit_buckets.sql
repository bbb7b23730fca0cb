-- Buckets of the PostgreSQL rate-limit backend (Bucket4j's PostgreSQL proxy manager), shared by every
-- server on the database when rate_limit.backend=postgresql. Created on H2 too, where it stays empty,
-- so that both databases have one schema.
CREATE TABLE IF NOT EXISTS rate_limit_buckets (
    id         VARCHAR(255) PRIMARY KEY,
    state      BYTEA,
    expires_at BIGINT
);
