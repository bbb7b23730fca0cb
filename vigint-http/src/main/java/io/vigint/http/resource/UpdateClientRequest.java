package io.vigint.http.resource;

/** Body of {@code PUT /api/v1/clients/me}: fields left out stay as they are; {@code ""} clears the description. */
public record UpdateClientRequest(String name, String email, String description) {}
