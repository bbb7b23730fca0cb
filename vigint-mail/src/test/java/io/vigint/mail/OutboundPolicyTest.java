package io.vigint.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OutboundPolicyTest {
    /** A resolver that knows only these names, without a lookup. */
    private static final Map<String, String[]> NAMES = Map.of(
            "smtp.example.com", new String[] {"93.184.216.34"},
            "v6.example.com", new String[] {"2606:4700:4700::1111"},
            "loopback.example.com", new String[] {"127.0.0.1"},
            "metadata.example.com", new String[] {"169.254.169.254"},
            "mixed.example.com", new String[] {"93.184.216.34", "10.1.2.3"},
            "mapped.example.com", new String[] {"::ffff:127.0.0.1"},
            "ula.example.com", new String[] {"fd00::25"},
            "relay.internal", new String[] {"10.9.8.7"},
            "localhost", new String[] {"93.184.216.34"});

    private static InetAddress[] resolve(String host) throws UnknownHostException {
        String[] addresses = NAMES.get(host);
        if (addresses == null) {
            throw new UnknownHostException(host);
        }
        InetAddress[] resolved = new InetAddress[addresses.length];
        for (int i = 0; i < addresses.length; i++) {
            resolved[i] = OutboundAddresses.byAddress(OutboundAddresses.literal(addresses[i]));
        }
        return resolved;
    }

    private final OutboundPolicy strict = new OutboundPolicy(OutboundAllowList.none(), OutboundPolicyTest::resolve);

    @ParameterizedTest
    @ValueSource(
            strings = {
                "127.0.0.1",
                "169.254.169.254",
                "localhost",
                "LOCALHOST",
                "localhost.",
                "mail.localhost",
                "2130706433",
                "0x7f000001",
                "0177.0.0.1",
                "127.1",
                "0.0.0.0",
                "0",
                "10.0.0.1",
                "172.16.0.1",
                "192.168.1.1",
                "100.64.0.1",
                "224.0.0.1",
                "255.255.255.255",
                "999.1.1.1",
                "::1",
                "::ffff:127.0.0.1",
                "fe80::1",
                "loopback.example.com",
                "metadata.example.com",
                "mixed.example.com",
                "mapped.example.com",
                "ula.example.com",
                "relay.internal"
            })
    void internalHostsAreRefusedWithASentenceNamingTheKind(String host) {
        assertThat(strict.refusal(host)).hasValueSatisfying(reason -> assertThat(reason)
                .startsWith("host must be a mail server on the internet: " + host + " is or resolves to an internal"));
        assertThatThrownBy(() -> strict.checkedAddresses(host)).isInstanceOf(OutboundRefusedException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"smtp.example.com", "SMTP.Example.com", "v6.example.com", "8.8.8.8", "134744072"})
    void internetHostsAreAllowed(String host) {
        assertThat(strict.refusal(host)).isEmpty();
    }

    @Test
    void aNameThatDoesNotResolveNowIsAcceptedButCannotBeConnectedTo() {
        assertThat(strict.refusal("not-yet.example.com")).isEmpty();
        assertThatThrownBy(() -> strict.checkedAddresses("not-yet.example.com"))
                .isInstanceOf(UnknownHostException.class);
    }

    @Test
    void theKindOfAddressIsNamed() {
        assertThat(strict.refusal("metadata.example.com")).get().asString().contains("(link-local)");
        assertThat(strict.refusal("2130706433")).get().asString().contains("(loopback)");
        assertThat(strict.refusal("mapped.example.com")).get().asString().contains("(loopback");
    }

    @Test
    void everyResolvedAddressIsCheckedAndReturned() throws Exception {
        assertThat(strict.checkedAddresses("smtp.example.com"))
                .extracting(InetAddress::getHostAddress)
                .containsExactly("93.184.216.34");
        assertThatThrownBy(() -> strict.checkedAddresses("mixed.example.com"))
                .isInstanceOf(OutboundRefusedException.class)
                .hasMessageContaining("(private)");
    }

    @Test
    void theOperatorMayAllowAHostNameAnAddressOrARange() throws Exception {
        OutboundPolicy byName =
                new OutboundPolicy(OutboundAllowList.parse("relay.internal"), OutboundPolicyTest::resolve);
        OutboundPolicy byRange = new OutboundPolicy(OutboundAllowList.parse("10.0.0.0/8"), OutboundPolicyTest::resolve);
        OutboundPolicy byAddress =
                new OutboundPolicy(OutboundAllowList.parse("127.0.0.1"), OutboundPolicyTest::resolve);

        assertThat(byName.refusal("relay.internal")).isEmpty();
        assertThat(byName.refusal("Relay.Internal.")).isEmpty();
        assertThat(byName.checkedAddresses("relay.internal")[0].getHostAddress())
                .isEqualTo("10.9.8.7");
        assertThat(byName.refusal("10.9.8.7")).isPresent();
        assertThat(byRange.refusal("relay.internal")).isEmpty();
        assertThat(byRange.refusal("10.1")).isEmpty();
        assertThat(byRange.refusal("mixed.example.com")).isEmpty();
        assertThat(byRange.refusal("127.0.0.1")).isPresent();
        assertThat(byAddress.refusal("127.0.0.1")).isEmpty();
        assertThat(byAddress.refusal("2130706433")).isEmpty();
        assertThat(byAddress.refusal("loopback.example.com")).isEmpty();
        assertThat(byAddress.refusal("127.0.0.2")).isPresent();
        assertThat(byAddress.refusal("localhost")).isPresent();
    }

    @Test
    void localhostIsLoopbackWhateverTheResolverSaysUnlessAllowedByName() {
        assertThat(strict.refusal("localhost")).get().asString().contains("(loopback)");
        OutboundPolicy allowed = new OutboundPolicy(OutboundAllowList.parse("localhost"), OutboundPolicyTest::resolve);
        assertThat(allowed.refusal("localhost")).isEmpty();
    }
}
