/**
 * The small shared "files" adapter: the clip store on disk ({@link io.vigint.files.FileClipStore}) and
 * {@link io.vigint.files.OwnerOnlyFiles}, which creates directories and files readable by their owner only
 * (used by the mail outbox, the server's key files and the embedded database too). Depends on vigint-core
 * and the JDK only.
 */
package io.vigint.files;
