package io.vigint.core.legacy;

/** Imports an original Vigint deployment: clients, API keys, usage and payment details. */
public interface ImportLegacyUseCase {
    /**
     * Imports what {@code source} holds and was not imported before; with {@link
     * LegacyImportCommand#dryRun()}, reads and plans the same but writes nothing. Each client (with its keys
     * and payment details) and each batch of usage rows is written in a transaction of its own together
     * with its {@link LegacyImportLedger} entry, so an import that stops half-way leaves whole rows behind
     * and the next run carries on from there.
     *
     * @throws io.vigint.core.error.VigintException {@code LEGACY_SOURCE_UNAVAILABLE} when the source fails;
     *     storage failures as the stores throw them
     */
    LegacyImportReport importLegacy(LegacySource source, LegacyImportCommand command, ImportProgress progress);
}
