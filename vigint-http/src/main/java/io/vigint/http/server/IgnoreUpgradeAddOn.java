package io.vigint.http.server;

import org.glassfish.grizzly.filterchain.BaseFilter;
import org.glassfish.grizzly.filterchain.FilterChainBuilder;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.filterchain.FilterChainEvent;
import org.glassfish.grizzly.filterchain.NextAction;
import org.glassfish.grizzly.http.HttpEvents;
import org.glassfish.grizzly.http.HttpHeader;
import org.glassfish.grizzly.http.HttpRequestPacket;
import org.glassfish.grizzly.http.HttpServerFilter;
import org.glassfish.grizzly.http.server.AddOn;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.http.util.Header;

/**
 * Answers requests that ask for a protocol upgrade ({@code Upgrade: h2c}, which the JDK's
 * {@code HttpClient} sends by default) as plain HTTP/1.1, as RFC 9110 §7.8 allows. Without this, Grizzly
 * stops delimiting the body of such a request by its {@code Content-Length} and waits for more bytes that
 * never come: a POST from a default JDK client would hang (Grizzly issues 1972 and 2117, Jersey issue
 * 6059). The server offers no upgrades (no HTTP/2, no WebSocket), so every upgrade request is downgraded.
 */
final class IgnoreUpgradeAddOn implements AddOn {
    /** The request attribute (true) of a request whose upgrade was ignored. */
    static final String DOWNGRADED = "io.vigint.http.server.upgrade-ignored";

    @Override
    public void setup(NetworkListener listener, FilterChainBuilder builder) {
        int codec = builder.indexOfType(HttpServerFilter.class);
        if (codec < 0) {
            throw new IllegalStateException("no HTTP codec filter in the listener's filter chain");
        }
        builder.add(codec + 1, new IgnoreUpgradeFilter());
    }

    /** Clears the upgrade request the codec announces, so the body is parsed as HTTP/1.1 again. */
    static final class IgnoreUpgradeFilter extends BaseFilter {
        @Override
        public NextAction handleEvent(FilterChainContext ctx, FilterChainEvent event) throws java.io.IOException {
            if (event.type() == HttpEvents.IncomingHttpUpgradeEvent.TYPE) {
                HttpHeader header = ((HttpEvents.IncomingHttpUpgradeEvent) event).getHttpHeader();
                if (header instanceof HttpRequestPacket request) {
                    request.setAttribute(DOWNGRADED, Boolean.TRUE);
                }
                header.setIgnoreContentModifiers(false);
                header.getUpgradeDC().recycle();
                header.getHeaders().removeHeader(Header.Upgrade);
                return ctx.getStopAction();
            }
            return super.handleEvent(ctx, event);
        }
    }
}
