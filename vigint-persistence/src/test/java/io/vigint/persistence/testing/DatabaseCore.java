package io.vigint.persistence.testing;

import io.vigint.memory.VigintCore;
import io.vigint.persistence.MyBatisStores;

/** The core over a database's stores, wired port by port as the Guice wiring does, for tests. */
public final class DatabaseCore {
    private DatabaseCore() {}

    /** A builder with every storage port and client data owner of {@code stores} set. */
    public static VigintCore.Builder builder(MyBatisStores stores) {
        VigintCore.Builder builder = VigintCore.builder()
                .clients(stores.clients())
                .apiKeys(stores.apiKeys())
                .transactions(stores.transactions())
                .settings(stores.clientSettings())
                .operatorKeys(stores.operatorKeys())
                .logins(stores.logins());
        stores.clientDataOwners().forEach(builder::clientDataOwner);
        return builder;
    }
}
