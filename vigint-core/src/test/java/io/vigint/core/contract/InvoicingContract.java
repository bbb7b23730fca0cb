package io.vigint.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigint.core.billing.BillingFrequency;
import io.vigint.core.billing.BillingPeriod;
import io.vigint.core.billing.BillingSettings;
import io.vigint.core.billing.Iban;
import io.vigint.core.billing.Invoice;
import io.vigint.core.billing.InvoiceLine;
import io.vigint.core.billing.InvoiceNumber;
import io.vigint.core.billing.InvoiceRunReport;
import io.vigint.core.billing.InvoiceStatus;
import io.vigint.core.billing.InvoiceStore;
import io.vigint.core.billing.InvoicingService;
import io.vigint.core.billing.PaymentMethod;
import io.vigint.core.billing.RunInvoicesCommand;
import io.vigint.core.billing.SetPaymentDetailsCommand;
import io.vigint.core.client.ClientId;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.money.Money;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * What every {@link InvoiceStore} promises, exercised through the invoice batch: one line per endpoint,
 * exact sums, gap-free numbers, at most one invoice per client and period that is not void, and a run
 * that fails half-way completes on the next run without a duplicate or a gap.
 */
public interface InvoicingContract extends BillingFixture {
    BillingPeriod OCTOBER = BillingPeriod.parse("2026-10");
    Instant IN_OCTOBER = Instant.parse("2026-10-14T12:00:00Z");

    private ClientId client(String name) {
        return clientStore().insert(Fixtures.newClient(name)).id();
    }

    private void billWeekly(ClientId id) {
        paymentDetailsService()
                .setPaymentDetails(new SetPaymentDetailsCommand(
                        id,
                        PaymentMethod.BANK_TRANSFER,
                        BillingFrequency.WEEKLY,
                        false,
                        Optional.of(Iban.parse("DE89370400440532013000")),
                        Optional.empty(),
                        Optional.empty()));
    }

