package io.vigint.security;

import io.vigint.core.port.SecretCipher;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A {@link SecretCipher} with AES-256-GCM. Each value gets a fresh random 96-bit nonce; the sealed form
 * is {@code v1:} followed by URL-safe Base64 (no padding) of nonce, ciphertext and the 128-bit tag, so a
 * changed, truncated or foreign value fails authentication instead of decrypting to garbage. The
 * version prefix leaves room for a later key or algorithm.
 *
 * <p>The AES key is derived from the server's master key with HKDF-SHA256 (RFC 5869, info {@value
 * #KEY_INFO}), so the master key itself is never used directly and other purposes can derive their own
 * keys from it. Thread-safe.
 */
public final class AesGcmSecretCipher implements SecretCipher {
    /** The prefix of every value this cipher seals. */
    public static final String VERSION_PREFIX = "v1:";
    /** The HKDF info string that names this key's purpose. */
    public static final String KEY_INFO = "vigint secret cipher v1";
    /** Shortest master key accepted, in bytes. */
    public static final int MIN_MASTER_KEY_BYTES = 32;

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final byte[] AAD = "vigint-secret-v1".getBytes(StandardCharsets.US_ASCII);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    /**
     * A cipher keyed from {@code masterKey} (not kept: the caller may clear it afterwards).
     *
     * @throws IllegalArgumentException if the master key is shorter than {@value #MIN_MASTER_KEY_BYTES} bytes
     */
    public AesGcmSecretCipher(byte[] masterKey) {
        Objects.requireNonNull(masterKey, "masterKey");
        if (masterKey.length < MIN_MASTER_KEY_BYTES) {
            throw new IllegalArgumentException("the master key must have at least " + MIN_MASTER_KEY_BYTES + " bytes");
        }
        byte[] derived = hkdfSha256(masterKey, KEY_INFO.getBytes(StandardCharsets.US_ASCII), 32);
        try {
            this.key = new SecretKeySpec(derived, "AES");
        } finally {
            Arrays.fill(derived, (byte) 0);
        }
    }

    @Override
    public String encrypt(String plainText) {
        Objects.requireNonNull(plainText, "plainText");
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] plain = plainText.getBytes(StandardCharsets.UTF_8);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(AAD);
            byte[] sealed = cipher.doFinal(plain);
            ByteBuffer out = ByteBuffer.allocate(NONCE_BYTES + sealed.length);
            out.put(nonce).put(sealed);
            return VERSION_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(out.array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    @Override
    public String decrypt(String sealed) {
        Objects.requireNonNull(sealed, "sealed");
        if (!sealed.startsWith(VERSION_PREFIX)) {
            throw new IllegalStateException("not a value sealed by this cipher (unknown version)");
        }
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(sealed.substring(VERSION_PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the sealed value is not valid Base64");
        }
        if (bytes.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new IllegalStateException("the sealed value is truncated");
        }
        byte[] plain;
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            cipher.updateAAD(AAD);
            plain = cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new IllegalStateException("the sealed value was tampered with or sealed under another key");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the sealed value cannot be decrypted", e);
        }
        try {
            return new String(plain, StandardCharsets.UTF_8);
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    @Override
    public String toString() {
        return "AesGcmSecretCipher[key hidden]";
    }

    /** HKDF-SHA256 (RFC 5869) with an all-zero salt: extract, then expand to {@code length} bytes. */
    static byte[] hkdfSha256(byte[] inputKey, byte[] info, int length) {
        return hkdfSha256(new byte[32], inputKey, info, length);
    }

    static byte[] hkdfSha256(byte[] salt, byte[] inputKey, byte[] info, int length) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(salt.length == 0 ? new byte[32] : salt, "HmacSHA256"));
            byte[] prk = mac.doFinal(inputKey);
            mac.init(new SecretKeySpec(prk, "HmacSHA256"));
            Arrays.fill(prk, (byte) 0);
            byte[] out = new byte[length];
            byte[] block = new byte[0];
            int written = 0;
            for (int counter = 1; written < length; counter++) {
                mac.update(block);
                mac.update(info);
                mac.update((byte) counter);
                block = mac.doFinal();
                int n = Math.min(block.length, length - written);
                System.arraycopy(block, 0, out, written, n);
                written += n;
            }
            Arrays.fill(block, (byte) 0);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
