package io.vigint.ffmpeg;

import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_FLAG_QSCALE;
import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_MJPEG;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_alloc;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_free;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_unref;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_alloc_context3;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_find_encoder;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_free_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_open2;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_receive_packet;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_send_frame;
import static org.bytedeco.ffmpeg.global.avutil.AVCOL_RANGE_JPEG;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUVJ420P;
import static org.bytedeco.ffmpeg.global.avutil.FF_QP2LAMBDA;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_alloc;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_free;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_get_buffer;
import static org.bytedeco.ffmpeg.global.avutil.av_make_q;
import static org.bytedeco.ffmpeg.global.swscale.SWS_POINT;
import static org.bytedeco.ffmpeg.global.swscale.sws_freeContext;
import static org.bytedeco.ffmpeg.global.swscale.sws_getCachedContext;
import static org.bytedeco.ffmpeg.global.swscale.sws_scale;

import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.swscale.SwsContext;
import org.bytedeco.javacpp.DoublePointer;

/**
 * Encodes decoded pictures (any pixel format FFmpeg's decoders produce) as baseline JPEGs with FFmpeg's own
 * {@code mjpeg} encoder, after converting them to full-range 4:2:0 (what a JPEG holds). One instance per
 * picture size and thread; {@link #close()} frees its native memory. Measured in docs/benchmarks.md: several
 * times faster than {@code Java2DFrameConverter} and ImageIO's JPEG writer.
 */
final class JpegEncoder implements AutoCloseable {
    /** The mjpeg quantiser scale, 2 (best) to 31: 3 is close to ImageIO's quality 0.85 in size and looks. */
    private static final int QSCALE = 3;

    private final int width;
    private final int height;
    private final AVCodecContext context;
    private final AVFrame yuv;
    private final AVPacket packet;
    private SwsContext scaler;
    private long pts;

    JpegEncoder(int width, int height) throws CodecException {
        this.width = width;
        this.height = height;
        AVCodec codec = avcodec_find_encoder(AV_CODEC_ID_MJPEG);
        if (codec == null) {
            throw new CodecException("no mjpeg encoder in this FFmpeg build");
        }
        context = avcodec_alloc_context3(codec);
        yuv = av_frame_alloc();
        packet = av_packet_alloc();
        if (context == null || yuv == null || packet == null) {
            close();
            throw new CodecException("out of native memory");
        }
        context.width(width);
        context.height(height);
        context.pix_fmt(AV_PIX_FMT_YUVJ420P);
        context.color_range(AVCOL_RANGE_JPEG);
        context.time_base(av_make_q(1, 25));
        context.flags(context.flags() | AV_CODEC_FLAG_QSCALE);
        context.global_quality(FF_QP2LAMBDA * QSCALE);
        context.thread_count(1);
        yuv.format(AV_PIX_FMT_YUVJ420P);
        yuv.width(width);
        yuv.height(height);
        yuv.color_range(AVCOL_RANGE_JPEG);
        if (avcodec_open2(context, codec, (AVDictionary) null) < 0 || av_frame_get_buffer(yuv, 32) < 0) {
            close();
            throw new CodecException("could not open the mjpeg encoder for " + width + "x" + height);
        }
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    /** {@code picture} (a decoder's frame of this encoder's size) as JPEG bytes. */
    byte[] encode(AVFrame picture) throws CodecException {
        if (picture.width() != width || picture.height() != height) {
            throw new CodecException("the picture size changed within the video");
        }
        scaler = sws_getCachedContext(
                scaler,
                width,
                height,
                picture.format(),
                width,
                height,
                AV_PIX_FMT_YUVJ420P,
                SWS_POINT,
                null,
                null,
                (DoublePointer) null);
        if (scaler == null) {
            throw new CodecException("cannot convert pixel format " + picture.format());
        }
        sws_scale(scaler, picture.data(), picture.linesize(), 0, height, yuv.data(), yuv.linesize());
        yuv.pts(pts++);
        yuv.quality(FF_QP2LAMBDA * QSCALE);
        if (avcodec_send_frame(context, yuv) < 0 || avcodec_receive_packet(context, packet) < 0) {
            throw new CodecException("the mjpeg encoder refused a frame");
        }
        try {
            byte[] jpeg = new byte[packet.size()];
            packet.data().get(jpeg);
            return jpeg;
        } finally {
            av_packet_unref(packet);
        }
    }

    @Override
    public void close() {
        if (scaler != null) {
            sws_freeContext(scaler);
            scaler = null;
        }
        if (packet != null) {
            av_packet_free(packet);
        }
        if (yuv != null) {
            av_frame_free(yuv);
        }
        if (context != null) {
            avcodec_free_context(context);
        }
    }
}
