package bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.RandomAccessFile;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.Java2DFrameConverter;
import org.jcodec.api.FrameGrab;
import org.jcodec.api.awt.AWTSequenceEncoder;
import org.jcodec.common.io.NIOUtils;
import org.jcodec.common.io.SeekableByteChannel;
import org.jcodec.common.model.Picture;
import org.jcodec.scale.AWTUtil;

/**
 * Issue 11 codec spike. One JVM per (candidate, task):
 *   decode jcodec|javacv luma|image FILE...   frames/s, 1 warm-up + 3 measured runs per file, median
 *   encode jcodec|javacv OUT.mp4              10 s 640x480 10 fps from BufferedImages, 1 warm-up + 3 runs
 * Prints one line per result, tab separated, for run.sh to tabulate.
 */
public final class Bench {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    static volatile long sink;
    /** Reference luma (ffmpeg -pix_fmt yuv420p rawvideo) of the file being verified, or null; and the worst PSNR seen. */
    static byte[] ref;
    static int refW, refH;
    static double minPsnr;
    static String via = "";

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        avutil.av_log_set_level(avutil.AV_LOG_ERROR);
        String task = args[0], codec = args[1];
        if (task.equals("decode")) {
            String mode = args[2];
            for (int i = 3; i < args.length; i++) decodeFile(codec, mode, new File(args[i]));
        } else {
            encode(codec, new File(args[2]));
        }
    }

    // ---------------------------------------------------------------- decode

    private static void decodeFile(String codec, String mode, File f) {
        int frames = -1;
        double[] fps = new double[3];
        try {
            File gray = new File(f.getPath().replaceAll("\\.mp4$", ".yuv"));
            ref = mode.equals("luma") && gray.exists() ? java.nio.file.Files.readAllBytes(gray.toPath()) : null;
            minPsnr = Double.POSITIVE_INFINITY;
            misplaced = 0;
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("_(\\d+)x(\\d+)_").matcher(f.getName());
            if (m.find()) { refW = Integer.parseInt(m.group(1)); refH = Integer.parseInt(m.group(2)); } else ref = null;
            via = "";
            frames = decodeOnce(codec, mode, f); // warm-up, also the "can it decode" check and the luma comparison
            String check = ref == null ? "not compared" : String.format("luma vs ffmpeg: min PSNR %.1f dB (99 = identical), %d frames out of display order",
                    minPsnr, misplaced);
            ref = null;
            for (int r = 0; r < 3; r++) {
                long t0 = System.nanoTime();
                int n = decodeOnce(codec, mode, f);
                fps[r] = n / ((System.nanoTime() - t0) / 1e9);
            }
            Arrays.sort(fps);
            System.out.printf("DECODE\t%s\t%s\t%s\tok\t%d\t%.0f\t%s; runs %s%s%n", codec, mode, f.getName(), frames,
                    fps[1], check, Arrays.toString(round(fps)), via);
        } catch (Throwable e) {
            if (Boolean.getBoolean("trace")) e.printStackTrace();
            String msg = (e.getClass().getSimpleName() + ": " + e.getMessage()).replaceAll("\\s+", " ");
            if (msg.length() > 160) msg = msg.substring(0, 160);
            System.out.printf("DECODE\t%s\t%s\t%s\tFAIL\t%d\t-\t%s%n", codec, mode, f.getName(), frames, msg);
        }
    }

    private static int decodeOnce(String codec, String mode, File f) throws Exception {
        return codec.equals("jcodec") ? jcodecDecode(mode, f) : javacvDecode(mode, f);
    }

    private static int jcodecDecode(String mode, File f) throws Exception {
        int n = 0;
        try (SeekableByteChannel ch = NIOUtils.readableChannel(f)) {
            FrameGrab grab;
            try {
                grab = FrameGrab.createFrameGrab(ch);
            } catch (org.jcodec.api.UnsupportedFormatException e) {
                return jcodecMpeg4Direct(mode, f, e);
            }
            Picture p;
            while ((p = grab.getNativeFrame()) != null) n = jcodecFrame(mode, p, n);
        }
        if (n == 0) throw new IllegalStateException("no frames decoded");
        return n;
    }

    /** FrameGrab has no MPEG-4 Part 2 path; jcodec 0.2.5 does ship an MPEG4Decoder, so try it by hand. */
    private static int jcodecMpeg4Direct(String mode, File f, Exception why) throws Exception {
        int n = 0;
        try (SeekableByteChannel ch = NIOUtils.readableChannel(f)) {
            org.jcodec.containers.mp4.demuxer.MP4Demuxer dm = org.jcodec.containers.mp4.demuxer.MP4Demuxer.createMP4Demuxer(ch);
            org.jcodec.common.DemuxerTrack track = dm.getVideoTrack();
            org.jcodec.common.DemuxerTrackMeta meta = track.getMeta();
            java.nio.ByteBuffer priv = meta.getCodecPrivate();
            if (priv == null) priv = volFromEsds(f); // jcodec's MP4 demuxer does not know 'mp4v' (codec null)
            if (meta.getCodec() != org.jcodec.common.Codec.MPEG4 && priv == null)
                throw new org.jcodec.api.UnsupportedFormatException(why.getMessage() + " (track codec " + meta.getCodec() + ")");
            via = "; FrameGrab: '" + why.getMessage() + "' (demuxer codec " + meta.getCodec()
                    + "), decoded with jcodec's MPEG4Decoder by hand, VOL header taken from esds";
            int w = meta.getVideoCodecMeta().getSize().getWidth(), h = meta.getVideoCodecMeta().getSize().getHeight();
            org.jcodec.codecs.mpeg4.MPEG4Decoder dec = new org.jcodec.codecs.mpeg4.MPEG4Decoder();
            // the decoder keeps its previous picture as the reference: give it a fresh buffer each frame (3 rotating)
            byte[][][] bufs = new byte[3][][];
            for (int i = 0; i < 3; i++)
                bufs[i] = Picture.create((w + 15) & ~15, (h + 15) & ~15, org.jcodec.common.model.ColorSpace.YUV420).getData();
            org.jcodec.common.model.Packet pkt;
            while ((pkt = track.nextFrame()) != null) {
                java.nio.ByteBuffer data = pkt.getData();
                if (n == 0 && priv != null) { // the VOL header lives in esds, not in the stream
                    java.nio.ByteBuffer joined = java.nio.ByteBuffer.allocate(priv.remaining() + data.remaining());
                    joined.put(priv.duplicate()).put(data.duplicate()).flip();
                    data = joined;
                }
                Picture p = dec.decodeFrame(data, bufs[n % 3]);
                if (p == null) throw new IllegalStateException("MPEG4Decoder returned no picture at frame " + n);
                n = jcodecFrame(mode, p, n);
            }
        }
        if (n == 0) throw new IllegalStateException("no frames decoded");
        return n;
    }

    /** The MPEG-4 visual headers (VOS..VOL) inside the esds box: from the first start code to the SL descriptor. */
    static java.nio.ByteBuffer volFromEsds(File f) throws java.io.IOException {
        byte[] b = java.nio.file.Files.readAllBytes(f.toPath());
        for (int i = 4; i + 4 < b.length; i++) {
            if (b[i] == 'e' && b[i + 1] == 's' && b[i + 2] == 'd' && b[i + 3] == 's') {
                int end = i - 4 + (((b[i - 4] & 0xff) << 24) | ((b[i - 3] & 0xff) << 16) | ((b[i - 2] & 0xff) << 8) | (b[i - 1] & 0xff));
                for (int j = i + 4; j + 3 < end; j++)
                    if (b[j] == 0 && b[j + 1] == 0 && b[j + 2] == 1) {
                        int stop = end;
                        if (end - 3 > j && b[end - 3] == 6 && b[end - 2] == 1) stop = end - 3; // SLConfigDescriptor
                        return java.nio.ByteBuffer.wrap(java.util.Arrays.copyOfRange(b, j, stop));
                    }
            }
        }
        return null;
    }

    private static int jcodecFrame(String mode, Picture p, int n) {
        if (mode.equals("image")) {
            BufferedImage bi = AWTUtil.toBufferedImage(p);
            sink += bi.getRGB(bi.getWidth() / 2, bi.getHeight() / 2);
        } else {
            byte[] y = p.getPlaneData(0); // native YUV: the luma plane, no conversion (jcodec stores value - 128)
            sink += y[y.length / 2];
            if (ref != null) compare(n, y, p.getPlaneWidth(0), 128);
        }
        return n + 1;
    }

    /** Frames whose best match in the reference is not the frame at the same index (decode order, dropped). */
    static int misplaced;

    /**
     * PSNR of one frame's luma against the reference frame it matches best among those within 4 of its index
     * (so a decoder that returns frames in decode order is told apart from one that decodes them wrong).
     */
    private static void compare(int frame, Object luma, int stride, int add) {
        int w = refW, h = refH, frameBytes = w * h * 3 / 2, nref = ref.length / frameBytes;
        double best = Double.MAX_VALUE;
        int bestAt = -1;
        for (int r = Math.max(0, frame - 4); r <= Math.min(nref - 1, frame + 4); r++) {
            long base = (long) r * frameBytes; // yuv420p frames: the Y plane first
            double se = 0;
            for (int y = 0; y < h; y++)
                for (int x = 0; x < w; x++) {
                    int v = luma instanceof byte[] b ? b[y * stride + x] : ((java.nio.ByteBuffer) luma).get(y * stride + x);
                    v = (v + add) & 0xff;
                    int d = v - (ref[(int) (base + y * w + x)] & 0xff);
                    se += d * d;
                }
            double mse = se / (w * h);
            if (mse < best || (mse == best && r == frame)) { best = mse; bestAt = r; }
        }
        if (bestAt != frame) misplaced++;
        if (Boolean.getBoolean("perframe")) System.err.printf("frame %d best %d mse %.2f%n", frame, bestAt, best);
        double psnr = bestAt < 0 ? 0 : best == 0 ? 99 : 10 * Math.log10(255 * 255 / best);
        minPsnr = Math.min(minPsnr, psnr);
    }

    private static int javacvDecode(String mode, File f) throws Exception {
        int n = 0;
        try (FFmpegFrameGrabber g = new FFmpegFrameGrabber(f);
             Java2DFrameConverter conv = new Java2DFrameConverter()) {
            g.setVideoOption("threads", "1");
            if (mode.equals("luma")) g.setPixelFormat(avutil.AV_PIX_FMT_YUV420P); // decoder's own format: Y plane first
            g.start();
            Frame fr;
            while ((fr = g.grabImage()) != null) {
                if (mode.equals("image")) {
                    BufferedImage bi = conv.convert(fr);
                    sink += bi.getRGB(bi.getWidth() / 2, bi.getHeight() / 2);
                } else {
                    java.nio.ByteBuffer y = (java.nio.ByteBuffer) fr.image[0];
                    sink += y.get(y.limit() / 2);
                    if (ref != null) compare(n, y, fr.imageStride, 0);
                }
                n++;
            }
            g.stop();
        }
        if (n == 0) throw new IllegalStateException("no frames decoded");
        return n;
    }

    // ---------------------------------------------------------------- encode

    private static void encode(String codec, File out) throws Exception {
        List<BufferedImage> frames = scene(640, 480, 100);
        double[] cpuThread = new double[3], cpuProc = new double[3], wall = new double[3];
        encodeOnce(codec, frames, out); // warm-up
        for (int r = 0; r < 3; r++) {
            out.delete();
            long t = THREADS.getCurrentThreadCpuTime(), p = OS.getProcessCpuTime(), w = System.nanoTime();
            encodeOnce(codec, frames, out);
            cpuThread[r] = (THREADS.getCurrentThreadCpuTime() - t) / 1e9;
            cpuProc[r] = (OS.getProcessCpuTime() - p) / 1e9;
            wall[r] = (System.nanoTime() - w) / 1e9;
        }
        Arrays.sort(cpuThread); Arrays.sort(cpuProc); Arrays.sort(wall);
        String encoder = codec.equals("jcodec") ? "jcodec H264Encoder"
                : "libavcodec " + avcodec.avcodec_find_encoder(avcodec.AV_CODEC_ID_H264).name().getString();
        writeSource(frames, new File(out.getParentFile(), "source_640x480_10fps.rgb"));
        System.out.printf("ENCODE\t%s\t%s\tthread_cpu_s=%.3f\tprocess_cpu_s=%.3f\twall_s=%.3f\tbytes=%d\tboxes=%s\tencoder=%s%n",
                codec, out.getName(), cpuThread[1], cpuProc[1], wall[1], out.length(), topBoxes(out), encoder);
    }

    private static void encodeOnce(String codec, List<BufferedImage> frames, File out) throws Exception {
        if (codec.equals("jcodec")) {
            AWTSequenceEncoder enc = AWTSequenceEncoder.createSequenceEncoder(out, 10);
            for (BufferedImage bi : frames) enc.encodeImage(bi);
            enc.finish();
        } else {
            try (FFmpegFrameRecorder r = new FFmpegFrameRecorder(out, 640, 480, 0);
                 Java2DFrameConverter conv = new Java2DFrameConverter()) {
                r.setFormat("mp4");
                r.setVideoCodec(avcodec.AV_CODEC_ID_H264);
                r.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
                r.setFrameRate(10);
                r.setVideoBitrate(1_000_000);
                r.setGopSize(20);
                r.setOption("movflags", "+faststart");
                r.setVideoOption("threads", "1");
                r.start();
                for (BufferedImage bi : frames) r.record(conv.convert(bi));
                r.stop();
            }
        }
    }

    /** The encoder's input as raw rgb24, so run.sh can measure each output's PSNR with ffmpeg. */
    static void writeSource(List<BufferedImage> frames, File f) throws java.io.IOException {
        if (f.exists()) return;
        try (var os = new java.io.BufferedOutputStream(new java.io.FileOutputStream(f))) {
            for (BufferedImage bi : frames)
                for (int y = 0; y < bi.getHeight(); y++)
                    for (int x = 0; x < bi.getWidth(); x++) {
                        int rgb = bi.getRGB(x, y);
                        os.write(rgb >> 16); os.write(rgb >> 8); os.write(rgb);
                    }
        }
    }

    /** A moving person-sized rectangle and a clock on a textured background, 3BYTE_BGR like ImageIO's JPEGs. */
    static List<BufferedImage> scene(int w, int h, int n) {
        List<BufferedImage> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            BufferedImage bi = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
            Graphics2D g = bi.createGraphics();
            for (int y = 0; y < h; y += 40)
                for (int x = 0; x < w; x += 40) {
                    g.setColor(new Color((x * 3 + y) % 200 + 30, (y * 2) % 200 + 30, (x + y * 5) % 200 + 30));
                    g.fillRect(x, y, 40, 40);
                }
            g.setColor(Color.ORANGE);
            g.fillRect(20 + i * (w - 100) / n, h / 3, 60, 160);
            g.setStroke(new BasicStroke(3));
            g.setColor(Color.RED);
            g.drawRect(15 + i * (w - 100) / n, h / 3 - 5, 70, 170);
            g.setColor(Color.WHITE);
            g.setFont(new Font(Font.MONOSPACED, Font.BOLD, 24));
            g.drawString(String.format("00:00:%02d.%d", i / 10, i % 10), 10, 30);
            g.dispose();
            out.add(bi);
        }
        return out;
    }

    /** Top-level MP4 box types in file order, e.g. ftyp,moov,mdat. */
    static String topBoxes(File f) throws Exception {
        List<String> types = new ArrayList<>();
        try (RandomAccessFile raf = new RandomAccessFile(f, "r")) {
            long pos = 0, len = raf.length();
            while (pos + 8 <= len && types.size() < 20) {
                raf.seek(pos);
                long size = raf.readInt() & 0xffffffffL;
                byte[] t = new byte[4];
                raf.readFully(t);
                if (size == 1) size = raf.readLong();
                else if (size == 0) size = len - pos;
                types.add(new String(t, java.nio.charset.StandardCharsets.US_ASCII));
                if (size < 8) break;
                pos += size;
            }
        }
        return String.join(",", types);
    }

    private static double[] round(double[] a) {
        double[] r = new double[a.length];
        for (int i = 0; i < a.length; i++) r[i] = Math.round(a[i]);
        return r;
    }
}
