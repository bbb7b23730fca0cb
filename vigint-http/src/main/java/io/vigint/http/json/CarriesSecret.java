package io.vigint.http.json;

/**
 * Marks an answer body that holds a secret shown once (an API key, an access token): the response filter
 * makes every answer carrying one {@code Cache-Control: no-store}, whether the body is the view itself or
 * the {@code data} of an {@link Envelope}.
 */
public interface CarriesSecret {}
