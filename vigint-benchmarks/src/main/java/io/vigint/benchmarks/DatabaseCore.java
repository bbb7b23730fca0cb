package io.vigint.benchmarks;

import io.vigint.memory.VigintCore;
import io.vigint.persistence.MyBatisStores;

/** The core over a database's stores, wired port by port as the server's Guice wiring does. */
final class DatabaseCore {
    private DatabaseCore() {}

    static VigintCore over(MyBatisStores stores) {
        VigintCore.Builder builder = VigintCore.builder()
                .clients(stores.clients())
                .apiKeys(stores.apiKeys())
                .credentials(stores.credentials())
                .transactions(stores.transactions())
                .settings(stores.clientSettings())
                .operatorKeys(stores.operatorKeys())
                .logins(stores.logins());
        stores.clientDataOwners().forEach(builder::clientDataOwner);
        return builder.build();
    }
}
