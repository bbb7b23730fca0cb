package io.vigint.mail;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The operator's exceptions to the {@link OutboundPolicy}: host names (matched exactly, ignoring case)
 * and IP addresses or ranges ({@code 10.1.2.3}, {@code 10.0.0.0/8}, {@code fd00::/8}) that a client's
 * mail configuration may use although they are internal, such as a self-hosted mail relay.
 *
 * @param hosts allowed host names, lower case
 * @param ranges allowed addresses and ranges
 */
public record OutboundAllowList(Set<String> hosts, List<Cidr> ranges) {
    private static final Pattern HOST_NAME = Pattern.compile(
            "^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$");

    public OutboundAllowList {
        hosts = Set.copyOf(hosts);
        ranges = List.copyOf(ranges);
    }

    /** No exceptions: every internal address is refused. */
    public static OutboundAllowList none() {
        return new OutboundAllowList(Set.of(), List.of());
    }

    /**
     * Reads a comma-separated list of host names, IP addresses and CIDR ranges; blank is {@link #none()}.
     *
     * @throws IllegalArgumentException naming the first entry that is none of these
     */
    public static OutboundAllowList parse(String text) {
        Set<String> hosts = new LinkedHashSet<>();
        List<Cidr> ranges = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return none();
        }
        for (String entry : text.split(",")) {
            String item = entry.strip().toLowerCase(Locale.ROOT);
            if (item.isEmpty()) {
                continue;
            }
            if (item.contains("/") || item.contains(":") || item.matches("[0-9.]+")) {
                ranges.add(Cidr.parse(item));
            } else if (HOST_NAME.matcher(item).matches()) {
                hosts.add(item);
            } else {
                throw new IllegalArgumentException(
                        "'" + entry.strip() + "' is not a host name, IP address or CIDR range");
            }
        }
        return new OutboundAllowList(hosts, ranges);
    }

    /** Whether the operator allowed the host name {@code host} (already lower case, without a final dot). */
    boolean allowsHost(String host) {
        return hosts.contains(host);
    }

    /** Whether the operator allowed {@code address}. */
    boolean allowsAddress(InetAddress address) {
        return ranges.stream().anyMatch(range -> range.contains(address));
    }

    @Override
    public String toString() {
        List<String> entries = new ArrayList<>(hosts);
        ranges.forEach(range -> entries.add(range.toString()));
        return String.join(",", entries);
    }
}
