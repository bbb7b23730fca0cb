package io.vigint.core.key;

import io.vigint.core.client.Client;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A stored API key together with its client, as one {@link CredentialLookup} returns them: everything that
 * deciding on a presented key needs, read at one moment. Besides the two records it keeps, in its own fields,
 * the few facts the decision reads (the key's digest, status, legacy flag, expiry and last use, and whether its
 * client exists and is active), so that a check reads this one object and not four more.
 */
public final class KeyCredential {
    private static final long NEVER_EXPIRES = Long.MAX_VALUE;
    private static final long NEVER_USED = Long.MIN_VALUE;

    private final ApiKey key;
    private final Client client;
    private final long w0;
    private final long w1;
    private final long w2;
    private final long w3;
    private final long expiresAtSecond;
    private final long lastUsedAtSecond;
    private final int expiresAtNano;
    private final int lastUsedAtNano;
    private final boolean keyActive;
    private final boolean legacy;
    private final boolean clientActive;

    /**
     * @param key the stored key
     * @param client the key's client as stored, or {@code null} if it no longer exists
     * @throws IllegalArgumentException if {@code client} is not the key's client
     */
    public KeyCredential(ApiKey key, Client client) {
        this(key, client, KeyDigest.of(Objects.requireNonNull(key, "key").hash()));
    }

    /** As {@link #KeyCredential(ApiKey, Client)}, with the digest of {@code key.hash()} already at hand. */
    public KeyCredential(ApiKey key, Client client, KeyDigest digest) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(digest, "digest");
        if (client != null && !client.id().equals(key.clientId())) {
            throw new IllegalArgumentException("the client is not the key's client");
        }
        this.key = key;
        this.client = client;
        this.w0 = digest.w0();
        this.w1 = digest.w1();
        this.w2 = digest.w2();
        this.w3 = digest.w3();
        this.keyActive = key.status() == ApiKeyStatus.ACTIVE;
        this.legacy = key.legacy();
        this.clientActive = client != null && client.active();
        Instant expiresAt = key.expiresAt();
        this.expiresAtSecond = expiresAt == null ? NEVER_EXPIRES : expiresAt.getEpochSecond();
        this.expiresAtNano = expiresAt == null ? 0 : expiresAt.getNano();
        Instant lastUsedAt = key.lastUsedAt();
        this.lastUsedAtSecond = lastUsedAt == null ? NEVER_USED : lastUsedAt.getEpochSecond();
        this.lastUsedAtNano = lastUsedAt == null ? 0 : lastUsedAt.getNano();
    }

    /** The stored key. */
    public ApiKey key() {
        return key;
    }

    /** The key's client, or {@code null} if it no longer exists. */
    public Client client() {
        return client;
    }

    /** True if this is the credential of the key whose hash is {@code digest}. */
    public boolean matches(KeyDigest digest) {
        return digest.w0() == w0 && digest.w1() == w1 && digest.w2() == w2 && digest.w3() == w3;
    }

    /** {@link ApiKey#legacy()}. */
    public boolean legacy() {
        return legacy;
    }

    /** True if the key's stored status is {@link ApiKeyStatus#ACTIVE}. */
    public boolean keyActive() {
        return keyActive;
    }

    /** {@link ApiKey#isExpiredAt(Instant)}. */
    public boolean keyExpiredAt(Instant now) {
        return expiresAtSecond != NEVER_EXPIRES && !isBefore(now, expiresAtSecond, expiresAtNano);
    }

    /** True if the key's client exists. */
    public boolean hasClient() {
        return client != null;
    }

    /** True if the key's client exists and is active. */
    public boolean clientActive() {
        return clientActive;
    }

    /**
     * True if the key's recorded last use is less than {@code window} before {@code now}: {@code lastUsedAt != null
     * && now.isBefore(lastUsedAt.plus(window))}.
     */
    public boolean usedWithin(Duration window, Instant now) {
        if (lastUsedAtSecond == NEVER_USED) {
            return false;
        }
        long second = lastUsedAtSecond + window.getSeconds();
        long nano = (long) lastUsedAtNano + window.getNano();
        if (nano >= 1_000_000_000L) {
            second++;
            nano -= 1_000_000_000L;
        }
        return isBefore(now, second, (int) nano);
    }

    private static boolean isBefore(Instant now, long second, int nano) {
        long nowSecond = now.getEpochSecond();
        return nowSecond < second || (nowSecond == second && now.getNano() < nano);
    }

    @Override
    public String toString() {
        return "KeyCredential[key=" + key + ", client=" + client + "]";
    }
}
