package io.vigint.mail;

import io.vigint.core.mail.MailHostPolicy;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the server may connect for a client's mail: only to addresses on the internet ({@link
 * OutboundAddresses}), or to hosts and addresses that the operator allowed ({@link OutboundAllowList}).
 * A host is judged twice: when the client sets it ({@link #refusal}), and at every connection ({@link
 * #checkedAddresses}), because a name can resolve elsewhere later. A name is resolved once for each
 * judgement, every address it resolves to is checked, and the connection goes to a checked address.
 * The names {@code localhost} and {@code *.localhost} are loopback whatever a resolver says; a host
 * written as numbers ({@code 2130706433}, {@code 0x7f000001}, {@code 127.1}) is judged as the IPv4
 * address it is.
 */
public final class OutboundPolicy implements MailHostPolicy {
    private static final Logger LOG = LoggerFactory.getLogger(OutboundPolicy.class);

    /** Resolves a host name to its addresses; tests pass one that answers what they need. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;

        /** The system's resolver, {@link InetAddress#getAllByName}. */
        static Resolver system() {
            return InetAddress::getAllByName;
        }
    }

    private final OutboundAllowList allow;
    private final Resolver resolver;

    public OutboundPolicy(OutboundAllowList allow, Resolver resolver) {
        this.allow = Objects.requireNonNull(allow, "allow");
        this.resolver = Objects.requireNonNull(resolver, "resolver");
    }

    /** The policy with the operator's exceptions and the system's resolver. */
    public static OutboundPolicy of(OutboundAllowList allow) {
        return new OutboundPolicy(allow, Resolver.system());
    }

    @Override
    public Optional<String> refusal(String host) {
        try {
            checkedAddresses(host);
            return Optional.empty();
        } catch (OutboundRefusedException refused) {
            return Optional.of("host must be a mail server on the internet: " + host
                    + " is or resolves to an internal address (" + refused.kind()
                    + "), which the server does not connect to unless its operator allows it");
        } catch (UnknownHostException unknown) {
            // not resolvable now; checked again when mail is sent
            return Optional.empty();
        }
    }

    /**
     * The addresses of {@code host}, every one of them allowed; connect to one of these, not to a new
     * lookup of the name.
     *
     * @throws OutboundRefusedException if {@code host} is, or any of its addresses is, internal and not
     *     allowed by the operator
     * @throws UnknownHostException if the name does not resolve
     */
    public InetAddress[] checkedAddresses(String host) throws OutboundRefusedException, UnknownHostException {
        Objects.requireNonNull(host, "host");
        String name = host.strip().toLowerCase(Locale.ROOT);
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        boolean allowedName = allow.allowsHost(name);
        if (!allowedName && (name.equals("localhost") || name.endsWith(".localhost"))) {
            throw new OutboundRefusedException(host, "loopback");
        }
        InetAddress[] addresses = addresses(host, name, allowedName);
        if (!allowedName) {
            for (InetAddress address : addresses) {
                if (allow.allowsAddress(address)) {
                    continue;
                }
                Optional<String> kind = OutboundAddresses.internalKind(address);
                if (kind.isPresent()) {
                    throw new OutboundRefusedException(host, kind.get());
                }
            }
        }
        return addresses;
    }

    private InetAddress[] addresses(String host, String name, boolean allowedName)
            throws OutboundRefusedException, UnknownHostException {
        if (name.contains(":")) {
            try {
                return new InetAddress[] {OutboundAddresses.byAddress(OutboundAddresses.literal(name))};
            } catch (IllegalArgumentException e) {
                throw new UnknownHostException(host);
            }
        }
        Optional<Inet4Address> ipv4;
        try {
            ipv4 = OutboundAddresses.ipv4(name);
        } catch (IllegalArgumentException malformed) {
            if (allowedName) {
                return resolve(name);
            }
            throw new OutboundRefusedException(host, "malformed numeric");
        }
        return ipv4.isPresent() ? new InetAddress[] {ipv4.get()} : resolve(name);
    }

    private InetAddress[] resolve(String name) throws UnknownHostException {
        InetAddress[] addresses = resolver.resolve(name);
        if (addresses == null || addresses.length == 0) {
            throw new UnknownHostException(name);
        }
        return addresses;
    }

    /**
     * The one address to connect to for {@code host}: the first of its {@link #checkedAddresses}. A
     * refusal is logged (host, port and kind of address; no secrets).
     */
    InetAddress connectAddress(String host, int port) throws OutboundRefusedException, UnknownHostException {
        try {
            return checkedAddresses(host)[0];
        } catch (OutboundRefusedException refused) {
            LOG.warn(
                    "Refused a client's mail connection to {} port {}: an internal address ({}) that the operator"
                            + " did not allow (mail.outbound.allow)",
                    host,
                    port,
                    refused.kind());
            throw refused;
        }
    }

    @Override
    public String toString() {
        return "OutboundPolicy[allow=" + allow + "]";
    }
}
