package io.vigint.persistence.access;

/**
 * One row of {@code access_changes}.
 *
 * @param clientId the client whose access changed, or {@code null} for "any client"
 */
public record AccessChangeRow(long id, Long clientId) {}
