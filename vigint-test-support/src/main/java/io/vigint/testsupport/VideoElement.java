package io.vigint.testsupport;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The {@code <video id="video">} element of the page a {@link Browser} shows ({@link Browser#video}): waits,
 * bounded, for what Chromium's own demuxer and decoder make of the source, and reads back what the element
 * reports. Every wait ends at its time limit with the state at that moment, so a file the browser cannot play
 * gives an answer ({@link State#errorCode()}, or a {@link State#timedOut()} state), never a hung test.
 */
public final class VideoElement {
    /** Resolves with the element's state, from in-page script; shared by every wait. */
    private static final String STATE = "const state = () => ({"
            + " readyState: v.readyState, networkState: v.networkState,"
            + " duration: Number.isFinite(v.duration) ? v.duration : null, durationText: String(v.duration),"
            + " currentTime: v.currentTime, videoWidth: v.videoWidth, videoHeight: v.videoHeight,"
            + " errorCode: v.error ? v.error.code : 0, errorMessage: v.error ? (v.error.message || '') : '',"
            + " paused: v.paused, ended: v.ended, timedOut: timedOut });";

    private static final String PAGE = "const done = arguments[arguments.length - 1];"
            + " const v = document.getElementById('video');"
            + " if (!v) { done(null); return; }";

    private static final String WAIT = " let timedOut = false; let finished = false;"
            + STATE
            + " const finish = () => { if (finished) return; finished = true; clearInterval(poll);"
            + "   clearTimeout(limit); done(state()); };"
            + " const limit = setTimeout(() => { timedOut = true; finish(); }, arguments[0]);"
            + " const poll = setInterval(() => { if (ready()) finish(); }, 50);"
            + " for (const e of ['loadeddata', 'canplay', 'seeked', 'timeupdate', 'error']) v.addEventListener(e,"
            + "   () => { if (ready()) finish(); });"
            + " v.addEventListener('error', finish);";

    private final Browser browser;

    VideoElement(Browser browser) {
        this.browser = Objects.requireNonNull(browser, "browser");
    }

    /**
     * What the element reported when a wait ended.
     *
     * @param readyState {@code HTMLMediaElement.readyState}: 2 ({@code HAVE_CURRENT_DATA}) or more means a
     *     frame was decoded and can be shown
     * @param networkState {@code HTMLMediaElement.networkState} (3 is {@code NETWORK_NO_SOURCE})
     * @param duration the duration in seconds, {@code NaN} while unknown (or infinite, see {@code durationText})
     * @param durationText the duration as script sees it ({@code "NaN"}, {@code "Infinity"}, {@code "2.5"})
     * @param currentTime the playback position in seconds
     * @param videoWidth the decoded picture's width (0 before metadata)
     * @param videoHeight the decoded picture's height
     * @param errorCode the {@code MediaError} code, 0 when none (3 decode, 4 source not supported)
     * @param errorMessage the browser's message for the error, empty when none
     * @param paused whether playback is paused
     * @param ended whether playback reached the end
     * @param timedOut whether the wait ended at its time limit rather than on what it waited for
     */
    public record State(
            int readyState,
            int networkState,
            double duration,
            String durationText,
            double currentTime,
            int videoWidth,
            int videoHeight,
            int errorCode,
            String errorMessage,
            boolean paused,
            boolean ended,
            boolean timedOut) {
        /** Whether a frame was decoded ({@code readyState ≥ 2}) and the element reports no error. */
        public boolean playable() {
            return readyState >= 2 && errorCode == 0;
        }

        static State of(Object answer) {
            if (!(answer instanceof Map<?, ?> map)) {
                throw new AssertionError("the page answered " + answer + " instead of the video element's state");
            }
            Object duration = map.get("duration");
            return new State(
                    number(map, "readyState").intValue(),
                    number(map, "networkState").intValue(),
                    duration == null ? Double.NaN : ((Number) duration).doubleValue(),
                    String.valueOf(map.get("durationText")),
                    number(map, "currentTime").doubleValue(),
                    number(map, "videoWidth").intValue(),
                    number(map, "videoHeight").intValue(),
                    number(map, "errorCode").intValue(),
                    String.valueOf(map.get("errorMessage")),
                    Boolean.TRUE.equals(map.get("paused")),
                    Boolean.TRUE.equals(map.get("ended")),
                    Boolean.TRUE.equals(map.get("timedOut")));
        }

        private static Number number(Map<?, ?> map, String key) {
            Object value = map.get(key);
            if (!(value instanceof Number number)) {
                throw new AssertionError("the video element's " + key + " is " + value);
            }
            return number;
        }
    }

    /** The element's state now. */
    public State state() {
        return wait("const ready = () => true;", Duration.ofSeconds(5));
    }

    /**
     * Waits at most {@code limit} until a frame is decoded ({@code readyState ≥ 2}) or the element reports an
     * error, and returns the state then.
     */
    public State awaitLoaded(Duration limit) {
        return wait("const ready = () => v.readyState >= 2 || v.error;", limit);
    }

    /**
     * Seeks to {@code seconds} and waits at most {@code limit} for the element's {@code seeked} event (or an
     * error); the returned state's {@link State#currentTime()} is where it landed.
     */
    public State seek(double seconds, Duration limit) {
        return wait(
                "let seeked = false; v.addEventListener('seeked', () => { seeked = true; }, { once: true });"
                        + " const ready = () => (seeked && !v.seeking) || v.error;"
                        + " v.currentTime = " + finite(seconds) + ";",
                limit);
    }

    /**
     * Starts playback (muted) and waits at most {@code limit} until the position has advanced by {@code
     * advance} seconds or playback ended, or an error.
     */
    public State play(double advance, Duration limit) {
        return wait(
                "const start = v.currentTime; v.play().catch(() => {});"
                        + " const ready = () => v.currentTime >= start + " + finite(advance)
                        + " || v.ended || v.error;",
                limit);
    }

    private State wait(String readiness, Duration limit) {
        long millis = limit.toMillis();
        JavascriptExecutor script = (JavascriptExecutor) browser.driver();
        browser.driver().manage().timeouts().scriptTimeout(limit.plusSeconds(10));
        Object answer = script.executeAsyncScript(PAGE + readiness + WAIT + " if (ready()) finish();", millis);
        return State.of(answer);
    }

    private static String finite(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("not a finite number of seconds: " + value);
        }
        return Double.toString(value);
    }
}
