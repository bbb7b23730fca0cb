-- Issue 14: the highest per-client ingest byte rate is now 1,000,000,000 bytes a second, the fastest a token
-- bucket refills (one token a nanosecond). Rates stored above it (the old maximum was 10^12) were never
-- enforced: every frame failed the bucket and passed as if the limiter were down. They become the new maximum.
UPDATE client_settings SET ingest_bytes_per_second = 1000000000 WHERE ingest_bytes_per_second > 1000000000;
