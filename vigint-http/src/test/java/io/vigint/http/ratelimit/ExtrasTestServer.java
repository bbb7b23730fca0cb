package io.vigint.http.ratelimit;

import io.vigint.core.client.Client;
import io.vigint.http.ClientPrincipal;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * A real Grizzly + Jersey server on a free loopback port for the tests of the HTTP extras, with the given
 * components registered as instances and a stand-in for the authentication filter: a request with header
 * {@value #CLIENT_HEADER} naming a client {@link #addClient added} here gets that client's
 * {@link ClientPrincipal}.
 */
public final class ExtrasTestServer implements AutoCloseable {
    /** The header naming the test client of a request. */
    public static final String CLIENT_HEADER = "X-Test-Client";

    private final Map<String, Client> clients = new ConcurrentHashMap<>();
    private final HttpServer server;
    private final URI base;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private ExtrasTestServer(Object... components) {
        ResourceConfig config = new ResourceConfig();
        config.register(new PrincipalFromHeader(clients));
        for (Object component : components) {
            config.register(component);
        }
        server = GrizzlyHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"), config, false);
        try {
            server.start();
        } catch (IOException e) {
            server.shutdownNow();
            throw new UncheckedIOException(e);
        }
        int port = server.getListeners().iterator().next().getPort();
        base = URI.create("http://127.0.0.1:" + port + "/");
    }

    /** Starts a server with {@code components} (resources, filters, interceptors as instances). */
    public static ExtrasTestServer start(Object... components) {
        return new ExtrasTestServer(components);
    }

    /** Lets requests with {@code CLIENT_HEADER: name} act as {@code client}. */
    public ExtrasTestServer addClient(String name, Client client) {
        clients.put(name, client);
        return this;
    }

    public URI uri(String path) {
        return base.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    /** A GET; {@code headers} are name, value pairs. */
    public HttpResponse<String> get(String path, String... headers) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), headers);
    }

    /** A POST of a JSON body; {@code headers} are name, value pairs. */
    public HttpResponse<String> post(String path, String json, String... headers) {
        return send(
                HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json)),
                headers);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String... headers) {
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.shutdownNow();
    }

    /** Plays the authentication filter: sets the principal named by {@value #CLIENT_HEADER}. */
    @Priority(Priorities.AUTHENTICATION)
    static final class PrincipalFromHeader implements ContainerRequestFilter {
        private final Map<String, Client> clients;

        PrincipalFromHeader(Map<String, Client> clients) {
            this.clients = clients;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            String name = request.getHeaderString(CLIENT_HEADER);
            Client client = name == null ? null : clients.get(name);
            if (client != null) {
                request.setProperty(ClientPrincipal.PROPERTY, new ClientPrincipal(client, null));
            }
        }
    }
}
