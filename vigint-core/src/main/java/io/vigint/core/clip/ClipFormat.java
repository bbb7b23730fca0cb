package io.vigint.core.clip;

/** The container formats of clips, with what they are served as. */
public enum ClipFormat {
    /** H.264 in MP4 with the index at the front: what browsers and phones play. */
    MP4("video/mp4", "mp4"),
    /** Motion JPEG in AVI: plays in VLC, not in browsers. */
    AVI("video/x-msvideo", "avi");

    private final String mediaType;
    private final String extension;

    ClipFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The file name extension, without the dot. */
    public String extension() {
        return extension;
    }

    /**
     * The format of a clip from its first bytes ({@code ftyp} box at offset 4 for MP4, {@code RIFF....AVI }
     * for AVI); AVI when neither matches, as clips were before MP4.
     */
    public static ClipFormat sniff(byte[] head) {
        if (head.length >= 8 && head[4] == 'f' && head[5] == 't' && head[6] == 'y' && head[7] == 'p') {
            return MP4;
        }
        return AVI;
    }
}
