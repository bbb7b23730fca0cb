-- Frame ingest (POST /api/video/buffer, /buffer/batch, /multi-source/buffer) is not metered one row per call:
-- at 25 frames a second that would be 2 million rows a camera a day. It is counted instead, one row per
-- client, source and UTC minute (minute_start is the start of that minute), holding the exact number of
-- frames buffered and their bytes (the decoded images). Rows are written by the same group-commit batches as
-- usage_records, with an upsert that ADDS a batch's counts to the row: INSERT ... ON CONFLICT DO UPDATE on
-- PostgreSQL, MERGE ... USING on H2. Ingest is free, so there is no cost column; invoices do not read this
-- table. The primary key (client, minute, source) serves the per-client period reads.

CREATE TABLE ingest_usage (
    client_id    BIGINT                   NOT NULL,
    minute_start TIMESTAMP WITH TIME ZONE NOT NULL,
    source_id    VARCHAR(64)              NOT NULL,
    frames       BIGINT                   NOT NULL,
    bytes        BIGINT                   NOT NULL,
    CONSTRAINT pk_ingest_usage PRIMARY KEY (client_id, minute_start, source_id),
    CONSTRAINT fk_ingest_usage_client FOREIGN KEY (client_id) REFERENCES clients (id) ON DELETE CASCADE
);

-- Per-client overrides of the ingest limits (NULL: the server's rate_limit.ingest_* defaults): frames per
-- second per source, and bytes per second for all of the client's sources together.
ALTER TABLE client_settings ADD COLUMN ingest_frames_per_second INTEGER;
ALTER TABLE client_settings ADD COLUMN ingest_bytes_per_second BIGINT;
