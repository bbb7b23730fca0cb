package io.vigint.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Argon2PasswordHasherTest {
    /**
     * Made by the Argon2 reference implementation's CLI (Debian package {@code argon2}, 0~20171227):
     * {@code echo -n password | argon2 somesalt -id -t 2 -m 16 -p 1 -l 32 -e}; the same string is the
     * Argon2id case of the reference's own {@code src/test.c}.
     */
    private static final String REFERENCE_PASSWORD_SOMESALT =
            "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc";
    /**
     * Reference CLI with OWASP's parameters: {@code echo -n "correct horse battery staple" | argon2
     * "vigint-ref-salt!" -id -t 2 -k 19456 -p 1 -l 32 -e}.
     */
    private static final String REFERENCE_OWASP_PARAMETERS =
            "$argon2id$v=19$m=19456,t=2,p=1$dmlnaW50LXJlZi1zYWx0IQ$whLZjR/UUuGTdRZ9ldcoo1oAE4P4/izuBYZYo469Auo";
    /**
     * Reference CLI with two lanes and a password outside ASCII (including a surrogate pair): {@code
     * printf '%s' "pässwörd 密码 🔐" | argon2 "saltysaltysalty!" -id -t 1 -k 4096 -p 2 -l 32 -e}.
     */
    private static final String REFERENCE_UNICODE_TWO_LANES =
            "$argon2id$v=19$m=4096,t=1,p=2$c2FsdHlzYWx0eXNhbHR5IQ$cQpRaBGCPL3QlpuWThW74pvCMvsNl/fqw7jOH/7x/qE";

    private static final Pattern PHC =
            Pattern.compile("\\$argon2id\\$v=19\\$m=(\\d+),t=(\\d+),p=(\\d+)\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");

    /** Cheap parameters for tests that do not care about the cost. */
    private final Argon2PasswordHasher fast = new Argon2PasswordHasher(1024, 1, 1);

    @Test
    void verifiesHashesMadeByTheReferenceImplementation() {
        Argon2PasswordHasher hasher = new Argon2PasswordHasher();

        assertThat(hasher.verify("password".toCharArray(), REFERENCE_PASSWORD_SOMESALT))
                .isTrue();
        assertThat(hasher.verify("correct horse battery staple".toCharArray(), REFERENCE_OWASP_PARAMETERS))
                .isTrue();
        assertThat(hasher.verify("pässwörd 密码 🔐".toCharArray(), REFERENCE_UNICODE_TWO_LANES))
                .isTrue();
    }

    @Test
    void rejectsWrongPasswordsAgainstReferenceHashes() {
        Argon2PasswordHasher hasher = new Argon2PasswordHasher();

        assertThat(hasher.verify("Password".toCharArray(), REFERENCE_PASSWORD_SOMESALT))
                .isFalse();
        assertThat(hasher.verify("password ".toCharArray(), REFERENCE_PASSWORD_SOMESALT))
                .isFalse();
        assertThat(hasher.verify("correct horse battery stapl".toCharArray(), REFERENCE_OWASP_PARAMETERS))
                .isFalse();
        assertThat(hasher.verify("passwörd 密码 🔐".toCharArray(), REFERENCE_UNICODE_TWO_LANES))
                .isFalse();
    }

    @Test
    void defaultHashUsesOwaspParametersAndThePhcFormat() {
        String encoded = new Argon2PasswordHasher().hash("correct horse battery staple".toCharArray());

        Matcher phc = PHC.matcher(encoded);
        assertThat(phc.matches()).as(encoded).isTrue();
        assertThat(phc.group(1)).isEqualTo("19456");
        assertThat(phc.group(2)).isEqualTo("2");
        assertThat(phc.group(3)).isEqualTo("1");
        assertThat(Base64.getDecoder().decode(phc.group(4))).hasSize(16);
        assertThat(Base64.getDecoder().decode(phc.group(5))).hasSize(32);
        assertThat(phc.group(4)).as("unpadded salt").hasSize(22);
        assertThat(phc.group(5)).as("unpadded hash").hasSize(43);
    }

    @Test
    void aHashVerifiesItsPasswordAndNoOther() {
        Argon2PasswordHasher hasher = new Argon2PasswordHasher();
        String encoded = hasher.hash("correct horse battery staple".toCharArray());

        assertThat(hasher.verify("correct horse battery staple".toCharArray(), encoded))
                .isTrue();
        assertThat(hasher.verify("correct horse battery stapler".toCharArray(), encoded))
                .isFalse();
        assertThat(hasher.verify(new char[0], encoded)).isFalse();
    }

    @Test
    void theSamePasswordHashesDifferentlyEachTimeThroughItsSalt() {
        String first = fast.hash("same password".toCharArray());
        String second = fast.hash("same password".toCharArray());

        assertThat(first).isNotEqualTo(second);
        assertThat(fast.verify("same password".toCharArray(), first)).isTrue();
        assertThat(fast.verify("same password".toCharArray(), second)).isTrue();
    }

    @Test
    void configuredParametersAreWrittenAndHashesWithOtherParametersStillVerify() {
        Argon2PasswordHasher stronger = new Argon2PasswordHasher(2048, 3, 2);
        String old = fast.hash("s3cret password".toCharArray());
        String current = stronger.hash("s3cret password".toCharArray());

        assertThat(current).startsWith("$argon2id$v=19$m=2048,t=3,p=2$");
        assertThat(stronger.verify("s3cret password".toCharArray(), old)).isTrue();
        assertThat(fast.verify("s3cret password".toCharArray(), current)).isTrue();
    }

    @Test
    void theHashDoesNotContainThePassword() {
        String encoded = fast.hash("plainly-visible".toCharArray());

        assertThat(encoded).doesNotContain("plainly-visible");
        assertThat(fast.toString()).doesNotContain("plainly-visible");
    }

    @Test
    void changingAnyPartOfAStoredHashMakesItFail() {
        String encoded = fast.hash("correct horse".toCharArray());
        Matcher phc = PHC.matcher(encoded);
        assertThat(phc.matches()).isTrue();
        String salt = phc.group(4);
        String hash = phc.group(5);

        assertThat(fast.verify("correct horse".toCharArray(), encoded.replace(",t=1,", ",t=2,")))
                .isFalse();
        assertThat(fast.verify("correct horse".toCharArray(), encoded.replace("m=1024", "m=1032")))
                .isFalse();
        assertThat(fast.verify("correct horse".toCharArray(), encoded.replace(salt, flipFirst(salt))))
                .isFalse();
        assertThat(fast.verify("correct horse".toCharArray(), encoded.replace(hash, flipFirst(hash))))
                .isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "not a hash",
                "$argon2id$",
                // another variant and another version
                "$argon2i$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
                "$argon2d$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
                "$argon2id$v=16$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
                "$argon2id$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
                // parameters missing, reordered, zero or huge
                "$argon2id$v=19$t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
                "$argon2id$v=19$t=2,m=65536,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
                "$argon2id$v=19$m=65536,t=0,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
                "$argon2id$v=19$m=65536,t=2,p=0$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
                "$argon2id$v=19$m=4,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
                "$argon2id$v=19$m=-1,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
                "$argon2id$v=19$m=99999999999,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
                "$argon2id$v=19$m=4294967296,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
                "$argon2id$v=19$m=65536,t=9999,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
                "$argon2id$v=19$m=65536,t=2,p=255$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
                // salt or hash missing, too short, padded or not Base64
                "$argon2id$v=19$m=65536,t=2,p=1$$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
                "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$",
                "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ",
                "$argon2id$v=19$m=65536,t=2,p=1$c29t$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
                "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1a",
                "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ=$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
                "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc=",
                "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPP",
                "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc$extra",
                "$argon2id$v=19$m=65536,t=2,p=1$c29t-XNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
                " $argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
                "pbkdf2$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc"
            })
    void malformedOrAbsurdStoredHashesAreRejectedWithoutThrowing(String encoded) {
        assertThat(new Argon2PasswordHasher().verify("password".toCharArray(), encoded))
                .isFalse();
    }

    @Test
    void aHashNeedingMoreThanOneGibibyteIsRejectedWithoutBeingComputed() {
        String tampered =
                REFERENCE_PASSWORD_SOMESALT.replace("m=65536", "m=" + (Argon2PasswordHasher.MAX_MEMORY_KIB + 1));

        long started = System.nanoTime();
        assertThat(fast.verify("password".toCharArray(), tampered)).isFalse();
        assertThat(System.nanoTime() - started).isLessThan(1_000_000_000L);
    }

    @Test
    void nullsAndOverlongInputAreRejectedWithoutThrowing() {
        assertThat(fast.verify(null, REFERENCE_PASSWORD_SOMESALT)).isFalse();
        assertThat(fast.verify("password".toCharArray(), null)).isFalse();
        assertThat(fast.verify("password".toCharArray(), REFERENCE_PASSWORD_SOMESALT + "A".repeat(10_000)))
                .isFalse();
    }

    @Test
    void outOfRangeParametersAreRefusedAtConstruction() {
        assertThatThrownBy(() -> new Argon2PasswordHasher(0, 2, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Argon2PasswordHasher(Argon2PasswordHasher.MAX_MEMORY_KIB + 1, 2, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Argon2PasswordHasher(19456, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Argon2PasswordHasher(19456, 2, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Argon2PasswordHasher(15, 2, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void hashingNoPasswordIsAProgrammingError() {
        assertThatThrownBy(() -> fast.hash(null)).isInstanceOf(NullPointerException.class);
    }

    private static String flipFirst(String base64) {
        char first = base64.charAt(0);
        return (first == 'A' ? 'B' : 'A') + base64.substring(1);
    }
}
