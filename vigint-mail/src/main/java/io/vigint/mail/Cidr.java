package io.vigint.mail;

import java.net.InetAddress;
import java.util.Arrays;

/**
 * A range of IP addresses written {@code address/bits} ({@code 10.0.0.0/8}, {@code fd00::/8}); a bare
 * address is the range of that one address.
 *
 * @param prefix the 4 or 16 bytes of the range's address
 * @param bits how many leading bits an address must share with {@code prefix}
 */
record Cidr(byte[] prefix, int bits) {
    Cidr {
        prefix = prefix.clone();
        if (bits < 0 || bits > prefix.length * 8) {
            throw new IllegalArgumentException("a prefix length from 0 to " + prefix.length * 8);
        }
    }

    /**
     * Reads {@code address/bits} or a bare address.
     *
     * @throws IllegalArgumentException if {@code text} is neither
     */
    static Cidr parse(String text) {
        int slash = text.indexOf('/');
        if (slash < 0) {
            byte[] address = OutboundAddresses.literal(text);
            return new Cidr(address, address.length * 8);
        }
        String bits = text.substring(slash + 1);
        if (!bits.matches("\\d{1,3}")) {
            throw new IllegalArgumentException("'" + text + "' has no valid prefix length");
        }
        return new Cidr(OutboundAddresses.literal(text.substring(0, slash)), Integer.parseInt(bits));
    }

    /** Whether {@code address} is in this range (an IPv4 address is never in an IPv6 range, nor the reverse). */
    boolean contains(InetAddress address) {
        byte[] bytes = address.getAddress();
        return bytes.length == prefix.length && matches(prefix, bits, bytes);
    }

    /** Whether the first {@code bits} bits of {@code prefix} and {@code address} (same length) are equal. */
    static boolean matches(byte[] prefix, int bits, byte[] address) {
        int whole = bits / 8;
        for (int i = 0; i < whole; i++) {
            if (prefix[i] != address[i]) {
                return false;
            }
        }
        int rest = bits % 8;
        if (rest == 0) {
            return true;
        }
        int mask = (0xff << (8 - rest)) & 0xff;
        return (prefix[whole] & mask) == (address[whole] & mask);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Cidr that && bits == that.bits && Arrays.equals(prefix, that.prefix);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(prefix) + bits;
    }

    @Override
    public String toString() {
        return OutboundAddresses.byAddress(prefix).getHostAddress() + "/" + bits;
    }
}
