package io.vigint.testsupport;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One headless {@link Browser} per test class, given to any test, {@code @BeforeAll}, {@code @BeforeEach} or
 * constructor parameter of type {@link Browser}, and closed after the class. Where chromium or chromedriver is
 * absent the whole class is skipped, and under CI it fails ({@link ExternalTool#require()}).
 *
 * <pre>{@code
 * @ExtendWith(BrowserExtension.class)
 * class ClipPlaysIT {
 *     @Test
 *     void servedClipPlays(Browser browser) { ... }
 * }
 * }</pre>
 */
public final class BrowserExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Browser.class);
    private static final String KEY = "browser";

    @Override
    public void beforeAll(ExtensionContext context) {
        ExtensionContext.Store store = context.getStore(NAMESPACE);
        if (store.get(KEY, Browser.class) == null) { // a @Nested class uses its outer class's browser
            store.put(KEY, Browser.start());
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Browser browser = context.getStore(NAMESPACE).remove(KEY, Browser.class);
        if (browser != null) {
            browser.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Browser browser = context.getStore(NAMESPACE).get(KEY, Browser.class);
        if (browser == null) {
            throw new IllegalStateException("no browser was started for " + context.getRequiredTestClass());
        }
        return browser;
    }
}
