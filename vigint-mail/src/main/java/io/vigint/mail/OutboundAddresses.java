package io.vigint.mail;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which IP addresses are not out on the internet, so that the server must not connect to them for a
 * client: loopback, private (RFC 1918, IPv6 unique-local), link-local (with the cloud metadata address
 * 169.254.169.254), shared (CGNAT), multicast, unspecified, broadcast, reserved and documentation
 * ranges; and the IPv6 forms that carry an IPv4 address (mapped, compatible, NAT64, 6to4), judged by
 * the IPv4 address they carry. Also reads an IPv4 address written the ways the C resolver accepts
 * ({@code 2130706433}, {@code 0x7f000001}, {@code 0177.0.0.1}, {@code 127.1}), so such a host is
 * judged as the address it is and not as a name.
 */
public final class OutboundAddresses {
    private OutboundAddresses() {}

    /** A range of addresses and what it is, as a client reads it. */
    private record Range(byte[] prefix, int bits, String kind) {
        static Range of(String cidr, String kind) {
            int slash = cidr.indexOf('/');
            return new Range(literal(cidr.substring(0, slash)), Integer.parseInt(cidr.substring(slash + 1)), kind);
        }

        boolean contains(byte[] address) {
            return address.length == prefix.length && Cidr.matches(prefix, bits, address);
        }
    }

    /** The internal ranges of both families, IPv4 first; a range holds only addresses of its own length. */
    private static final List<Range> RESERVED = List.of(
            Range.of("0.0.0.0/8", "unspecified (this network)"),
            Range.of("10.0.0.0/8", "private"),
            Range.of("100.64.0.0/10", "shared (CGNAT)"),
            Range.of("127.0.0.0/8", "loopback"),
            Range.of("169.254.0.0/16", "link-local"),
            Range.of("172.16.0.0/12", "private"),
            Range.of("192.0.0.0/24", "reserved (IETF protocol assignments)"),
            Range.of("192.0.2.0/24", "documentation"),
            Range.of("192.88.99.0/24", "reserved (6to4 relay anycast)"),
            Range.of("192.168.0.0/16", "private"),
            Range.of("198.18.0.0/15", "reserved (benchmarking)"),
            Range.of("198.51.100.0/24", "documentation"),
            Range.of("203.0.113.0/24", "documentation"),
            Range.of("224.0.0.0/4", "multicast"),
            Range.of("255.255.255.255/32", "broadcast"),
            Range.of("240.0.0.0/4", "reserved"),
            Range.of("::/128", "unspecified"),
            Range.of("::1/128", "loopback"),
            Range.of("100::/64", "reserved (discard)"),
            Range.of("64:ff9b:1::/48", "reserved (local NAT64)"),
            Range.of("2001::/32", "reserved (Teredo)"),
            Range.of("2001:db8::/32", "documentation"),
            Range.of("2001:10::/28", "reserved (ORCHID)"),
            Range.of("2001:20::/28", "reserved (ORCHIDv2)"),
            Range.of("fc00::/7", "private (unique local)"),
            Range.of("fe80::/10", "link-local"),
            Range.of("fec0::/10", "private (site-local)"),
            Range.of("ff00::/8", "multicast"));

    private static final Range IPV4_MAPPED = Range.of("::ffff:0:0/96", "IPv4-mapped");
    private static final Range IPV4_COMPATIBLE = Range.of("::/96", "IPv4-compatible");
    private static final Range IPV4_TRANSLATED = Range.of("::ffff:0:0:0/96", "IPv4-translated");
    private static final Range NAT64 = Range.of("64:ff9b::/96", "NAT64");
    private static final Range SIX_TO_FOUR = Range.of("2002::/16", "6to4");

    /**
     * What kind of internal address {@code address} is (such as {@code loopback} or {@code private}), or
     * empty for an address on the internet.
     */
    public static Optional<String> internalKind(InetAddress address) {
        return internalKind(address.getAddress());
    }

    /** The kind of the first {@link #RESERVED} range holding {@code address}, if any. */
    private static Optional<String> reservedKind(byte[] address) {
        return RESERVED.stream()
                .filter(r -> r.contains(address))
                .map(Range::kind)
                .findFirst();
    }

