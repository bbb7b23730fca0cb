package io.vigint.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigint.core.admin.ApiKeyService;
import io.vigint.core.admin.ClientAccessService;
import io.vigint.core.admin.ClientLifecycleService;
import io.vigint.core.admin.ClientPorts;
import io.vigint.core.auth.AuthenticateUseCase;
import io.vigint.core.auth.AuthenticationResult;
import io.vigint.core.auth.AuthenticationService;
import io.vigint.core.client.ClientId;
import io.vigint.core.client.ClientWithKeys;
import io.vigint.core.client.CreateClientCommand;
import io.vigint.core.client.CreatedClient;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.ErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.key.AccessCommand;
import io.vigint.core.key.ApiKey;
import io.vigint.core.key.ApiKeyFormat;
import io.vigint.core.key.ApiKeyId;
import io.vigint.core.key.ApiKeyStatus;
import io.vigint.core.key.IssueApiKeyCommand;
import io.vigint.core.key.IssuedApiKey;
import io.vigint.core.key.KeyHash;
import io.vigint.core.key.RotateApiKeyCommand;
import io.vigint.core.key.RotatedApiKey;
import io.vigint.core.port.AccessChangeNotifier;
import io.vigint.core.port.RandomSource;
import java.time.Duration;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * The operator workflow of the seed documents (create, list, revoke, reactivate, rotate, delete) and
 * authentication, run over an adapter's storage ports.
 */
public interface ClientAdministrationContract extends StorageFixture {

    /** The clock the services use; tests move it. Implementations return one fixed instance per test. */
    MutableClock clock();

    private ClientPorts ports() {
        return new ClientPorts(clientStore(), apiKeyStore(), transactions(), clock(), AccessChangeNotifier.none());
    }

    private ClientLifecycleService clients() {
        return new ClientLifecycleService(ports(), RandomSource.secure(), List.of());
    }

    private ClientAccessService access() {
        return new ClientAccessService(ports());
    }

    private ApiKeyService keys() {
        return new ApiKeyService(ports(), RandomSource.secure());
    }

    private AuthenticateUseCase auth() {
        return new AuthenticationService(credentialLookup(), apiKeyStore(), clock());
    }

    private CreatedClient acme() {
        return clients().createClient(new CreateClientCommand("Acme Corporation", "security@acme.com", "HQ"));
    }

    private static void assertFails(ErrorCode code, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(VigintException.class, e -> assertThat(e.code())
                .isEqualTo(code));
    }

    private void assertAccepted(String plainKey) {
        assertThat(auth().authenticate(plainKey)).isInstanceOf(AuthenticationResult.Authenticated.class);
    }

    private void assertRejected(String plainKey, ErrorCode reason) {
        assertThat(auth().authenticate(plainKey)).isEqualTo(new AuthenticationResult.Rejected(reason));
    }

    @Test
    default void createClientReturnsItsFirstKeyOnceAndStoresOnlyItsHash() {
        CreatedClient created = acme();

        String plain = created.apiKey().plainText();
        assertThat(plain).startsWith(ApiKeyFormat.PREFIX).hasSize(ApiKeyFormat.LENGTH);
        ApiKey stored = apiKeyStore().findById(created.apiKey().key().id()).orElseThrow();
        assertThat(stored.hash()).isEqualTo(KeyHash.of(plain));
        assertThat(stored.prefix()).isEqualTo(plain.substring(0, ApiKeyFormat.DISPLAY_PREFIX_LENGTH));
        assertThat(stored.toString()).doesNotContain(plain);
        assertThat(created.apiKey().toString()).doesNotContain(plain);
        assertThat(created.client().active()).isTrue();
        assertAccepted(plain);
    }

    @Test
    default void authenticationNamesTheClientAndKey() {
        CreatedClient created = acme();

        AuthenticationResult result = auth().authenticate(created.apiKey().plainText());

        assertThat(result).isInstanceOfSatisfying(AuthenticationResult.Authenticated.class, ok -> {
            assertThat(ok.client().id()).isEqualTo(created.client().id());
            assertThat(ok.key().id()).isEqualTo(created.apiKey().key().id());
        });
    }

