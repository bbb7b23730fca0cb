package io.vigint.core.login;

import io.vigint.core.auth.AuthenticationResult;
import io.vigint.core.client.Client;
import io.vigint.core.client.ClientStore;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.port.TransactionRunner;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Logins over a {@link LoginStore}, a {@link PasswordHasher} and {@link AccessTokens}. An unknown
 * username still costs one password verification, so response time does not reveal which usernames
 * exist. The hasher and the tokens are asked of their suppliers only when a login is set or checked, so
 * a process that never does so never loads them (nor the secrets behind them).
 */
public final class LoginService implements LoginUseCase {
    /** Default token lifetime. */
    public static final Duration DEFAULT_TOKEN_LIFETIME = Duration.ofMinutes(60);

    private final ClientStore clients;
    private final LoginStore logins;
    private final Supplier<? extends PasswordHasher> hasher;
    private final Supplier<? extends AccessTokens> tokens;
    private final TransactionRunner transactions;
    private final Clock clock;
    private final Duration tokenLifetime;
    private volatile String decoyHash;

    public LoginService(
            ClientStore clients,
            LoginStore logins,
            Supplier<? extends PasswordHasher> hasher,
            Supplier<? extends AccessTokens> tokens,
            TransactionRunner transactions,
            Clock clock,
            Duration tokenLifetime) {
        this.clients = Objects.requireNonNull(clients, "clients");
        this.logins = Objects.requireNonNull(logins, "logins");
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (tokenLifetime.isNegative() || tokenLifetime.isZero()) {
            throw new IllegalArgumentException("token lifetime must be positive");
        }
        this.tokenLifetime = tokenLifetime;
    }

    @Override
    public LoginCredential setLogin(SetLoginCommand command) {
        String hash = hasher.get().hash(command.password());
        return transactions.inTransaction(() -> {
            clients.findById(command.clientId())
                    .orElseThrow(() -> new VigintException(
                            CoreErrorCode.CLIENT_NOT_FOUND,
                            "No client with id " + command.clientId(),
                            Map.of("client_id", command.clientId().value())));
            LoginCredential credential = new LoginCredential(
                    command.clientId(),
                    command.username(),
                    hash,
                    clock.instant().truncatedTo(ChronoUnit.MICROS));
            logins.putLogin(credential);
            return credential;
        });
    }

    @Override
    public IssuedToken login(String username, char[] password) {
        if (username == null || username.isBlank() || password == null || password.length == 0) {
            throw new VigintException(CoreErrorCode.INVALID_CREDENTIALS);
        }
        Optional<LoginCredential> credential = logins.findLoginByUsername(username.strip());
        boolean matches = hasher.get()
                .verify(password, credential.map(LoginCredential::passwordHash).orElseGet(this::decoyHash));
        if (credential.isEmpty() || !matches) {
            throw new VigintException(CoreErrorCode.INVALID_CREDENTIALS);
        }
        Optional<Client> client = clients.findById(credential.get().clientId());
        if (client.isEmpty() || !client.get().active()) {
            throw new VigintException(CoreErrorCode.INVALID_CREDENTIALS);
        }
        return tokens.get().issue(client.get().id(), clock.instant(), tokenLifetime);
    }

    /** A hash to verify against when the username is unknown, made on first need. */
    private String decoyHash() {
        String decoy = decoyHash;
        if (decoy == null) {
            decoy = hasher.get().hash("decoy-password-for-timing".toCharArray());
            decoyHash = decoy;
        }
        return decoy;
    }

    @Override
    public AuthenticationResult authenticateToken(String token) {
        if (token == null || token.isEmpty()) {
            return new AuthenticationResult.Rejected(CoreErrorCode.API_KEY_REQUIRED);
        }
        TokenCheck check = tokens.get().check(token, clock.instant());
        if (check instanceof TokenCheck.Expired) {
            return new AuthenticationResult.Rejected(CoreErrorCode.TOKEN_EXPIRED);
        }
        if (!(check instanceof TokenCheck.Valid valid)) {
            return new AuthenticationResult.Rejected(CoreErrorCode.INVALID_TOKEN);
        }
        Optional<Client> client = clients.findById(valid.clientId());
        if (client.isEmpty()) {
            return new AuthenticationResult.Rejected(CoreErrorCode.INVALID_TOKEN);
        }
        if (!client.get().active()) {
            return new AuthenticationResult.Rejected(CoreErrorCode.KEY_REVOKED);
        }
        return new AuthenticationResult.Authenticated(client.get(), null);
    }
}
