-- Alert cooldowns: after an alert email, no other is sent for the same client, camera source and incident
-- type (folded: lower case, words only; 'unspecified' when the alert had none) until ends_at, unless of a
-- higher risk level (risk_rank: the core's RiskLevel order, NONE 0 .. HIGH 3), which replaces the row.
-- One row per key; claiming a key is one INSERT ... ON CONFLICT DO NOTHING, else one UPDATE whose WHERE
-- says when the row may be replaced, so two servers sharing the database never both claim it. Rows whose
-- cooldown ended are purged; deleting the client deletes its rows.

CREATE TABLE alert_cooldowns (
    client_id     BIGINT                   NOT NULL,
    source_id     VARCHAR(64)              NOT NULL,
    incident_type VARCHAR(100)             NOT NULL,
    started_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    risk_level    VARCHAR(10)              NOT NULL,
    risk_rank     SMALLINT                 NOT NULL,
    CONSTRAINT pk_alert_cooldowns PRIMARY KEY (client_id, source_id, incident_type),
    CONSTRAINT fk_alert_cooldowns_client FOREIGN KEY (client_id) REFERENCES clients (id) ON DELETE CASCADE
);

CREATE INDEX ix_alert_cooldowns_ends_at ON alert_cooldowns (ends_at);
