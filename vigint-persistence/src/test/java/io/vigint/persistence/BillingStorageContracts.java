package io.vigint.persistence;

import io.vigint.core.billing.BillingProfileStore;
import io.vigint.core.contract.BillingProfileContract;
import io.vigint.core.contract.InvoiceFollowUpContract;
import io.vigint.core.contract.InvoicingContract;
import io.vigint.core.contract.PaymentDetailsContract;

/**
 * The billing contracts over one {@link Database}: payment details, the invoice batch and its failures,
 * and the follow-up (payments, credit notes, reminders) with its races.
 */
abstract class BillingStorageContracts extends BillingStorageFixture
        implements PaymentDetailsContract,
                InvoicingContract,
                InvoiceBatchFailureContract,
                InvoiceFollowUpContract,
                CreditNoteRaceContract,
                BillingProfileContract {
    @Override
    public BillingProfileStore billingProfileStore() {
        return database().stores().billingProfiles();
    }
}
