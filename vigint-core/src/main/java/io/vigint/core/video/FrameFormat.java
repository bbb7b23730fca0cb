package io.vigint.core.video;

/** The image formats a frame may have: the ones browsers and cameras send and the JDK decodes. */
public enum FrameFormat {
    JPEG("image/jpeg"),
    PNG("image/png");

    private final String mediaType;

    FrameFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }
}
