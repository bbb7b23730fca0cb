package io.vigint.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import io.vigint.app.config.Settings;
import io.vigint.core.client.ClientId;
import io.vigint.core.client.ClientStore;
import io.vigint.core.client.CreateClientCommand;
import io.vigint.core.client.CreateClientUseCase;
import io.vigint.core.client.DeleteClientUseCase;
import io.vigint.core.idempotency.IdempotencyStore;
import io.vigint.core.key.ApiKeyStore;
import io.vigint.core.port.AccessChangeFeed;
import io.vigint.core.port.TransactionRunner;
import io.vigint.core.video.Frame;
import io.vigint.core.video.FrameBuffers;
import io.vigint.core.video.FrameFormat;
import io.vigint.core.video.FrameWindows;
import io.vigint.http.HttpModule;
import io.vigint.http.HttpSettings;
import io.vigint.http.video.VideoHttpModule;
import io.vigint.memory.InMemoryAccessChanges;
import io.vigint.memory.InMemoryStorage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The frame buffers as {@code vigint serve} wires them, over in-memory storage. */
class VideoModuleTest {
    private final InMemoryStorage storage = new InMemoryStorage();
    private final Module inMemoryStorage = binder -> {
        binder.bind(ClientStore.class).toInstance(storage);
        binder.bind(ApiKeyStore.class).toInstance(storage);
        binder.bind(TransactionRunner.class).toInstance(storage);
        binder.bind(IdempotencyStore.class).toInstance(storage);
        binder.bind(AccessChangeFeed.class).toInstance(new InMemoryAccessChanges());
    };

    private Injector injector(Map<String, String> environment) {
        Settings settings = Settings.resolve(Settings.Flags.none(), environment, Path.of("."));
        return Guice.createInjector(
                new CoreModule(),
                inMemoryStorage,
                new HttpModule(HttpSettings.defaults()),
                new VideoHttpModule(settings.video()),
                new MediaModule());
    }

    @Test
    void oneBufferServesAsFrameWindowsAndTakesItsSettingsFromTheConfiguration() {
        Injector injector = injector(Map.of("VIGINT_VIDEO_LONG_WINDOW", "20s", "VIGINT_VIDEO_MAX_FRAME_BYTES", "4096"));

        FrameBuffers buffers = injector.getInstance(FrameBuffers.class);

        assertThat(injector.getInstance(FrameWindows.class)).isSameAs(buffers);
        assertThat(buffers.settings().longWindow()).isEqualTo(Duration.ofSeconds(20));
        assertThat(buffers.settings().shortWindow()).isEqualTo(Duration.ofSeconds(3));
        assertThat(buffers.settings().maxFrameBytes()).isEqualTo(4096);
    }

    @Test
    void deletingAClientDropsItsFrameBuffers() {
        Injector injector = injector(Map.of());
        ClientId acme = injector.getInstance(CreateClientUseCase.class)
                .createClient(new CreateClientCommand("Acme", "a@acme.example", null))
                .client()
                .id();
        ClientId other = injector.getInstance(CreateClientUseCase.class)
                .createClient(new CreateClientCommand("Other", "o@other.example", null))
                .client()
                .id();
        FrameBuffers buffers = injector.getInstance(FrameBuffers.class);
        Clock clock = injector.getInstance(Clock.class);
        buffers.add(acme, "gate", new Frame(new byte[10], FrameFormat.JPEG, clock.instant()));
        buffers.add(other, "gate", new Frame(new byte[10], FrameFormat.JPEG, clock.instant()));

        injector.getInstance(DeleteClientUseCase.class).deleteClient(acme);

        assertThat(buffers.longWindow(acme, "gate")).isEmpty();
        assertThat(buffers.longWindow(other, "gate")).hasSize(1);
    }
}
