package io.vigint.ffmpeg;

/** A failure inside the adapter's own use of FFmpeg, turned into a core error by its caller. */
final class CodecException extends Exception {
    private static final long serialVersionUID = 1L;

    CodecException(String message) {
        super(message);
    }
}
