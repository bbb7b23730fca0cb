package io.vigint.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A headless Debian Chromium driven through Debian's chromedriver by Selenium, for tests that need a real
 * browser (does a served clip play? does a page render?). Both programs are taken from the {@code PATH}
 * ({@link ExternalTool#CHROMIUM}, {@link ExternalTool#CHROMEDRIVER}): where either is absent the test is
 * skipped, and under CI it fails. Selenium Manager is never asked for a driver or a browser (no download,
 * no network lookup): the driver's path is given explicitly.
 *
 * <p>Each browser has its own fresh profile directory, deleted on {@link #close()}, and runs with the flags
 * a root container needs ({@code --no-sandbox}, {@code --disable-dev-shm-usage}) and with Chromium's own
 * background traffic (updates, sync, QUIC) off. Media autoplays without a user gesture.
 *
 * <pre>{@code
 * try (Browser browser = Browser.start()) {
 *     VideoElement.State state = browser.video(url).awaitPlayable(Duration.ofSeconds(20));
 * }
 * }</pre>
 * In JUnit 5 tests, prefer {@link BrowserExtension}: one browser per test class.
 */
public final class Browser implements AutoCloseable {
    /** How long a page may take to load before {@link WebDriver#get} fails. */
    private static final Duration PAGE_LOAD = Duration.ofSeconds(30);
    /** The flags every browser runs with (plus its own {@code --user-data-dir}). */
    public static final List<String> FLAGS = List.of(
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-quic",
            "--no-first-run",
            "--no-default-browser-check",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-extensions",
            "--mute-audio",
            "--autoplay-policy=no-user-gesture-required");

    /** Selenium's own chatter (no CDP bindings for this Chromium version: not used here) kept out of test logs. */
    private static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");

    private final ChromeDriver driver;
    private final ChromeDriverService service;
    private final Path profile;
    private TestPages pages;
    private boolean closed;

    private Browser(ChromeDriver driver, ChromeDriverService service, Path profile) {
        this.driver = driver;
        this.service = service;
        this.profile = profile;
    }

    /**
     * Starts a headless Chromium; skips the calling test where chromium or chromedriver is absent (fails it
     * under CI, see {@link ExternalTool#require()}).
     */
    public static Browser start() {
        SELENIUM_LOG.setLevel(Level.SEVERE);
        Path chromium = ExternalTool.CHROMIUM.require();
        Path chromedriver = ExternalTool.CHROMEDRIVER.require();
        // the driver is named, so Selenium Manager is not consulted; these keep it offline should any path
        // of Selenium still reach for it
        System.setProperty("webdriver.chrome.driver", chromedriver.toString());
        System.setProperty("SE_OFFLINE", "true");
        System.setProperty("SE_AVOID_STATS", "true");
        Path profile;
        try {
            profile = Files.createTempDirectory("vigint-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a Chromium profile directory", e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments(FLAGS);
        options.addArguments("--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort()
                .withSilent(true)
                .build();
        try {
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(PAGE_LOAD);
            return new Browser(driver, service, profile);
        } catch (RuntimeException e) {
            service.stop();
            deleteQuietly(profile, e);
            throw e;
        }
    }

    /** The Selenium driver, for what this class does not offer. */
    public WebDriver driver() {
        return driver;
    }

    /** Runs {@code script} in the current page (see {@link JavascriptExecutor#executeScript}). */
    public Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** Opens {@code url} in the browser's one tab and waits for the page to load. */
    public void open(String url) {
        driver.get(url);
    }

    /** Opens a page holding only {@code <video src=url muted preload=auto>} and returns that element. */
    public VideoElement video(String url) {
        open(pages().video(url));
        return new VideoElement(this);
    }

    /** The server of this browser's test pages, started the first time it is needed. */
    public synchronized TestPages pages() {
        if (pages == null) {
            pages = TestPages.start();
        }
        return pages;
    }

    /** Quits the browser and its driver and deletes its profile directory. Safe to call twice. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        RuntimeException failure = null;
        try {
            driver.quit();
        } catch (RuntimeException e) {
            failure = e;
        } finally {
            service.stop();
            if (pages != null) {
                pages.close();
            }
        }
        deleteQuietly(profile, failure);
        if (failure != null) {
            throw failure;
        }
    }

    private static void deleteQuietly(Path dir, Exception into) {
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path directory, IOException e) throws IOException {
                    Files.deleteIfExists(directory);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            if (into != null) {
                into.addSuppressed(e);
            }
        }
    }
}
