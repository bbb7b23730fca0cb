package io.vigint.core.contract;

import static io.vigint.core.testing.OriginalDeployment.SECOND_SHOP_KEY;
import static io.vigint.core.testing.OriginalDeployment.SECRET_KEY;
import static io.vigint.core.testing.OriginalDeployment.SHOP_KEY;
import static io.vigint.core.testing.OriginalDeployment.SHOP_OLD_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import io.vigint.core.auth.AuthenticationResult;
import io.vigint.core.auth.AuthenticationService;
import io.vigint.core.billing.BillingProfileStore;
import io.vigint.core.billing.PaymentDetails;
import io.vigint.core.billing.PaymentDetailsService;
import io.vigint.core.billing.PaymentDetailsStore;
import io.vigint.core.billing.PaymentMethod;
import io.vigint.core.client.Client;
import io.vigint.core.client.ClientId;
import io.vigint.core.client.NewClient;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.key.ApiKey;
import io.vigint.core.key.ApiKeyStatus;
import io.vigint.core.key.KeyHash;
import io.vigint.core.legacy.ImportProgress;
import io.vigint.core.legacy.LegacyClient;
import io.vigint.core.legacy.LegacyImportCommand;
import io.vigint.core.legacy.LegacyImportLedger;
import io.vigint.core.legacy.LegacyImportPorts;
import io.vigint.core.legacy.LegacyImportReport;
import io.vigint.core.legacy.LegacyImportReport.OperatorKeyOutcome;
import io.vigint.core.legacy.LegacyImportReport.Tally;
import io.vigint.core.legacy.LegacyImportService;
import io.vigint.core.legacy.LegacyUsage;
import io.vigint.core.operator.OperatorKeyService;
import io.vigint.core.operator.OperatorKeyStore;
import io.vigint.core.port.RandomSource;
import io.vigint.core.testing.OriginalDeployment;
import io.vigint.core.usage.UsageEntry;
import io.vigint.core.usage.UsageStore;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The import of an original deployment ({@link LegacyImportService}) over an adapter's stores: what is
 * created, that imported keys authenticate (and nothing else does with their shape), that a re-import adds
 * nothing, and that a dry run writes nothing.
 */
public interface LegacyImportContract extends StorageFixture {
    MutableClock clock();

    UsageStore usageStore();

    OperatorKeyStore operatorKeyStore();

    PaymentDetailsStore paymentDetailsStore();

    BillingProfileStore billingProfileStore();

    LegacyImportLedger legacyImportLedger();

    private LegacyImportService importer() {
        PaymentDetailsService payments = new PaymentDetailsService(
                clientStore(), paymentDetailsStore(), new ReversibleTestCipher(), transactions(), clock());
        return new LegacyImportService(new LegacyImportPorts(
                clientStore(),
                apiKeyStore(),
                usageStore(),
                paymentDetailsStore(),
                payments,
                billingProfileStore(),
                operatorKeyStore(),
                legacyImportLedger(),
                transactions(),
                clock()));
    }

    private LegacyImportReport run(OriginalDeployment original, boolean dryRun, String secret) {
        return importer()
                .importLegacy(original.source(), new LegacyImportCommand(dryRun, secret), ImportProgress.none());
    }

    private AuthenticationResult authenticate(String plain) {
        return new AuthenticationService(credentialLookup(), apiKeyStore(), clock()).authenticate(plain);
    }

