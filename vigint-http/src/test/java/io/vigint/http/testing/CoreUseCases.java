package io.vigint.http.testing;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.OptionalBinder;
import io.vigint.core.auth.AuthenticateUseCase;
import io.vigint.core.client.ClientSettingsUseCase;
import io.vigint.core.client.CreateClientUseCase;
import io.vigint.core.client.DeleteClientUseCase;
import io.vigint.core.client.ListClientsUseCase;
import io.vigint.core.client.UpdateClientUseCase;
import io.vigint.core.key.IssueApiKeyUseCase;
import io.vigint.core.key.ListApiKeysUseCase;
import io.vigint.core.key.ReactivateAccessUseCase;
import io.vigint.core.key.RevokeAccessUseCase;
import io.vigint.core.key.RotateApiKeyUseCase;
import io.vigint.core.login.LoginUseCase;
import io.vigint.core.operator.OperatorKeysUseCase;
import io.vigint.memory.VigintCore;

/** Binds each use case the HTTP adapter calls to the service of an embedded {@link VigintCore}. */
public final class CoreUseCases extends AbstractModule {
    private final VigintCore core;

    public CoreUseCases(VigintCore core) {
        this.core = core;
    }

    @Override
    protected void configure() {
        bind(CreateClientUseCase.class).toInstance(core.clients());
        bind(ListClientsUseCase.class).toInstance(core.clients());
        bind(UpdateClientUseCase.class).toInstance(core.clients());
        bind(DeleteClientUseCase.class).toInstance(core.clients());
        bind(RevokeAccessUseCase.class).toInstance(core.access());
        bind(ReactivateAccessUseCase.class).toInstance(core.access());
        bind(IssueApiKeyUseCase.class).toInstance(core.keys());
        bind(ListApiKeysUseCase.class).toInstance(core.keys());
        bind(RotateApiKeyUseCase.class).toInstance(core.keys());
        bind(ClientSettingsUseCase.class).toInstance(core.clientSettings());
        bind(AuthenticateUseCase.class).toInstance(core.authentication());
        OptionalBinder.newOptionalBinder(binder(), LoginUseCase.class)
                .setBinding()
                .toInstance(core.login());
        OptionalBinder.newOptionalBinder(binder(), OperatorKeysUseCase.class)
                .setBinding()
                .toInstance(core.operatorKeys());
    }
}
