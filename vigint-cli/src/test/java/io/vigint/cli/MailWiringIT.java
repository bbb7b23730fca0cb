package io.vigint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import io.vigint.app.ServeModule;
import io.vigint.app.VigintApp;
import io.vigint.app.config.Settings;
import io.vigint.core.client.CreateClientCommand;
import io.vigint.core.client.CreateClientUseCase;
import io.vigint.core.client.CreatedClient;
import io.vigint.core.client.DeleteClientUseCase;
import io.vigint.core.mail.ClientMailer;
import io.vigint.core.mail.MailMessage;
import io.vigint.http.server.VigintServer;
import io.vigint.persistence.Database;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The application's own wiring ({@link VigintApp#modules} with {@link ServeModule}) on an embedded H2 database:
 * a client sets its SMTP provider over HTTP, the password is stored sealed, its mail reaches that SMTP
 * server (GreenMail), another client's mail goes to the outbox, and deleting the client deletes its
 * configuration.
 */
class MailWiringIT {
    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(
                    new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("acme-mailer", "acme-smtp-password"));

    @TempDir
    Path cwd;

    private Injector injector;
    private VigintServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        // GreenMail listens on loopback, which a client's configuration may use only when the operator allows it
        Settings settings =
                Settings.resolve(Settings.Flags.none(), Map.of("VIGINT_MAIL_OUTBOUND_ALLOW", "127.0.0.1"), cwd);
        injector = Guice.createInjector(VigintApp.modules(
                settings, List.of(new ServeModule(settings.server().withListen("127.0.0.1", 0)))));
        server = injector.getInstance(VigintServer.class);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(Duration.ofSeconds(1));
        injector.getInstance(Database.class).close();
    }

    @Test
    void aClientsSmtpProviderIsStoredSealedUsedForItsMailAndDeletedWithIt() throws Exception {
        CreatedClient acme = injector.getInstance(CreateClientUseCase.class)
                .createClient(new CreateClientCommand("Acme", "security@acme.com", null));
        CreatedClient beta = injector.getInstance(CreateClientUseCase.class)
                .createClient(new CreateClientCommand("Beta", "security@beta.com", null));
        String body = "{\"provider\":\"smtp\",\"config\":{\"host\":\"127.0.0.1\",\"port\":"
                + SMTP.getSmtp().getPort()
                + ",\"use_tls\":false,\"username\":\"acme-mailer\",\"password\":\"acme-smtp-password\","
                + "\"from_email\":\"alerts@acme.test\"}}";

        HttpResponse<String> set = http.send(
                HttpRequest.newBuilder(server.uri().resolve("api/v1/clients/email-config"))
                        .header("X-API-Key", acme.apiKey().plainText())
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(set.statusCode()).as(set.body()).isEqualTo(201);
        assertThat(set.body()).doesNotContain("acme-smtp-password").contains("\"password_set\":true");
        String sealed = storedSecret(acme.client().id().value());
        assertThat(sealed).startsWith("v1:").doesNotContain("acme-smtp-password");

        ClientMailer mailer = injector.getInstance(ClientMailer.class);
        mailer.send(acme.client().id(), new MailMessage("security@acme.com", "Acme incident", "text", null, List.of()));
        mailer.send(beta.client().id(), new MailMessage("security@beta.com", "Beta incident", "text", null, List.of()));

        assertThat(SMTP.getReceivedMessages()).hasSize(1);
        assertThat(SMTP.getReceivedMessages()[0].getSubject()).isEqualTo("Acme incident");
        try (Stream<Path> outbox = Files.list(cwd.resolve("vigint-data").resolve("outbox"))) {
            List<Path> files = outbox.toList();
            assertThat(files).hasSize(1);
            assertThat(Files.readString(files.get(0))).contains("Subject: Beta incident");
        }

        injector.getInstance(DeleteClientUseCase.class)
                .deleteClient(acme.client().id());

        assertThat(storedSecret(acme.client().id().value())).isNull();
    }

    private String storedSecret(long clientId) throws Exception {
        try (Connection connection =
                        injector.getInstance(Database.class).dataSource().getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT secret_sealed FROM client_email_config WHERE client_id = ?")) {
            select.setLong(1, clientId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }
}
