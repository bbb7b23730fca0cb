package io.vigint.core.videofile;

/** Why a client's video file exists, which says who may read it and how. */
public enum VideoFileKind {
    /** Made from the client's frames; downloaded by its owner with its API key. */
    CREATED,
    /** A clip the client uploaded; read by whoever holds its signed link. */
    HOSTED
}
