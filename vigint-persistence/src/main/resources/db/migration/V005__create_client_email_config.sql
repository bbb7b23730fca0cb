-- Each client's own mail provider (at most one). The provider's secret (SMTP password, API key, server
-- token or SES secret access key) is stored only sealed by the server's SecretCipher (AES-256-GCM,
-- "v1:..."); the other columns are the provider's non-secret settings, NULL where a provider does not
-- use them. Deleting the client deletes its configuration.

CREATE TABLE client_email_config (
    client_id     BIGINT                   NOT NULL PRIMARY KEY,
    provider      VARCHAR(20)              NOT NULL,
    from_email    VARCHAR(254)             NOT NULL,
    from_name     VARCHAR(100),
    host          VARCHAR(253),
    port          INTEGER,
    username      VARCHAR(254),
    security      VARCHAR(10),
    domain        VARCHAR(253),
    region        VARCHAR(30),
    access_key_id VARCHAR(128),
    secret_sealed VARCHAR(8000),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_client_email_config_client FOREIGN KEY (client_id) REFERENCES clients (id) ON DELETE CASCADE
);
