package io.vigint.core.config;

import java.util.Map;
import java.util.Optional;

/** Where settings are looked up (the composition root layers flag, environment, config file). */
@FunctionalInterface
public interface ConfigSource {
    /** The value set for {@code key}, or empty when only its default applies. */
    Optional<ConfigValue> find(SettingKey key);

    /**
     * The config-file entries whose key starts with {@code prefix} (a family such as
     * {@code pricing.endpoint.<endpoint>}), keyed by the rest of the key; none by default.
     */
    default Map<String, ConfigValue> family(String prefix) {
        return Map.of();
    }

    /** A source where every key has its default. */
    static ConfigSource defaults() {
        return key -> Optional.empty();
    }
}
