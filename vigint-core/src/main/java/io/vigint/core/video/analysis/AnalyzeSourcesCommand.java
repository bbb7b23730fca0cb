package io.vigint.core.video.analysis;

import io.vigint.core.client.ClientId;
import io.vigint.core.error.VigintException;
import io.vigint.core.video.SourceIds;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A request to analyze several of one client's sources, each as {@link AnalyzeIncidentUseCase} would.
 *
 * @param clientId whose sources (always the caller's own)
 * @param sourceIds the sources to analyze, each once, in the order first named; empty: every source of the
 *     client that holds frames
 */
public record AnalyzeSourcesCommand(ClientId clientId, List<String> sourceIds) {
    /** The most sources one request may name (the default number of sources a client may buffer). */
    public static final int MAX_SOURCE_IDS = 256;

    private static final String FIELD = "source_ids";

    /**
     * Checks the command: {@code null} ids are none; repeated ids count once.
     *
     * @throws VigintException {@code VALIDATION_FAILED} naming {@code source_ids} when an id is missing or
     *     breaks the {@link SourceIds} rule (no frame can be buffered under it), or when more than {@value
     *     #MAX_SOURCE_IDS} different ids are named
     */
    public AnalyzeSourcesCommand {
        Objects.requireNonNull(clientId, "clientId");
        Set<String> distinct = new LinkedHashSet<>();
        for (String id : sourceIds == null ? List.<String>of() : sourceIds) {
            if (id == null || id.isBlank()) {
                throw VigintException.invalid(FIELD, "source_ids must hold source ids, not null or blank");
            }
            try {
                distinct.add(SourceIds.check(id.strip()));
            } catch (VigintException e) {
                throw VigintException.invalid(
                        FIELD,
                        "each of source_ids must be 1 to " + SourceIds.MAX_LENGTH + " letters, digits or . _ : -");
            }
            if (distinct.size() > MAX_SOURCE_IDS) {
                throw VigintException.invalid(FIELD, "source_ids may name at most " + MAX_SOURCE_IDS + " sources");
            }
        }
        sourceIds = List.copyOf(new ArrayList<>(distinct));
    }

    /** Every source of {@code clientId} that holds frames. */
    public static AnalyzeSourcesCommand allSources(ClientId clientId) {
        return new AnalyzeSourcesCommand(clientId, List.of());
    }

    /** Whether the request names no source, so every source of the client is analyzed. */
    public boolean allOfTheClientsSources() {
        return sourceIds.isEmpty();
    }
}