    @Test
    default void authenticationRecordsLastUseAtMostOncePerMinute() {
        CreatedClient created = acme();
        ApiKeyId keyId = created.apiKey().key().id();

        auth().authenticate(created.apiKey().plainText());
        var first = apiKeyStore().findById(keyId).orElseThrow().lastUsedAt();
        clock().advance(Duration.ofSeconds(30));
        auth().authenticate(created.apiKey().plainText());
        var unchanged = apiKeyStore().findById(keyId).orElseThrow().lastUsedAt();
        clock().advance(Duration.ofSeconds(31));
        auth().authenticate(created.apiKey().plainText());
        var later = apiKeyStore().findById(keyId).orElseThrow().lastUsedAt();

        assertThat(first).isNotNull();
        assertThat(unchanged).isEqualTo(first);
        assertThat(later).isAfter(first);
    }

    @Test
    default void missingMalformedAndUnknownKeysAreRejectedDistinctly() {
        acme();

        assertRejected(null, CoreErrorCode.API_KEY_REQUIRED);
        assertRejected("", CoreErrorCode.API_KEY_REQUIRED);
        assertRejected("not-a-key", CoreErrorCode.INVALID_API_KEY);
        assertRejected(ApiKeyFormat.PREFIX + "A".repeat(43), CoreErrorCode.INVALID_API_KEY);
    }

    @Test
    default void duplicateNameOrEmailIsRefusedAndWritesNothing() {
        acme();

        assertFails(CoreErrorCode.DUPLICATE_CLIENT_NAME, () -> clients()
                .createClient(new CreateClientCommand("ACME corporation", "other@acme.com", null)));
        assertFails(CoreErrorCode.DUPLICATE_CLIENT_EMAIL, () -> clients()
                .createClient(new CreateClientCommand("Other", "SECURITY@acme.com", null)));

        assertThat(clients().listClients()).hasSize(1);
        assertThat(apiKeyStore().listAll()).hasSize(1);
    }

    @Test
    default void listShowsEveryClientWithItsKeys() {
        CreatedClient acme = acme();
        CreatedClient beta = clients().createClient(new CreateClientCommand("Beta", "beta@example.com", null));
        IssuedApiKey second =
                keys().issueApiKey(new IssueApiKeyCommand(acme.client().id(), "backup", null));

        var listed = clients().listClients();

        assertThat(listed)
                .extracting(c -> c.client().id())
                .containsExactly(acme.client().id(), beta.client().id());
        assertThat(listed.get(0).keys())
                .extracting(ApiKey::id)
                .containsExactly(acme.apiKey().key().id(), second.key().id());
        assertThat(listed.get(1).keys())
                .extracting(ApiKey::id)
                .containsExactly(beta.apiKey().key().id());
    }

    @Test
    default void issuedKeysHaveTheirNameAndExpiry() {
        CreatedClient acme = acme();

        IssuedApiKey key =
                keys().issueApiKey(new IssueApiKeyCommand(acme.client().id(), "ci", Duration.ofDays(30)));

        assertThat(key.key().name()).isEqualTo("ci");
        assertThat(key.key().expiresAt())
                .isEqualTo(Fixtures.micros(clock().instant()).plus(Duration.ofDays(30)));
        assertThat(keys().listApiKeys(acme.client().id())).hasSize(2);
        assertAccepted(key.plainText());
        clock().advance(Duration.ofDays(30));
        assertRejected(key.plainText(), CoreErrorCode.KEY_EXPIRED);
        assertAccepted(acme.apiKey().plainText());
    }

    @Test
    default void unknownClientOrKeyIsNotFound() {
        CreatedClient acme = acme();
        ClientId ghost = new ClientId(999_999);

        assertFails(CoreErrorCode.CLIENT_NOT_FOUND, () -> keys().issueApiKey(IssueApiKeyCommand.defaultKey(ghost)));
        assertFails(CoreErrorCode.CLIENT_NOT_FOUND, () -> access().revokeAccess(AccessCommand.wholeClient(ghost)));
        assertFails(CoreErrorCode.CLIENT_NOT_FOUND, () -> clients().deleteClient(ghost));
        assertFails(CoreErrorCode.CLIENT_NOT_FOUND, () -> clients().getClient(ghost));
        assertFails(CoreErrorCode.KEY_NOT_FOUND, () -> access().revokeAccess(
                        AccessCommand.oneKey(acme.client().id(), new ApiKeyId(999_999))));
        assertFails(CoreErrorCode.KEY_NOT_FOUND, () -> keys().rotateApiKey(
                        new RotateApiKeyCommand(new ApiKeyId(999_999), null)));
    }

