package io.vigint.cli.command;

import io.vigint.cli.CliContext;
import io.vigint.cli.command.view.Output;
import io.vigint.cli.command.view.View;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Callable;

/**
 * A command that runs against the run's {@link CliContext}: the use cases it calls come from there, and what
 * it made is printed in the run's output format ({@code --output}).
 */
abstract class ContextCommand implements Callable<Integer> {
    final CliContext context;

    ContextCommand(CliContext context) {
        this.context = context;
    }

    /** The present instant of the run's clock. */
    Instant now() {
        return context.get(Clock.class).instant();
    }

    /** Prints {@code view} as text or JSON; the command's exit status, 0. */
    Integer print(View view) {
        Output.of(context).print(view);
        return 0;
    }
}
