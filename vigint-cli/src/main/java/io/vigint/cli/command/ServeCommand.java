package io.vigint.cli.command;

import io.vigint.billing.schedule.CadenceTime;
import io.vigint.billing.schedule.InvoiceScheduler;
import io.vigint.cli.CliContext;
import io.vigint.cli.CommandFailedException;
import io.vigint.core.operator.OperatorKeysUseCase;
import io.vigint.core.schedule.Cadence;
import io.vigint.http.ServerConfig;
import io.vigint.http.server.VigintServer;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import sun.misc.Signal;

/**
 * {@code vigint serve}: the HTTP server, until SIGTERM or Ctrl-C, then a graceful stop (no new
 * connections, in-flight requests finish for up to {@link VigintServer#DEFAULT_GRACE}, then the
 * database closes). The signals are caught directly, before the JVM's shutdown hooks run, because H2
 * closes an embedded database in its own hook and would pull it from under requests still in flight.
 */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Runs the HTTP API (default http://127.0.0.1:5002) on the configured database until stopped "
                    + "(SIGTERM or Ctrl-C stop it gracefully).",
            "Server settings come from VIGINT_* variables or the config file: server.host, server.port, "
                    + "server.open_sign_up, server.allow_query_api_key, server.max_body_bytes, rate_limit.backend "
                    + "(local|postgresql|redis), rate_limit.per_minute (API calls; frame ingest is not counted), "
                    + "rate_limit.ingest_frames_per_second, rate_limit.ingest_bytes_per_second, "
                    + "rate_limit.ingest_burst_seconds, rate_limit.redis_url, auth.token_lifetime.",
            "Incident analysis: analysis.analyzer (local|gemini), VIGINT_GEMINI_API_KEY, analysis.gemini.* "
                    + "(screening_model, confirmation_model, base_url, timeout, max_frames), analysis.motion.* "
                    + "(cell_delta, low_percent, medium_percent, high_percent, reference_ms, confirm_ms).",
            "Frames, alerts, mail and metering: video.*, alerts.*, mail.* (the SMTP password and API key as "
                    + "VIGINT_MAIL_SMTP_PASSWORD and VIGINT_MAIL_API_KEY or in the config file, never a flag), "
                    + "pricing.* and metering.*; every key is listed below with its VIGINT_* variable and default.",
            "It also runs the invoice batch for the period just ended (UTC; billing.schedule.enabled, "
                    + "billing.schedule.weekly=MON 00:05, billing.schedule.monthly=1 00:05, "
                    + "billing.schedule.quarterly=1 00:05, each may be off); of several servers on one "
                    + "PostgreSQL database one runs it."
        })
public final class ServeCommand extends ContextCommand {

    @Option(
            names = "--host",
            paramLabel = "HOST",
            description = "Interface to listen on (default 127.0.0.1; 0.0.0.0 for all).")
    private String host;

    @Option(names = "--port", paramLabel = "PORT", description = "TCP port (default 5002; 0 picks a free one).")
    private Integer port;

    public ServeCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() throws InterruptedException {
        if (port != null && (port < 0 || port > 65_535)) {
            throw new picocli.CommandLine.ParameterException(
                    new picocli.CommandLine(this), "--port must be between 0 and 65535");
        }
        ServerConfig config = context.settings().server().withListen(host, port);
        if (config.rateLimitBackend().equals("postgresql")
                && !context.settings().usesPostgres()) {
            throw new CommandFailedException("rate_limit.backend=postgresql needs a PostgreSQL database "
                    + "(--database-url jdbc:postgresql://…); the embedded H2 database serves one process, use local");
        }
        context.enableServer(config);
        VigintServer server = context.get(VigintServer.class);
        PrintStream out = context.environment().out();
        try {
            server.start();
        } catch (IOException e) {
            throw new CommandFailedException(
                    "cannot listen on " + config.host() + ":" + config.port() + ": " + e.getMessage());
        }
        CountDownLatch stopRequested = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        for (String signal : new String[] {"TERM", "INT"}) {
            try {
                Signal.handle(new Signal(signal), received -> stopRequested.countDown());
            } catch (IllegalArgumentException e) {
                context.environment().err().println("warning: cannot handle SIG" + signal + " on this platform");
            }
        }
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            stopRequested.countDown();
                            awaitQuietly(stopped);
                        },
                        "vigint-shutdown"));
        String schedule = startInvoiceSchedule(context.get(InvoiceScheduler.class));
        boolean noOperatorKey =
                context.get(OperatorKeysUseCase.class).listOperatorKeys().isEmpty();
        // One write, so that whoever waits for the "listening" line sees the lines after it too.
        String nl = System.lineSeparator();
        StringBuilder banner = new StringBuilder()
                .append("Vigint is listening on ")
                .append(server.uri())
                .append(" (database: ")
                .append(context.settings().safeDatabaseUrl())
                .append(")")
                .append(nl)
                .append(schedule)
                .append(nl);
        if (noOperatorKey) {
            banner.append("No operator key exists yet. To administer clients over HTTP, create one with:")
                    .append(nl)
                    .append("  vigint admin-keys create --name ops")
                    .append(nl)
                    .append("or create clients directly with: vigint clients create --name NAME --email EMAIL")
                    .append(nl);
        }
        out.print(banner);
        out.flush();
        stopRequested.await();
        try {
            server.stop(VigintServer.DEFAULT_GRACE);
            context.close();
        } finally {
            stopped.countDown();
        }
        return 0;
    }

    /** Starts the scheduled invoice batch (closed with the server) and says when it runs. */
    static String startInvoiceSchedule(InvoiceScheduler scheduler) {
        scheduler.start();
        Map<Cadence, Instant> next = scheduler.nextRuns();
        if (next.isEmpty()) {
            return "The invoice batch is not scheduled (billing.schedule.enabled=false or every cadence off).";
        }
        StringBuilder line = new StringBuilder("Invoice batch scheduled (UTC):");
        String separator = " ";
        for (Cadence cadence : Cadence.values()) {
            Optional<CadenceTime> time = scheduler.schedule().time(cadence);
            if (time.isPresent() && next.containsKey(cadence)) {
                line.append(separator)
                        .append(cadence.label())
                        .append(' ')
                        .append(time.get())
                        .append(" (next ")
                        .append(next.get(cadence))
                        .append(')');
                separator = ", ";
            }
        }
        return line.toString();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(VigintServer.DEFAULT_GRACE.toSeconds() + 5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
