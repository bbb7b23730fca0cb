/**
 * The operator's use cases over clients and their keys, one service per concern: a client's life
 * ({@link io.vigint.core.admin.ClientLifecycleService}), its access ({@link
 * io.vigint.core.admin.ClientAccessService}), its keys ({@link io.vigint.core.admin.ApiKeyService}) and its
 * settings ({@link io.vigint.core.admin.ClientSettingsService}), each over the same {@link
 * io.vigint.core.admin.ClientPorts}.
 */
package io.vigint.core.admin;
