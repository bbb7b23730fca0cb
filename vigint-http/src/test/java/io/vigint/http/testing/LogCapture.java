package io.vigint.http.testing;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/** Captures every log event (all loggers, INFO and up) while open. */
public final class LogCapture implements AutoCloseable {
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final Logger root;

    private LogCapture() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        appender.setContext(context);
        appender.start();
        root.addAppender(appender);
    }

    public static LogCapture start() {
        return new LogCapture();
    }

    /** The events captured so far. */
    public synchronized List<ILoggingEvent> events() {
        return List.copyOf(appender.list);
    }

    /** Events of one logger. */
    public List<ILoggingEvent> events(String loggerName) {
        return events().stream()
                .filter(e -> e.getLoggerName().equals(loggerName))
                .toList();
    }

    /** Everything written: formatted messages, MDC, arguments and stack traces, one string. */
    public String everything() {
        StringBuilder all = new StringBuilder();
        for (ILoggingEvent event : events()) {
            all.append(event.getLoggerName())
                    .append(' ')
                    .append(event.getFormattedMessage())
                    .append(' ')
                    .append(event.getMDCPropertyMap());
            if (event.getArgumentArray() != null) {
                for (Object argument : event.getArgumentArray()) {
                    all.append(' ').append(argument);
                }
            }
            if (event.getThrowableProxy() != null) {
                all.append('\n').append(ThrowableProxyUtil.asString(event.getThrowableProxy()));
            }
            all.append('\n');
        }
        return all.toString();
    }

    @Override
    public void close() {
        root.detachAppender(appender);
        appender.stop();
    }
}
