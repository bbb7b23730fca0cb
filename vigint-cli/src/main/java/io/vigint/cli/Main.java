package io.vigint.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import com.google.inject.Module;
import io.vigint.app.VigintApp;
import io.vigint.app.config.SettingCatalog;
import io.vigint.cli.command.Arguments;
import io.vigint.cli.command.CommonOptions;
import io.vigint.cli.command.VigintCommand;
import io.vigint.core.client.ClientId;
import io.vigint.core.config.ConfigurationException;
import io.vigint.core.config.SettingKey;
import io.vigint.core.error.VigintException;
import io.vigint.core.key.ApiKeyId;
import io.vigint.core.operator.OperatorKeyId;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * The {@code vigint} command's entry point. Parses the command line, resolves the settings, creates the
 * Guice injector once (when a command first needs a service), runs the command and closes the database.
 *
 * <p>Exit status: {@value #OK} on success; {@value #FAILED} when the operation was refused or failed (a
 * duplicate name, an unknown id, an unreachable database, an unconfirmed deletion, an unexpected error);
 * {@value #USAGE} for invalid usage: unknown or malformed options and arguments, and unusable
 * configuration (a malformed database URL, an unknown config-file key). Every failure is one line on
 * standard error, {@code error: <message>}; stack traces only with {@code --verbose} or
 * {@code VIGINT_DEBUG=1}.
 */
public final class Main {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    /** Environment variable that, set to {@code 1}, shows stack traces of unexpected failures. */
    public static final String ENV_DEBUG = "VIGINT_DEBUG";

    private Main() {}

    public static void main(String[] args) {
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        System.exit(run(args, CliEnvironment.system()));
    }

    /** Runs one command line in {@code environment} and returns the exit status. */
    public static int run(String[] args, CliEnvironment environment) {
        return run(args, environment, UnaryOperator.identity());
    }

    /**
     * Like {@link #run(String[], CliEnvironment)}, with the application's modules passed through
     * {@code wiring} first: tests replace bindings with {@code Modules.override(modules).with(…)}.
     */
    public static int run(String[] args, CliEnvironment environment, UnaryOperator<Module> wiring) {
        CliContext context =
                new CliContext(environment, (settings, extra) -> VigintApp.injector(settings, extra, wiring));
        int status = commandLine(context).execute(args);
        try {
            context.close();
        } catch (RuntimeException e) {
            environment.err().println("warning: the database was not closed cleanly: " + oneLine(e.getMessage()));
        }
        return status;
    }

    static CommandLine commandLine(CliContext context) {
        CliEnvironment environment = context.environment();
        CommandLine commandLine = new CommandLine(VigintCommand.class, new Factory(context));
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.registerConverter(ClientId.class, Arguments::clientId);
        commandLine.registerConverter(ApiKeyId.class, Arguments::apiKeyId);
        commandLine.registerConverter(Duration.class, Arguments::duration);
        commandLine.registerConverter(OperatorKeyId.class, Arguments::operatorKeyId);
        commandLine.setOut(writer(environment.out()));
        commandLine.setErr(writer(environment.err()));
        commandLine.setExecutionStrategy(parseResult -> {
            configureLogging(context.options());
            return new CommandLine.RunLast().execute(parseResult);
        });
        commandLine.setParameterExceptionHandler(Main::usageError);
        commandLine.setExecutionExceptionHandler(
                (exception, command, parseResult) -> failure(exception, command, context));
        describeEverywhere(commandLine);
        commandLine
                .getSubcommands()
                .get("serve")
                .getCommandSpec()
                .usageMessage()
                .footer(settingsHelp());
        return commandLine;
    }

    /** Every setting with its environment variable, default and help, for {@code vigint serve --help}. */
    static String[] settingsHelp() {
        java.util.List<String> lines = new java.util.ArrayList<>();
        lines.add("\nSettings, each with its config-file key and environment variable; a flag wins");
        lines.add("over the variable, the variable over the config file, the file over the default:");
        for (SettingKey key : SettingCatalog.all()) {
            lines.add("  " + key.property() + "  " + key.environmentVariable());
            String help = key.help() + (key.defaultValue().isEmpty() ? "" : " (default " + key.defaultValue() + ")");
            StringBuilder line = new StringBuilder("     ");
            for (String word : help.split(" ")) {
                if (line.length() + word.length() > 78) {
                    lines.add(line.toString());
                    line = new StringBuilder("     ");
                }
                line.append(' ').append(word);
            }
            lines.add(line.toString());
        }
        return lines.stream().map(text -> text.replace("%", "%%")).toArray(String[]::new);
    }

    /** Version and exit statuses in every command's help, not just the top-level one. */
    private static void describeEverywhere(CommandLine commandLine) {
        CommandSpec spec = commandLine.getCommandSpec();
        spec.versionProvider(new VersionProvider());
        Map<String, String> statuses = new LinkedHashMap<>();
        statuses.put(Integer.toString(OK), "Success.");
        statuses.put(Integer.toString(FAILED), "The operation was refused or failed (the message says why).");
        statuses.put(
                Integer.toString(USAGE), "Invalid usage: unknown or malformed options, or unusable configuration.");
        spec.usageMessage().exitCodeListHeading("%nExit status:%n").exitCodeList(statuses);
        commandLine.getSubcommands().values().forEach(Main::describeEverywhere);
    }

    private static int usageError(ParameterException exception, String[] args) {
        CommandLine command = exception.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("error: " + oneLine(exception.getMessage()) + " (see '"
                + command.getCommandSpec().qualifiedName() + " --help')");
        err.flush();
        return USAGE;
    }

    private static int failure(Exception exception, CommandLine command, CliContext context) {
        PrintWriter err = command.getErr();
        int status;
        if (exception instanceof VigintException || exception instanceof CommandFailedException) {
            err.println("error: " + oneLine(exception.getMessage()));
            status = FAILED;
        } else if (exception instanceof ConfigurationException) {
            err.println("error: " + oneLine(exception.getMessage()));
            status = USAGE;
        } else {
            err.println("error: unexpected failure: " + oneLine(exception.toString())
                    + (debug(context) ? "" : " (run with --verbose for details)"));
            status = FAILED;
        }
        if (debug(context)) {
            exception.printStackTrace(err);
        }
        err.flush();
        return status;
    }

    private static boolean debug(CliContext context) {
        return context.options().verbose()
                || "1".equals(context.environment().variables().get(ENV_DEBUG));
    }

    /**
     * {@code --verbose} logs at INFO. Never DEBUG: MyBatis logs statement parameters at DEBUG, and those
     * include key hashes, which are never logged.
     */
    private static void configureLogging(CommonOptions options) {
        if (options.verbose() && LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof Logger root) {
            root.setLevel(Level.INFO);
            ((Logger) LoggerFactory.getLogger("io.vigint")).setLevel(Level.INFO);
        }
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    private static PrintWriter writer(PrintStream stream) {
        return new PrintWriter(stream, true);
    }

    /** Builds commands that take the run's {@link CliContext}, and the shared {@link CommonOptions}. */
    private static final class Factory implements IFactory {
        private final CliContext context;

        Factory(CliContext context) {
            this.context = context;
        }

        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (type == CommonOptions.class) {
                return type.cast(context.options());
            }
            for (Constructor<?> constructor : type.getConstructors()) {
                if (constructor.getParameterCount() == 1 && constructor.getParameterTypes()[0] == CliContext.class) {
                    return type.cast(constructor.newInstance(context));
                }
            }
            return CommandLine.defaultFactory().create(type);
        }
    }
}