    @Test
    default void aKeyOfAnotherClientIsNotFound() {
        CreatedClient acme = acme();
        CreatedClient beta = clients().createClient(new CreateClientCommand("Beta", "beta@example.com", null));

        assertFails(CoreErrorCode.KEY_NOT_FOUND, () -> access().revokeAccess(AccessCommand.oneKey(
                acme.client().id(), beta.apiKey().key().id())));
        assertAccepted(beta.apiKey().plainText());
    }

    @Test
    default void revokingTheClientRejectsAllItsKeysUntilReactivated() {
        CreatedClient acme = acme();
        IssuedApiKey second =
                keys().issueApiKey(IssueApiKeyCommand.defaultKey(acme.client().id()));

        ClientWithKeys revoked =
                access().revokeAccess(AccessCommand.wholeClient(acme.client().id()));

        assertThat(revoked.client().active()).isFalse();
        assertThat(revoked.keys()).extracting(ApiKey::status).containsOnly(ApiKeyStatus.SUSPENDED);
        assertRejected(acme.apiKey().plainText(), CoreErrorCode.KEY_REVOKED);
        assertRejected(second.plainText(), CoreErrorCode.KEY_REVOKED);
        assertFails(CoreErrorCode.CLIENT_REVOKED, () -> keys().issueApiKey(
                        IssueApiKeyCommand.defaultKey(acme.client().id())));

        ClientWithKeys reactivated = access().reactivateAccess(
                        AccessCommand.wholeClient(acme.client().id()));

        assertThat(reactivated.client().active()).isTrue();
        assertAccepted(acme.apiKey().plainText());
        assertAccepted(second.plainText());
    }

    @Test
    default void reactivatingOneKeyOfARevokedClientRestoresOnlyThatKey() {
        CreatedClient acme = acme();
        IssuedApiKey second =
                keys().issueApiKey(IssueApiKeyCommand.defaultKey(acme.client().id()));
        access().revokeAccess(AccessCommand.wholeClient(acme.client().id()));

        ClientWithKeys after = access().reactivateAccess(
                        AccessCommand.oneKey(acme.client().id(), second.key().id()));

        assertThat(after.client().active()).isTrue();
        assertAccepted(second.plainText());
        assertRejected(acme.apiKey().plainText(), CoreErrorCode.KEY_REVOKED);
    }

    @Test
    default void aKeyRevokedOnItsOwnStaysRevokedWhenTheClientIsReactivated() {
        CreatedClient acme = acme();
        IssuedApiKey leaked =
                keys().issueApiKey(IssueApiKeyCommand.defaultKey(acme.client().id()));
        access().revokeAccess(
                        AccessCommand.oneKey(acme.client().id(), leaked.key().id()));
        assertRejected(leaked.plainText(), CoreErrorCode.KEY_REVOKED);
        assertAccepted(acme.apiKey().plainText());

        access().revokeAccess(AccessCommand.wholeClient(acme.client().id()));
        access().reactivateAccess(AccessCommand.wholeClient(acme.client().id()));

        assertAccepted(acme.apiKey().plainText());
        assertRejected(leaked.plainText(), CoreErrorCode.KEY_REVOKED);
        access().reactivateAccess(
                        AccessCommand.oneKey(acme.client().id(), leaked.key().id()));
        assertAccepted(leaked.plainText());
    }

    @Test
    default void anExpiredKeyCannotBeReactivated() {
        CreatedClient acme = acme();
        IssuedApiKey shortLived =
                keys().issueApiKey(new IssueApiKeyCommand(acme.client().id(), "short", Duration.ofHours(1)));
        access().revokeAccess(AccessCommand.oneKey(
                acme.client().id(), shortLived.key().id()));
        clock().advance(Duration.ofHours(2));

        assertFails(CoreErrorCode.KEY_NOT_REACTIVATABLE, () -> access().reactivateAccess(AccessCommand.oneKey(
                acme.client().id(), shortLived.key().id())));
        assertThat(apiKeyStore().findById(shortLived.key().id()).orElseThrow().status())
                .isEqualTo(ApiKeyStatus.REVOKED);
    }

