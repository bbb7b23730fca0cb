-- A client's pending change of email address (issue 9, finding 9): the new address is used only after
-- the link mailed to it is followed. token_hash is the SHA-256 (hex) of the link's token; the token
-- itself is never stored. One pending change per client; it goes with its client.

CREATE TABLE client_email_changes (
    client_id    BIGINT                   NOT NULL PRIMARY KEY,
    email        VARCHAR(320)             NOT NULL,
    token_hash   CHAR(64)                 NOT NULL,
    requested_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_client_email_changes_client FOREIGN KEY (client_id) REFERENCES clients (id) ON DELETE CASCADE,
    CONSTRAINT uq_client_email_changes_token_hash UNIQUE (token_hash)
);
