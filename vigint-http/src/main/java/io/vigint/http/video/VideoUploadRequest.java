package io.vigint.http.video;

/**
 * The JSON body of {@code POST /api/video/upload}, as the original client sends it: {@code {"video_data":
 * base64, "video_filename": "…"}}, with an optional {@code source_id}. Other fields (the original accepted
 * any) are ignored.
 *
 * @param videoData the MP4 file, base64 (standard alphabet, padded or not)
 * @param videoFilename the file's name, only echoed in the answer (default {@code uploaded.mp4})
 * @param sourceId the camera whose buffer receives the frames (default {@code "default"})
 */
public record VideoUploadRequest(String videoData, String videoFilename, String sourceId) {}
