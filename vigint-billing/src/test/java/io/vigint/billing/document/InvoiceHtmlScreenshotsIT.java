package io.vigint.billing.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigint.testsupport.Browser;
import io.vigint.testsupport.BrowserExtension;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

/**
 * Each kind of HTML invoice opened in a real headless Chromium (the shared {@link Browser} harness: skipped
 * where Chromium is absent, failing under CI): the text the browser shows carries every art. 226 item, the
 * page fits 1000 pixels without scrolling sideways, and a screenshot of the whole page is written to
 * {@code target/screenshots/invoices/KIND-html.png} for the documentation.
 */
@ExtendWith(BrowserExtension.class)
class InvoiceHtmlScreenshotsIT {
    private static final int WIDTH = 1000;

    static Stream<Arguments> kinds() {
        return Invoices.kinds().entrySet().stream().map(kind -> Arguments.of(kind.getKey(), kind.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void chromiumShowsEveryItemAndTheScreenshotIsWritten(String kind, InvoiceDocument invoice, Browser browser)
            throws IOException {
        Path page = write(kind + ".html", new HtmlInvoiceRenderer().text(invoice));

        browser.driver().manage().window().setSize(new Dimension(WIDTH, 800));
        browser.open(page.toUri().toString());
        String shown = Art226ContentTest.normalised((String) browser.script("return document.body.innerText;"));
        long scrollWidth = number(browser.script("return document.documentElement.scrollWidth;"));
        long innerWidth = number(browser.script("return window.innerWidth;"));

        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(browser.driver().getTitle()).isEqualTo(InvoiceContent.title(invoice));
        for (Art226ContentTest.Item item : Art226ContentTest.items(invoice)) {
            soft.assertThat(shown).as(item.what()).contains(item.text());
        }
        soft.assertThat(scrollWidth)
                .as("no sideways scrolling at %d pixels", WIDTH)
                .isLessThanOrEqualTo(innerWidth);
        soft.assertAll();

        BufferedImage screenshot = fullPage(browser);
        Path png = InvoicePdfImagesTest.SCREENSHOTS.resolve(kind + "-html.png");
        ImageIO.write(screenshot, "png", png.toFile());
        assertThat(screenshot.getWidth()).isLessThanOrEqualTo(WIDTH).isGreaterThan(WIDTH - 40);
        assertThat(Files.size(png)).as("small enough to show in the docs").isLessThan(150_000);
    }

    @Test
    void markupInTheCustomersDetailsIsShownAsTextAndNeverRun(Browser browser) throws IOException {
        String hostile = "<script>document.title='pwned'</script><img src=x onerror=alert(1)> & Sons";
        Path page = write("hostile.html", new HtmlInvoiceRenderer().text(Invoices.sample(hostile)));

        browser.open(page.toUri().toString());

        assertThat(browser.driver().getTitle()).isEqualTo("Invoice VIGINT-2026-0001");
        assertThat(number(browser.script("return document.querySelectorAll('script, img').length;")))
                .isZero();
        assertThat((String) browser.script("return document.body.innerText;")).contains(hostile);
    }

    /** The whole page at {@link #WIDTH} pixels: the window made as tall as the page, then captured. */
    private static BufferedImage fullPage(Browser browser) throws IOException {
        long chromeWidth = number(browser.script("return window.outerWidth - window.innerWidth;"));
        long chromeHeight = number(browser.script("return window.outerHeight - window.innerHeight;"));
        long height = number(browser.script("return document.documentElement.scrollHeight;"));
        browser.driver().manage().window().setSize(new Dimension((int) (WIDTH + chromeWidth), (int)
                (height + chromeHeight)));
        byte[] png = ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES);
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    private static Path write(String name, String html) throws IOException {
        Files.createDirectories(InvoicePdfImagesTest.SCREENSHOTS);
        Path file = InvoicePdfImagesTest.SCREENSHOTS.resolve(name).toAbsolutePath();
        Files.writeString(file, html, StandardCharsets.UTF_8);
        return file;
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
