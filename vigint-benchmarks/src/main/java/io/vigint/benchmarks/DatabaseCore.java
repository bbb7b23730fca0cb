package io.vigint.benchmarks;

import io.vigint.memory.VigintCore;
import io.vigint.persistence.MyBatisStores;

/** The core over a database's stores, wired port by port as the server's Guice wiring does. */
final class DatabaseCore {
    private DatabaseCore() {}

    static VigintCore over(MyBatisStores stores) {
        return wire(stores, true);
    }

    /** As {@link #over}, but authentication reads the key, then its client, in two sessions (before issue 14). */
    static VigintCore overTwoQueries(MyBatisStores stores) {
        return wire(stores, false);
    }

    private static VigintCore wire(MyBatisStores stores, boolean oneQuery) {
        VigintCore.Builder builder =
                VigintCore.builder().clients(stores.clients()).apiKeys(stores.apiKeys());
        if (oneQuery) {
            builder.credentials(stores.credentials());
        }
        builder.transactions(stores.transactions())
                .settings(stores.clientSettings())
                .operatorKeys(stores.operatorKeys())
                .logins(stores.logins());
        stores.clientDataOwners().forEach(builder::clientDataOwner);
        return builder.build();
    }
}
