package io.vigint.http.resource;

/** Body of {@code POST /api/v1/clients/} and {@code POST /admin/v1/clients}. */
public record CreateClientRequest(String name, String email, String description) {}
