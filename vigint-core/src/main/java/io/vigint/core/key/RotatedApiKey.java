package io.vigint.core.key;

/** The outcome of a rotation: the old key (now expiring) and its replacement (plain text shown once). */
public record RotatedApiKey(ApiKey previous, IssuedApiKey replacement) {}
