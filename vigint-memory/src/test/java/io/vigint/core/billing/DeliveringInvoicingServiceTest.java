package io.vigint.core.billing;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigint.core.client.ClientId;
import io.vigint.core.contract.Fixtures;
import io.vigint.core.contract.MutableClock;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.memory.InMemoryBilling;
import io.vigint.memory.InMemoryStorage;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The batch over the in-memory store, delivering through a recording {@link InvoiceDocuments}. */
class DeliveringInvoicingServiceTest {
    private static final BillingPeriod OCTOBER = BillingPeriod.parse("2026-10");
    private static final Instant IN_OCTOBER = Instant.parse("2026-10-14T12:00:00Z");

    private final List<InvoiceNumber> sent = new ArrayList<>();
    private final List<List<InvoiceNumber>> handedOn = new ArrayList<>();
    private final java.util.Set<ClientId> unreachable = new java.util.HashSet<>();
    private InMemoryBilling billing;
    private InMemoryStorage storage;
    private DeliveringInvoicingService service;

    @BeforeEach
    void wire() {
        storage = new InMemoryStorage();
        billing = new InMemoryBilling(storage);
        MutableClock clock = new MutableClock(Instant.parse("2026-11-02T09:00:00Z"));
        InvoiceDocuments documents = new InvoiceDocuments() {
            @Override
            public byte[] render(Invoice invoice, InvoiceFormat format) {
                throw new AssertionError("the batch renders nothing itself");
            }

            @Override
            public void send(Invoice invoice) {
                if (unreachable.contains(invoice.clientId())) {
                    throw new VigintException(CoreErrorCode.MAIL_FAILED, "the SMTP server refused the connection");
                }
                sent.add(invoice.number().orElseThrow());
            }
        };
        service = new DeliveringInvoicingService(
                new InvoicingService(billing, billing, storage, BillingSettings.DEFAULTS, clock),
                documents,
                numbers -> handedOn.add(List.copyOf(numbers)));
    }

    private ClientId clientWithUsage(String name) {
        ClientId id = storage.insert(Fixtures.newClient(name)).id();
        billing.recordUsage(
                id, "/api/video/analyze", new BigDecimal("0.05"), java.util.Currency.getInstance("EUR"), IN_OCTOBER);
        return id;
    }

    private InvoiceRunReport run(boolean dryRun) {
        return service.runInvoices(new RunInvoicesCommand(Optional.of(OCTOBER), dryRun))
                .get(0);
    }

    @Test
    void theNumbersARunIssuedAreHandedOnOnceAndADryRunHandsNothing() {
        clientWithUsage("Acme");
        ClientId unreachableClient = clientWithUsage("Beta");
        unreachable.add(unreachableClient);

        run(true);
        assertThat(handedOn).isEmpty();
        run(false);
        run(false);

        assertThat(handedOn)
                .containsExactly(List.of(new InvoiceNumber(2026, 1), new InvoiceNumber(2026, 2)), List.of());
    }

    @Test
    void eachIssuedInvoiceIsSentOnceAndARerunSendsNothing() {
        clientWithUsage("Acme");
        clientWithUsage("Beta");

        InvoiceRunReport dry = run(true);
        assertThat(sent).as("a dry run sends nothing").isEmpty();
        assertThat(dry.invoices()).hasSize(2);

        InvoiceRunReport first = run(false);
        assertThat(sent).containsExactly(new InvoiceNumber(2026, 1), new InvoiceNumber(2026, 2));
        assertThat(first.notSent()).isEmpty();

        InvoiceRunReport again = run(false);
        assertThat(again.invoices()).isEmpty();
        assertThat(sent).as("re-running the period sends nothing").hasSize(2);
    }

    @Test
    void aFailedEmailIsReportedAndTheInvoiceStands() {
        clientWithUsage("Acme");
        unreachable.add(clientWithUsage("Unreachable"));

        InvoiceRunReport report = run(false);

        assertThat(report.invoices()).hasSize(2);
        assertThat(sent).containsExactly(new InvoiceNumber(2026, 1));
        assertThat(report.notSent()).containsOnlyKeys(new InvoiceNumber(2026, 2));
        assertThat(report.notSent().get(new InvoiceNumber(2026, 2))).contains("refused the connection");
        assertThat(service.invoice(new InvoiceNumber(2026, 2)).status()).isEqualTo(InvoiceStatus.ISSUED);
        assertThat(Set.copyOf(service.listInvoices(Optional.empty(), Optional.empty())))
                .hasSize(2);
    }
}