    private Client client(String name) {
        return clientStore().list().stream()
                .filter(c -> c.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private List<UsageEntry> usage(ApiKey key) {
        return usageStore().latest(key.clientId(), key.id(), 100);
    }

    @Test
    default void importsClientsKeysUsageAndPaymentDetailsOfTheOriginal() {
        LegacyImportReport report = run(OriginalDeployment.shops(), false, null);

        assertThat(report.dryRun()).isFalse();
        assertThat(report.clients()).isEqualTo(new Tally(2, 2, 0, 0));
        assertThat(report.apiKeys()).isEqualTo(new Tally(3, 3, 0, 0));
        assertThat(report.usage()).isEqualTo(new Tally(5, 5, 0, 0));
        assertThat(report.paymentDetails()).isEqualTo(new Tally(3, 2, 0, 1));
        assertThat(report.skipped()).singleElement().satisfies(s -> assertThat(s.reason())
                .contains("superseded by payment details 2"));
        assertThat(report.changes())
                .extracting(c -> c.legacyId() + " " + c.field() + ": " + c.from() + " -> " + c.to())
                .containsExactly("2 name: Corner Shop -> Corner Shop (legacy 2)");

        Client first = client("Corner Shop");
        Client second = client("Corner Shop (legacy 2)");
        assertThat(first.email()).isEqualTo("shop@example.com");
        assertThat(first.active()).isTrue();
        assertThat(first.createdAt()).isEqualTo(Instant.parse("2025-10-01T12:00:00Z"));
        assertThat(second.createdAt()).isEqualTo(Instant.parse("2025-10-02T09:30:00.250Z"));
        assertThat(report.clientLines())
                .extracting(l -> l.legacyId() + " -> " + l.clientId() + " " + l.name())
                .containsExactly(
                        "1 -> " + first.id().value() + " Corner Shop",
                        "2 -> " + second.id().value() + " Corner Shop (legacy 2)");

        ApiKey shopKey = apiKeyStore().findByHash(KeyHash.of(SHOP_KEY)).orElseThrow();
        ApiKey oldKey = apiKeyStore().findByHash(KeyHash.of(SHOP_OLD_KEY)).orElseThrow();
        assertThat(shopKey.legacy()).isTrue();
        assertThat(shopKey.clientId()).isEqualTo(first.id());
        assertThat(shopKey.name()).isEqualTo("Default API Key for Corner Shop");
        assertThat(shopKey.prefix()).isEqualTo("legacy#1");
        assertThat(shopKey.createdAt()).isEqualTo(Instant.parse("2025-10-01T12:00:00Z"));
        assertThat(shopKey.lastUsedAt()).isEqualTo(Instant.parse("2025-10-05T11:00:00Z"));
        assertThat(oldKey.status()).isEqualTo(ApiKeyStatus.REVOKED);

        assertThat(usage(shopKey))
                .extracting(e -> e.record().requestId() + " " + e.record().endpoint() + " "
                        + e.record().statusCode() + " "
                        + e.record().cost().amount().stripTrailingZeros().toPlainString()
                        + " " + e.record().cost().currency())
                .containsExactly(
                        "legacy-usage-5 /api/video/analyze 500 0.05 EUR",
                        "legacy-usage-2 /api/video/alert 200 0.001012 EUR",
                        "legacy-usage-1 /api/video/analyze 200 0.05 EUR");
        assertThat(usage(oldKey)).hasSize(1);

        PaymentDetails firstPays =
                paymentDetailsStore().findPaymentDetails(first.id()).orElseThrow();
        assertThat(firstPays.method()).isEqualTo(PaymentMethod.DIRECT_DEBIT);
        assertThat(firstPays.autoPay()).isTrue();
        assertThat(firstPays.iban().orElseThrow().masked()).isEqualTo("NL91 **** **** **** 4300");
        assertThat(firstPays.iban().orElseThrow().sealed()).doesNotContain("0417164300");
        PaymentDetails secondPays =
                paymentDetailsStore().findPaymentDetails(second.id()).orElseThrow();
        assertThat(secondPays.method()).isEqualTo(PaymentMethod.CREDIT_CARD);
        assertThat(secondPays.customerId().orElseThrow().sealed()).doesNotContain("cus_Q9xyz123456");

        // the original's prices included VAT: so do the imported clients', with no profile invented for them
        assertThat(billingProfileStore().findPricesIncludeVat(List.of(first.id(), second.id())))
                .isEqualTo(java.util.Map.of(first.id(), true, second.id(), true));
        assertThat(billingProfileStore().findProfile(first.id())).isEmpty();
    }

    @Test
    default void theOriginalsActiveKeysAuthenticateAndItsInactiveKeyIsRevoked() {
        run(OriginalDeployment.shops(), false, null);

        assertThat(authenticate(SHOP_KEY)).isInstanceOfSatisfying(AuthenticationResult.Authenticated.class, ok -> {
            assertThat(ok.client().name()).isEqualTo("Corner Shop");
            assertThat(ok.key().legacy()).isTrue();
        });
        assertThat(authenticate(SECOND_SHOP_KEY))
                .isInstanceOfSatisfying(
                        AuthenticationResult.Authenticated.class,
                        ok -> assertThat(ok.client().name()).isEqualTo("Corner Shop (legacy 2)"));
        assertThat(authenticate(SHOP_OLD_KEY)).isEqualTo(new AuthenticationResult.Rejected(CoreErrorCode.KEY_REVOKED));
        assertThat(authenticate(OriginalDeployment.token(99)))
                .isEqualTo(new AuthenticationResult.Rejected(CoreErrorCode.INVALID_API_KEY));
        assertThat(authenticate("vgt_" + SHOP_KEY))
                .as("a legacy key's text behind our prefix is another key")
                .isEqualTo(new AuthenticationResult.Rejected(CoreErrorCode.INVALID_API_KEY));
    }

    @Test
    default void aReimportAddsNothingAndChangesNothing() {
        OriginalDeployment original = OriginalDeployment.shops();
        run(original, false, SECRET_KEY);
        List<Client> clients = clientStore().list();
        List<ApiKey> keys = apiKeyStore().listAll();
        ApiKey shopKey = apiKeyStore().findByHash(KeyHash.of(SHOP_KEY)).orElseThrow();
        int usageRows = usage(shopKey).size();
        PaymentDetails pays =
                paymentDetailsStore().findPaymentDetails(shopKey.clientId()).orElseThrow();

        LegacyImportReport again = run(original, false, SECRET_KEY);

        assertThat(again.addedNothing()).isTrue();
        assertThat(again.clients()).isEqualTo(new Tally(2, 0, 2, 0));
        assertThat(again.apiKeys()).isEqualTo(new Tally(3, 0, 3, 0));
        assertThat(again.usage()).isEqualTo(new Tally(5, 0, 5, 0));
        assertThat(again.paymentDetails()).isEqualTo(new Tally(3, 0, 2, 1));
        assertThat(again.operatorKey()).isEqualTo(OperatorKeyOutcome.EXISTING);
        assertThat(again.changes()).isEmpty();
        assertThat(again.clientLines())
                .extracting(l -> l.name() + " " + l.outcome())
                .containsExactly("Corner Shop EXISTING", "Corner Shop (legacy 2) EXISTING");
        assertThat(clientStore().list()).isEqualTo(clients);
        assertThat(apiKeyStore().listAll()).isEqualTo(keys);
        assertThat(usage(shopKey)).hasSize(usageRows);
        assertThat(paymentDetailsStore().findPaymentDetails(shopKey.clientId())).contains(pays);
        assertThat(operatorKeyStore().listOperatorKeys()).hasSize(1);
    }

    @Test
    default void rowsAddedToTheOriginalSinceAreImportedOnTheNextRun() {
        OriginalDeployment original = OriginalDeployment.shops();
        run(original, false, null);
        original.usage.add(new LegacyUsage(
                6,
                3,
                "/api/video/analyze",
                "POST",
                200,
                new BigDecimal("0.05"),
                Instant.parse("2025-10-07T10:00:00Z")));
        original.clients.add(new LegacyClient(3, "Bakery", "bakery@example.com", null));

        LegacyImportReport next = run(original, false, null);

        assertThat(next.clients()).isEqualTo(new Tally(3, 1, 2, 0));
        assertThat(next.usage()).isEqualTo(new Tally(6, 1, 5, 0));
        ApiKey second = apiKeyStore().findByHash(KeyHash.of(SECOND_SHOP_KEY)).orElseThrow();
        assertThat(usage(second))
                .extracting(e -> e.record().requestId())
                .containsExactly("legacy-usage-6", "legacy-usage-4");
        assertThat(second.lastUsedAt()).isEqualTo(Instant.parse("2025-10-07T10:00:00Z"));
        assertThat(client("Bakery").createdAt()).isEqualTo(clock().instant());
    }

    @Test
    default void aDryRunReportsTheSameAndWritesNothing() {
        LegacyImportReport dry = run(OriginalDeployment.shops(), true, SECRET_KEY);

        assertThat(dry.dryRun()).isTrue();
        assertThat(clientStore().list()).isEmpty();
        assertThat(apiKeyStore().listAll()).isEmpty();
        assertThat(operatorKeyStore().listOperatorKeys()).isEmpty();
        assertThat(apiKeyStore().hasLegacyKeys()).isFalse();
        assertThat(dry.clientLines())
                .allSatisfy(line -> assertThat(line.clientId()).isNull());

        LegacyImportReport real = run(OriginalDeployment.shops(), false, SECRET_KEY);
        assertThat(List.of(dry.clients(), dry.apiKeys(), dry.usage(), dry.paymentDetails()))
                .isEqualTo(List.of(real.clients(), real.apiKeys(), real.usage(), real.paymentDetails()));
        assertThat(dry.changes()).isEqualTo(real.changes());
        assertThat(dry.operatorKey()).isEqualTo(real.operatorKey()).isEqualTo(OperatorKeyOutcome.ADDED);
    }

    @Test
    default void theSecretKeyBecomesAnOperatorKeyThatOnlyItsOwnTextOpens() {
        run(OriginalDeployment.shops(), false, SECRET_KEY);
        OperatorKeyService operators =
                new OperatorKeyService(operatorKeyStore(), transactions(), clock(), RandomSource.secure());

        assertThat(operatorKeyStore().listOperatorKeys()).singleElement().satisfies(key -> {
            assertThat(key.legacy()).isTrue();
            assertThat(key.prefix()).doesNotContain(SECRET_KEY.substring(0, 4));
            assertThat(key.hash()).isEqualTo(KeyHash.of(SECRET_KEY));
        });
        assertThat(operators.authenticateOperator(SECRET_KEY)).isPresent();
        assertThat(operators.authenticateOperator(SECRET_KEY + "x")).isEmpty();
        assertThat(operators.authenticateOperator(SHOP_KEY))
                .as("a client key is no operator key")
                .isEmpty();
    }

    @Test
    default void aClientWhoseKeysWereAllInactiveIsImportedRevokedAndReactivatable() {
        OriginalDeployment original = OriginalDeployment.shops();
        original.keys.replaceAll(k -> k.clientId() == 2
                ? new io.vigint.core.legacy.LegacyApiKey(
                        k.id(), k.clientId(), k.keyHash(), k.name(), false, k.createdAt())
                : k);

        LegacyImportReport report = run(original, false, null);

        Client second = client("Corner Shop (legacy 2)");
        assertThat(second.active()).isFalse();
        assertThat(report.clientLines().get(1).active()).isFalse();
        assertThat(apiKeyStore()
                        .findByHash(KeyHash.of(SECOND_SHOP_KEY))
                        .orElseThrow()
                        .status())
                .isEqualTo(ApiKeyStatus.SUSPENDED);
        assertThat(authenticate(SECOND_SHOP_KEY))
                .isEqualTo(new AuthenticationResult.Rejected(CoreErrorCode.KEY_REVOKED));
    }

    @Test
    default void namesAndEmailsTakenHereGetASuffixAndAnInvalidEmailSkipsItsClientAndKeys() {
        clientStore().insert(new NewClient("corner shop", "SHOP@example.com", null, clock().instant()));
        OriginalDeployment original = OriginalDeployment.shops();
        original.clients.set(1, new LegacyClient(2, "Second", "not an address", null));

        LegacyImportReport report = run(original, false, null);

        Client imported = clientStore()
                .findById(new ClientId(report.clientLines().get(0).clientId()))
                .orElseThrow();
        assertThat(imported.name()).isEqualTo("Corner Shop (legacy 1)");
        assertThat(imported.email()).isEqualTo("shop+legacy1@example.com");
        assertThat(report.clients()).isEqualTo(new Tally(2, 1, 0, 1));
        assertThat(report.apiKeys()).isEqualTo(new Tally(3, 2, 0, 1));
        assertThat(report.usage()).isEqualTo(new Tally(5, 4, 0, 1));
        List<String> skipped = new ArrayList<>();
        report.skipped().forEach(s -> skipped.add(s.kind() + " " + s.legacyId()));
        assertThat(skipped).contains("client 2", "api_key 3", "usage 3", "payment_details 3");
        assertThat(apiKeyStore().findByHash(KeyHash.of(SECOND_SHOP_KEY))).isEmpty();
    }

    @Test
    default void aPrefixlessKeyIsNotLookedUpWhileNoLegacyKeyExists() {
        int[] lookups = {0};
        io.vigint.core.key.ApiKeyStore counting =
                (io.vigint.core.key.ApiKeyStore) java.lang.reflect.Proxy.newProxyInstance(
                        getClass().getClassLoader(),
                        new Class<?>[] {io.vigint.core.key.ApiKeyStore.class},
                        (proxy, method, args) -> {
                            if (method.getName().equals("findByHash")) {
                                lookups[0]++;
                            }
                            return method.invoke(apiKeyStore(), args);
                        });
        AuthenticationService auth = new AuthenticationService(clientStore(), counting, clock());

        assertThat(auth.authenticate(SHOP_KEY))
                .isEqualTo(new AuthenticationResult.Rejected(CoreErrorCode.INVALID_API_KEY));
        assertThat(auth.authenticate(SHOP_KEY))
                .isEqualTo(new AuthenticationResult.Rejected(CoreErrorCode.INVALID_API_KEY));
        assertThat(lookups[0]).as("no legacy key: refused by its shape").isZero();
        assertThat(apiKeyStore().hasLegacyKeys()).isFalse();

        run(OriginalDeployment.shops(), false, null);

        assertThat(apiKeyStore().hasLegacyKeys()).isTrue();
        AuthenticationService fresh = new AuthenticationService(clientStore(), counting, clock());
        assertThat(fresh.authenticate(SHOP_KEY)).isInstanceOf(AuthenticationResult.Authenticated.class);
        assertThat(lookups[0]).isEqualTo(1);
    }
}
