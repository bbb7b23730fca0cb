/** Encryption of stored secrets with the JDK's {@code javax.crypto}: {@link io.vigint.core.crypto.AesGcmSecretCipher}. */
package io.vigint.core.crypto;