    @Test
    default void rotationIssuesAReplacementAndRetiresTheOldKeyAfterTheGracePeriod() {
        CreatedClient acme = acme();
        IssuedApiKey old =
                keys().issueApiKey(new IssueApiKeyCommand(acme.client().id(), "camera-1", Duration.ofDays(90)));

        RotatedApiKey rotated =
                keys().rotateApiKey(new RotateApiKeyCommand(old.key().id(), Duration.ofHours(24)));

        assertThat(rotated.replacement().key().name()).isEqualTo("camera-1");
        assertThat(rotated.replacement().key().expiresAt()).isEqualTo(old.key().expiresAt());
        assertThat(rotated.previous().expiresAt())
                .isEqualTo(Fixtures.micros(clock().instant()).plus(Duration.ofHours(24)));
        assertAccepted(old.plainText());
        assertAccepted(rotated.replacement().plainText());
        clock().advance(Duration.ofHours(24));
        assertRejected(old.plainText(), CoreErrorCode.KEY_EXPIRED);
        assertAccepted(rotated.replacement().plainText());
    }

    @Test
    default void rotationWithoutGraceRetiresTheOldKeyAtOnce() {
        CreatedClient acme = acme();

        RotatedApiKey rotated =
                keys().rotateApiKey(new RotateApiKeyCommand(acme.apiKey().key().id(), Duration.ZERO));

        assertRejected(acme.apiKey().plainText(), CoreErrorCode.KEY_EXPIRED);
        assertAccepted(rotated.replacement().plainText());
        assertThat(rotated.replacement().key().expiresAt()).isNull();
    }

    @Test
    default void graceNeverExtendsTheOldKeysOwnExpiry() {
        CreatedClient acme = acme();
        IssuedApiKey old =
                keys().issueApiKey(new IssueApiKeyCommand(acme.client().id(), "short", Duration.ofHours(1)));

        RotatedApiKey rotated =
                keys().rotateApiKey(new RotateApiKeyCommand(old.key().id(), Duration.ofDays(2)));

        assertThat(rotated.previous().expiresAt()).isEqualTo(old.key().expiresAt());
    }

    @Test
    default void revokedOrExpiredKeysCannotBeRotatedAndNothingIsWritten() {
        CreatedClient acme = acme();
        access().revokeAccess(AccessCommand.oneKey(
                acme.client().id(), acme.apiKey().key().id()));

        assertFails(CoreErrorCode.KEY_NOT_ROTATABLE, () -> keys().rotateApiKey(
                        new RotateApiKeyCommand(acme.apiKey().key().id(), null)));
        assertThat(apiKeyStore().listAll()).hasSize(1);

        IssuedApiKey shortLived =
                keys().issueApiKey(new IssueApiKeyCommand(acme.client().id(), "short", Duration.ofMinutes(5)));
        clock().advance(Duration.ofMinutes(5));
        assertFails(CoreErrorCode.KEY_NOT_ROTATABLE, () -> keys().rotateApiKey(
                        new RotateApiKeyCommand(shortLived.key().id(), null)));
        assertThat(apiKeyStore().listAll()).hasSize(2);
    }

    @Test
    default void deleteRemovesTheClientAndItsKeys() {
        CreatedClient acme = acme();
        keys().issueApiKey(IssueApiKeyCommand.defaultKey(acme.client().id()));
        CreatedClient beta = clients().createClient(new CreateClientCommand("Beta", "beta@example.com", null));

        clients().deleteClient(acme.client().id());

        assertThat(clients().listClients())
                .extracting(c -> c.client().id())
                .containsExactly(beta.client().id());
        assertThat(apiKeyStore().listByClient(acme.client().id())).isEmpty();
        assertRejected(acme.apiKey().plainText(), CoreErrorCode.INVALID_API_KEY);
        assertAccepted(beta.apiKey().plainText());
        clients().createClient(new CreateClientCommand("Acme Corporation", "security@acme.com", null));
    }
}
