package io.vigint.persistence;

import io.vigint.core.billing.CreditNote;
import io.vigint.core.billing.CreditNoteDocuments;
import io.vigint.core.billing.FollowUpSettings;
import io.vigint.core.billing.InvoiceFollowUpService;
import io.vigint.core.billing.InvoiceFollowUpStore;
import io.vigint.core.billing.InvoiceFormat;
import io.vigint.core.billing.InvoiceNumber;
import io.vigint.core.billing.IssueCreditNoteCommand;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * A second process for {@link PostgresCreditNoteCrashIT}: opens the database at the URL given as the
 * first argument and issues a credit note of 1.00 net on the invoice given as the second, but once the
 * note and its counter's new value are written, inside the still open transaction, it prints {@value
 * #HOLDING} and waits to be killed.
 */
final class CreditNoteCrashProbe {
    static final String HOLDING = "holding credit note number";

    private CreditNoteCrashProbe() {}

    public static void main(String[] args) throws Exception {
        Database database = Database.open(DatabaseSettings.of(args[0], null, null));
        InvoiceFollowUpStore real = database.stores().invoiceFollowUps();
        InvoiceFollowUpStore holding = (InvoiceFollowUpStore) Proxy.newProxyInstance(
                InvoiceFollowUpStore.class.getClassLoader(),
                new Class<?>[] {InvoiceFollowUpStore.class},
                (proxy, method, methodArgs) -> {
                    Object result;
                    try {
                        result = method.invoke(real, methodArgs);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    if (method.getName().equals("insertCreditNote")) {
                        System.out.println(HOLDING + " " + ((CreditNote) methodArgs[0]).number());
                        System.out.flush();
                        Thread.sleep(Long.MAX_VALUE);
                    }
                    return result;
                });
        CreditNoteDocuments nowhere = new CreditNoteDocuments() {
            @Override
            public byte[] render(CreditNote note, InvoiceFormat format) {
                return new byte[0];
            }

            @Override
            public void send(CreditNote note) {}
        };
        new InvoiceFollowUpService(
                        database.stores().invoices(),
                        holding,
                        database.stores().transactions(),
                        FollowUpSettings.DEFAULTS,
                        nowhere,
                        (balance, dueAt, afterDays) -> {},
                        Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC))
                .issueCreditNote(new IssueCreditNoteCommand(
                        InvoiceNumber.parse(args[1]), Optional.of(BigDecimal.ONE), "killed half-way"));
        System.out.println("the credit note was committed, which this probe must never reach");
        System.exit(3);
    }
}