    /** {@link #internalKind(InetAddress)} of the 4 or 16 bytes of an address. */
    static Optional<String> internalKind(byte[] address) {
        if (address.length == 4) {
            return reservedKind(address);
        }
        if (address.length != 16) {
            throw new IllegalArgumentException("an IP address has 4 or 16 bytes");
        }
        for (Range range : List.of(IPV4_MAPPED, IPV4_TRANSLATED, NAT64)) {
            if (range.contains(address)) {
                return embedded(range, Arrays.copyOfRange(address, 12, 16));
            }
        }
        if (SIX_TO_FOUR.contains(address)) {
            return embedded(SIX_TO_FOUR, Arrays.copyOfRange(address, 2, 6));
        }
        Optional<String> special = reservedKind(address);
        if (special.isPresent()) {
            return special;
        }
        if (IPV4_COMPATIBLE.contains(address)) {
            // deprecated (RFC 4291) and never a real mail server, whatever IPv4 address it carries
            return Optional.of("deprecated IPv4-compatible");
        }
        return Optional.empty();
    }

    private static Optional<String> embedded(Range form, byte[] ipv4) {
        return internalKind(ipv4).map(kind -> kind + " (" + form.kind() + ")");
    }

    /**
     * The IPv4 address that {@code host} is when read as the C resolver's {@code inet_aton} reads it: one
     * to four parts separated by dots, each decimal, octal with a leading {@code 0} or hexadecimal with
     * {@code 0x}, the last filling the remaining bytes. Empty when {@code host} is not written that way
     * (a name such as {@code smtp.example.com}).
     *
     * @throws IllegalArgumentException if every part is a number but they make no IPv4 address (such as
     *     {@code 999.1.1.1} or {@code 1.2.3.4.5}); a resolver might read such a host in its own way
     */
    public static Optional<Inet4Address> ipv4(String host) {
        String[] parts = host.split("\\.", -1);
        long[] values = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            Long value = number(parts[i]);
            if (value == null) {
                return Optional.empty();
            }
            values[i] = value;
        }
        if (parts.length > 4) {
            throw new IllegalArgumentException("more than four numbers");
        }
        long address = 0;
        for (int i = 0; i < values.length - 1; i++) {
            if (values[i] > 0xff) {
                throw new IllegalArgumentException("a part above 255");
            }
            address = (address << 8) | values[i];
        }
        int lastBytes = 5 - values.length;
        long last = values[values.length - 1];
        if (last >= (1L << (8 * lastBytes))) {
            throw new IllegalArgumentException("the last part is too large");
        }
        address = (address << (8 * lastBytes)) | last;
        byte[] bytes = {(byte) (address >>> 24), (byte) (address >>> 16), (byte) (address >>> 8), (byte) address};
        return Optional.of((Inet4Address) byAddress(bytes));
    }

    /** The value of one part of an {@code inet_aton} address, or {@code null} if it is not a number. */
    private static Long number(String part) {
        String text = part.toLowerCase(Locale.ROOT);
        int radix = 10;
        if (text.startsWith("0x")) {
            text = text.substring(2);
            radix = 16;
            if (text.isEmpty()) {
                return 0L;
            }
        } else if (text.length() > 1 && text.startsWith("0")) {
            text = text.substring(1);
            radix = 8;
        }
        if (text.isEmpty() || text.length() > 12) {
            return text.isEmpty() ? null : Long.MAX_VALUE;
        }
        for (char c : text.toCharArray()) {
            if (Character.digit(c, radix) < 0) {
                return radix == 8 && Character.isDigit(c) ? Long.MAX_VALUE : null;
            }
        }
        return Long.parseLong(text, radix);
    }

    /** The address of {@code bytes} (4 or 16), without a lookup. */
    static InetAddress byAddress(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("an IP address has 4 or 16 bytes", e);
        }
    }

    /**
     * The bytes of an IP address literal ({@code 10.0.0.1}, {@code fd00::1}), read without a lookup.
     *
     * @throws IllegalArgumentException if {@code text} is not one
     */
    static byte[] literal(String text) {
        String bare = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
        if (bare.contains(":")) {
            if (!bare.matches("[0-9A-Fa-f:.]+")) {
                throw new IllegalArgumentException("'" + text + "' is not an IP address");
            }
            try {
                return ipv6Bytes(InetAddress.getByName(bare));
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("'" + text + "' is not an IP address", e);
            }
        }
        if (!bare.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
            throw new IllegalArgumentException("'" + text + "' is not an IP address");
        }
        return ipv4(bare).orElseThrow().getAddress();
    }

    /**
     * The 16 bytes of an IPv6 literal. Java reads {@code ::ffff:a.b.c.d} as the IPv4 address; this keeps
     * it as written, so ranges such as {@code ::ffff:0:0/96} can be given.
     */
    private static byte[] ipv6Bytes(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length == 16) {
            return bytes;
        }
        byte[] mapped = new byte[16];
        mapped[10] = (byte) 0xff;
        mapped[11] = (byte) 0xff;
        System.arraycopy(bytes, 0, mapped, 12, 4);
        return mapped;
    }
}