    private InvoiceRunReport runOctober(InvoicingService service, boolean dryRun) {
        return service.runInvoices(new RunInvoicesCommand(Optional.of(OCTOBER), dryRun))
                .get(0);
    }

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    @Test
    default void invoicesOneLinePerEndpointWithExactSumsAndVat() {
        ClientId acme = client("Acme");
        recordUsage(acme, "/api/video/analyze", "0.05", IN_OCTOBER);
        recordUsage(acme, "/api/video/analyze", "0.05", IN_OCTOBER.plusSeconds(60));
        recordUsage(acme, "/api/video/analyze", "0.05", Instant.parse("2026-10-31T23:59:59.999999Z"));
        recordUsage(acme, "/api/video/buffer", "0.333333", Instant.parse("2026-10-01T00:00:00Z"));
        recordUsage(acme, "/api/video/buffer", "0.333333", IN_OCTOBER);
        recordUsage(acme, "/api/video/buffer", "0.333334", IN_OCTOBER);
        recordUsage(acme, "/api/video/analyze", "9.00", Instant.parse("2026-11-01T00:00:00Z"));
        recordUsage(acme, "/api/video/analyze", "9.00", Instant.parse("2026-09-30T23:59:59.999999Z"));
        recordUsage(acme, "/api/video/analyze", "9.00", "USD", IN_OCTOBER);

        InvoiceRunReport report = runOctober(invoicing(), false);

        assertThat(report.invoices()).hasSize(1);
        Invoice invoice = invoicing().invoice(new InvoiceNumber(2026, 1));
        assertThat(invoice).isEqualTo(report.invoices().get(0));
        assertThat(invoice.clientId()).isEqualTo(acme);
        assertThat(invoice.period()).isEqualTo(OCTOBER);
        assertThat(invoice.status()).isEqualTo(InvoiceStatus.ISSUED);
        assertThat(invoice.issuedAt()).isEqualTo(Fixtures.micros(clock().instant()));
        assertThat(invoice.lines())
                .extracting(InvoiceLine::endpoint)
                .containsExactly("/api/video/analyze", "/api/video/buffer");
        InvoiceLine analyze = invoice.lines().get(0);
        assertThat(analyze.count()).isEqualTo(3);
        assertThat(analyze.unitPrice()).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("0.05"));
        assertThat(analyze.amount()).isEqualTo(eur("0.15"));
        InvoiceLine buffer = invoice.lines().get(1);
        assertThat(buffer.count()).isEqualTo(3);
        assertThat(buffer.unitPrice()).as("prices varied").isEmpty();
        assertThat(buffer.usageSum()).isEqualByComparingTo("1.000000");
        assertThat(buffer.amount()).isEqualTo(eur("1.00"));
        assertThat(invoice.subtotal()).isEqualTo(eur("1.15"));
        assertThat(invoice.vatRate()).isEqualByComparingTo("0.21");
        assertThat(invoice.vat()).isEqualTo(eur("0.24"));
        assertThat(invoice.total()).isEqualTo(eur("1.39"));
        assertThat(invoicing().verify(new InvoiceNumber(2026, 1)).differences()).isEmpty();
    }

    @Test
    default void onlyChargedCallsAreInvoicedSoCountTimesUnitPriceIsTheAmount() {
        ClientId acme = client("Charged");
        ClientId free = client("Only free calls");
        recordUsage(acme, "/api/video/analyze", "0.05", IN_OCTOBER);
        recordUsage(acme, "/api/video/analyze", "0", IN_OCTOBER.plusSeconds(1)); // a failed call
        recordUsage(acme, "/api/video/analyze", "0.05", IN_OCTOBER.plusSeconds(2));
        recordUsage(acme, "/api/video/buffer", "0", IN_OCTOBER); // an unpriced endpoint
        recordUsage(free, "/api/video/buffer", "0", IN_OCTOBER);

        InvoiceRunReport report = runOctober(invoicing(), false);

        assertThat(report.invoices()).hasSize(1);
        assertThat(report.withoutUsage()).contains(free);
        Invoice invoice = report.invoices().get(0);
        assertThat(invoice.lines()).hasSize(1);
        InvoiceLine line = invoice.lines().get(0);
        assertThat(line.endpoint()).isEqualTo("/api/video/analyze");
        assertThat(line.count()).isEqualTo(2);
        assertThat(line.unitPrice()).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("0.05"));
        assertThat(line.amount().amount())
                .isEqualByComparingTo(line.unitPrice().orElseThrow().multiply(BigDecimal.valueOf(line.count())));
        assertThat(line.usageSum()).as("the charged calls only").isEqualByComparingTo("0.10");
        assertThat(invoice.total()).isEqualTo(eur("0.12"));
        assertThat(invoicing().verify(invoice.number().orElseThrow()).differences())
                .isEmpty();
    }

    @Test
    default void rerunningAPeriodChangesNothing() {
        ClientId a = client("Rerun A");
        ClientId b = client("Rerun B");
        recordUsage(a, "/api/alert", "0.01", IN_OCTOBER);
        recordUsage(b, "/api/alert", "0.01", IN_OCTOBER);
        InvoiceRunReport first = runOctober(invoicing(), false);

        InvoiceRunReport second = runOctober(invoicing(), false);

        assertThat(first.invoices())
                .extracting(i -> i.number().orElseThrow().toString())
                .containsExactly("VIGINT-2026-0001", "VIGINT-2026-0002");
        assertThat(second.invoices()).isEmpty();
        assertThat(second.alreadyInvoiced())
                .containsEntry(a, new InvoiceNumber(2026, 1))
                .containsEntry(b, new InvoiceNumber(2026, 2));
        assertThat(invoicing().listInvoices(Optional.empty(), Optional.empty())).hasSize(2);
    }

    @Test
    default void clientWithoutUsageGetsNoInvoiceAndIsReported() {
        ClientId busy = client("Busy");
        ClientId idle = client("Idle");
        recordUsage(busy, "/api/alert", "0.01", IN_OCTOBER);
        recordUsage(idle, "/api/alert", "0.01", Instant.parse("2026-11-02T00:00:00Z"));

        InvoiceRunReport report = runOctober(invoicing(), false);

        assertThat(report.invoices()).extracting(Invoice::clientId).containsExactly(busy);
        assertThat(report.withoutUsage()).containsExactly(idle);
        assertThat(invoicing().listInvoices(Optional.of(idle), Optional.empty()))
                .isEmpty();
    }

    @Test
    default void onlyClientsBilledAtThePeriodsFrequencyAreInvoiced() {
        ClientId monthly = client("Monthly By Default");
        ClientId weekly = client("Weekly");
        billWeekly(weekly);
        recordUsage(monthly, "/api/alert", "0.01", IN_OCTOBER);
        recordUsage(weekly, "/api/alert", "0.02", IN_OCTOBER);

        InvoiceRunReport month = runOctober(invoicing(), false);
        InvoiceRunReport week = invoicing()
                .runInvoices(new RunInvoicesCommand(
                        Optional.of(BillingPeriod.containing(BillingFrequency.WEEKLY, IN_OCTOBER)), false))
                .get(0);

        assertThat(month.invoices()).extracting(Invoice::clientId).containsExactly(monthly);
        assertThat(week.invoices()).extracting(Invoice::clientId).containsExactly(weekly);
        assertThat(week.invoices().get(0).period().code()).isEqualTo("2026-W42");
        assertThat(week.invoices().get(0).total()).isEqualTo(eur("0.02"));
    }

    @Test
    default void withoutAPeriodTheLastCompletedPeriodOfEachFrequencyIsInvoiced() {
        ClientId monthly = client("Default Period");
        recordUsage(monthly, "/api/alert", "0.01", IN_OCTOBER);

        List<InvoiceRunReport> reports = invoicing().runInvoices(new RunInvoicesCommand(Optional.empty(), false));

        assertThat(reports).extracting(r -> r.period().code()).containsExactly("2026-W47", "2026-10", "2026-Q3");
        assertThat(reports.get(1).invoices()).hasSize(1);
    }

    @Test
    default void dryRunWritesNothing() {
        ClientId id = client("Dry");
        recordUsage(id, "/api/alert", "0.10", IN_OCTOBER);

        InvoiceRunReport dry = runOctober(invoicing(), true);

        assertThat(dry.dryRun()).isTrue();
        assertThat(dry.invoices()).singleElement().satisfies(draft -> {
            assertThat(draft.status()).isEqualTo(InvoiceStatus.DRAFT);
            assertThat(draft.number()).isEmpty();
            assertThat(draft.total()).isEqualTo(eur("0.12"));
        });
        assertThat(invoicing().listInvoices(Optional.empty(), Optional.empty())).isEmpty();
        assertThat(runOctober(invoicing(), false).invoices().get(0).number()).contains(new InvoiceNumber(2026, 1));
    }

    @Test
    default void anIssuedInvoiceCannotBeVoidedAndTheRefusalNamesTheCreditNote() {
        ClientId id = client("Voided");
        recordUsage(id, "/api/alert", "0.10", IN_OCTOBER);
        runOctober(invoicing(), false);
        InvoiceNumber first = new InvoiceNumber(2026, 1);

        assertThatThrownBy(() -> invoicing().voidInvoice(first)).isInstanceOfSatisfying(VigintException.class, e -> {
            assertThat(e.code()).isEqualTo(CoreErrorCode.INVOICE_STATE_CONFLICT);
            assertThat(e.getMessage())
                    .contains("only drafts can be voided")
                    .contains("invoices credit --number VIGINT-2026-0001");
        });

        assertThat(invoicing().invoice(first).status()).isEqualTo(InvoiceStatus.ISSUED);
        assertThat(runOctober(invoicing(), false).invoices()).isEmpty();
    }

    @Test
    default void statusChangesFollowTheLifecycle() {
        ClientId id = client("Lifecycle");
        recordUsage(id, "/api/alert", "0.10", IN_OCTOBER);
        runOctober(invoicing(), false);
        InvoiceNumber number = new InvoiceNumber(2026, 1);
        clock().advance(Duration.ofDays(3));

        Invoice paid = invoicing().markPaid(number);

        assertThat(paid.status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(invoicing().invoice(number).paidAt()).contains(Fixtures.micros(clock().instant()));
        assertThat(followUpStore().payments(number)).singleElement().satisfies(p -> assertThat(p.amount())
                .isEqualTo(eur("0.12")));
        assertThatThrownBy(() -> invoicing().markPaid(number))
                .isInstanceOfSatisfying(VigintException.class, e -> assertThat(e.code())
                        .isEqualTo(CoreErrorCode.INVOICE_STATE_CONFLICT));
        assertThatThrownBy(() -> invoicing().voidInvoice(number))
                .isInstanceOfSatisfying(VigintException.class, e -> assertThat(e.code())
                        .isEqualTo(CoreErrorCode.INVOICE_STATE_CONFLICT));
        assertThat(invoicing().invoice(number).status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(invoicing().verify(number).differences()).isEmpty();
        assertThatThrownBy(() -> invoicing().markPaid(new InvoiceNumber(2026, 99)))
                .isInstanceOfSatisfying(
                        VigintException.class, e -> assertThat(e.code()).isEqualTo(CoreErrorCode.INVOICE_NOT_FOUND));
    }

    @Test
    default void aClientSeesOnlyItsOwnInvoices() {
        ClientId mine = client("Mine");
        ClientId theirs = client("Theirs");
        recordUsage(mine, "/api/alert", "0.10", IN_OCTOBER);
        recordUsage(theirs, "/api/alert", "0.10", IN_OCTOBER);
        runOctober(invoicing(), false);

        assertThat(invoicing().clientInvoice(mine, new InvoiceNumber(2026, 1)).clientId())
                .isEqualTo(mine);
        assertThatThrownBy(() -> invoicing().clientInvoice(mine, new InvoiceNumber(2026, 2)))
                .isInstanceOfSatisfying(
                        VigintException.class, e -> assertThat(e.code()).isEqualTo(CoreErrorCode.INVOICE_NOT_FOUND));
    }

    @Test
    default void varyingCostsWhoseAverageIsExactHaveNoUnitPrice() {
        ClientId id = client("Varying");
        recordUsage(id, "/api/video/process", "0.100001", IN_OCTOBER);
        recordUsage(id, "/api/video/process", "0.100003", IN_OCTOBER.plusSeconds(1));
        recordUsage(id, "/api/alert", "0.100002", IN_OCTOBER);
        recordUsage(id, "/api/alert", "0.100002", IN_OCTOBER.plusSeconds(1));

        Invoice invoice = runOctober(invoicing(), false).invoices().get(0);

        assertThat(invoice.lines())
                .extracting(InvoiceLine::endpoint)
                .containsExactly("/api/alert", "/api/video/process");
        assertThat(invoice.lines().get(0).unitPrice())
                .hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("0.100002"));
        assertThat(invoice.lines().get(1).unitPrice())
                .as("0.100001 and 0.100003 average 0.100002 exactly, but they varied")
                .isEmpty();
        assertThat(invoice.lines().get(1).usageSum()).isEqualByComparingTo("0.200004");
        assertThat(invoicing().verify(invoice.number().orElseThrow()).matches()).isTrue();
    }

    @Test
    default void verifyReportsUsageThatChangedAfterInvoicing() {
        ClientId id = client("Late Usage");
        recordUsage(id, "/api/alert", "0.10", IN_OCTOBER);
        runOctober(invoicing(), false);
        InvoiceNumber number = new InvoiceNumber(2026, 1);
        assertThat(invoicing().verify(number).matches()).isTrue();

        recordUsage(id, "/api/alert", "0.10", IN_OCTOBER.plusSeconds(5));
        recordUsage(id, "/api/video/analyze", "0.02", IN_OCTOBER.plusSeconds(5));
        recordUsage(id, "/api/usage", "0.00", IN_OCTOBER.plusSeconds(5)); // free: never on an invoice

        assertThat(invoicing().verify(number).differences())
                .anySatisfy(d -> assertThat(d).startsWith("line /api/alert count: invoice has 1, usage gives 2"))
                .anySatisfy(d -> assertThat(d).startsWith("line /api/video/analyze: missing"))
                .noneSatisfy(d -> assertThat(d).contains("/api/usage"))
                .anySatisfy(d -> assertThat(d).startsWith("total: invoice has 0.12 EUR, usage gives 0.27 EUR"));
    }

    @Test
    default void vatRateAndCurrencyComeFromTheSettings() {
        ClientId id = client("Settings");
        recordUsage(id, "/api/alert", "10.00", "USD", IN_OCTOBER);
        BillingSettings usd =
                new BillingSettings(new BigDecimal("0.09"), Currency.getInstance("USD"), BillingFrequency.MONTHLY, 10);

        Invoice invoice = runOctober(invoicing(usd), false).invoices().get(0);

        assertThat(invoice.total()).isEqualTo(Money.of("10.90", "USD"));
        assertThat(invoicing(usd).verify(invoice.number().orElseThrow()).matches())
                .isTrue();
    }

    @Test
    default void theStoreRefusesASecondActiveInvoiceForAClientAndPeriod() {
        ClientId id = client("Twice");
        recordUsage(id, "/api/alert", "0.10", IN_OCTOBER);
        Invoice issued = runOctober(invoicing(), false).invoices().get(0);
        Invoice copy = new Invoice(
                Optional.of(new InvoiceNumber(2026, 2)),
                issued.clientId(),
                issued.period(),
                issued.lines(),
                issued.vatRate(),
                issued.subtotal(),
                issued.vat(),
                issued.total(),
                InvoiceStatus.ISSUED,
                issued.issuedAt(),
                Optional.empty(),
                Optional.empty());

        assertThatThrownBy(() -> transactions().run(() -> {
                    invoiceStore().lockInvoiceSequence(2026);
                    invoiceStore().insertInvoices(2026, 2, List.of(copy));
                }))
                .isInstanceOfSatisfying(VigintException.class, e -> assertThat(e.code())
                        .isEqualTo(CoreErrorCode.INVOICE_STATE_CONFLICT));
        assertThat(invoicing().listInvoices(Optional.empty(), Optional.empty())).hasSize(1);
        assertThat(transactions().inTransaction(() -> invoiceStore().lockInvoiceSequence(2026)))
                .isEqualTo(1);
    }

    @Test
    default void aRunInterruptedHalfWayCompletesOnTheNextRunWithoutDuplicatesOrGaps() {
        for (int i = 1; i <= 5; i++) {
            ClientId id = client("Batch " + i);
            recordUsage(id, "/api/video/analyze", "0.05", IN_OCTOBER);
            recordUsage(id, "/api/alert", "0.0" + i, IN_OCTOBER);
        }
        BillingSettings twoPerTransaction =
                new BillingSettings(new BigDecimal("0.21"), Currency.getInstance("EUR"), BillingFrequency.MONTHLY, 2);
        AtomicInteger inserts = new AtomicInteger();
        InvoiceStore failingOnSecondSlice = (InvoiceStore) Proxy.newProxyInstance(
                InvoiceStore.class.getClassLoader(), new Class<?>[] {InvoiceStore.class}, (proxy, method, args) -> {
                    if (method.getName().equals("insertInvoices") && inserts.incrementAndGet() == 2) {
                        throw new IllegalStateException("injected failure after 2 clients");
                    }
                    try {
                        return method.invoke(invoiceStore(), args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        InvoicingService interrupted =
                new InvoicingService(failingOnSecondSlice, followUpStore(), transactions(), twoPerTransaction, clock());

        assertThatThrownBy(() -> runOctober(interrupted, false)).hasMessageContaining("injected failure");
        assertThat(invoicing().listInvoices(Optional.empty(), Optional.empty())).hasSize(2);

        InvoiceRunReport rerun = runOctober(invoicing(twoPerTransaction), false);

        assertThat(rerun.alreadyInvoiced()).hasSize(2);
        assertThat(rerun.invoices()).hasSize(3);
        List<Invoice> all = invoicing().listInvoices(Optional.empty(), Optional.empty());
        assertThat(all).extracting(i -> i.number().orElseThrow().sequence()).containsExactlyInAnyOrder(1, 2, 3, 4, 5);
        assertThat(all).extracting(Invoice::clientId).doesNotHaveDuplicates().hasSize(5);
        for (Invoice invoice : all) {
            assertThat(invoicing().verify(invoice.number().orElseThrow()).differences())
                    .isEmpty();
        }
        assertThat(runOctober(invoicing(twoPerTransaction), false).invoices()).isEmpty();
    }
}
