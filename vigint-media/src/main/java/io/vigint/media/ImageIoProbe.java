package io.vigint.media;

import io.vigint.core.error.VigintException;
import io.vigint.core.video.FrameFormat;
import io.vigint.core.video.FrameValidator;
import io.vigint.core.video.ImageProbe;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.spi.ImageReaderSpi;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * The {@link ImageProbe} of the JDK: the structure walk of {@link ImageStructure} (no pixel decoded) and
 * full decoding with {@code javax.imageio}'s JPEG and PNG readers. Thread-safe.
 */
public final class ImageIoProbe implements ImageProbe {
    private final ImageReaderSpi jpegReader = readerFor("jpeg");
    private final ImageReaderSpi pngReader = readerFor("png");

    @Override
    public Size structure(FrameFormat format, byte[] data, int end) {
        ImageStructure structure = new ImageStructure();
        Size size = format == FrameFormat.JPEG ? structure.jpeg(data, end) : structure.png(data);
        if (size == null) {
            throw FrameValidator.invalid(structure.problem());
        }
        return size;
    }

    @Override
    public void decode(FrameFormat format, byte[] data) {
        ImageReader reader = null;
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(data))) {
            reader = (format == FrameFormat.JPEG ? jpegReader : pngReader).createReaderInstance();
            reader.setInput(in, true, true);
            if (reader.read(0) == null) {
                throw FrameValidator.invalid("the " + format.name() + " image does not decode");
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof VigintException vigint) {
                throw vigint;
            }
            throw FrameValidator.invalid("the " + format.name() + " image does not decode");
        } finally {
            if (reader != null) {
                reader.dispose();
            }
        }
    }

    private static ImageReaderSpi readerFor(String formatName) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(formatName);
        if (!readers.hasNext()) {
            throw new IllegalStateException("this JDK has no " + formatName + " reader");
        }
        ImageReader reader = readers.next();
        ImageReaderSpi spi = reader.getOriginatingProvider();
        reader.dispose();
        return spi;
    }
}
