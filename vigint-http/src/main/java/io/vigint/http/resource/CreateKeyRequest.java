package io.vigint.http.resource;

/**
 * Body of {@code POST /api/v1/keys} and {@code POST /admin/v1/clients/{id}/keys} (optional): a name and a
 * lifetime such as {@code "30d"} ({@code s}, {@code m}, {@code h} or {@code d}); default: never expires.
 */
public record CreateKeyRequest(String name, String expiresIn) {}
