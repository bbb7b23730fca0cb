package io.vigint.ffmpeg;

import org.bytedeco.ffmpeg.global.avutil;

/** FFmpeg's process-wide settings, made once before the adapter's first native call. */
final class Natives {
    private static volatile boolean ready;

    private Natives() {}

    /**
     * Loads the natives and quiets FFmpeg's own logging to stderr: a damaged upload would otherwise print
     * decoder complaints for every packet. Errors still reach the caller as return codes.
     */
    static void init() {
        if (!ready) {
            synchronized (Natives.class) {
                if (!ready) {
                    avutil.av_log_set_level(avutil.AV_LOG_FATAL);
                    ready = true;
                }
            }
        }
    }
}
