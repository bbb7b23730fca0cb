package io.vigint.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OutboundAddressesTest {
    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0.0.0.0              | unspecified (this network)
            0.1.2.3              | unspecified (this network)
            10.0.0.1             | private
            10.255.255.255       | private
            100.64.0.1           | shared (CGNAT)
            100.127.255.254      | shared (CGNAT)
            127.0.0.1            | loopback
            127.255.255.254      | loopback
            169.254.169.254      | link-local
            169.254.0.1          | link-local
            172.16.0.1           | private
            172.31.255.255       | private
            192.0.0.8            | reserved (IETF protocol assignments)
            192.0.2.10           | documentation
            192.88.99.1          | reserved (6to4 relay anycast)
            192.168.1.1          | private
            198.18.0.1           | reserved (benchmarking)
            198.51.100.7         | documentation
            203.0.113.9          | documentation
            224.0.0.1            | multicast
            239.255.255.250      | multicast
            240.0.0.1            | reserved
            255.255.255.255      | broadcast
            ::                   | unspecified
            ::1                  | loopback
            ::ffff:127.0.0.1     | loopback (IPv4-mapped)
            ::ffff:7f00:1        | loopback (IPv4-mapped)
            ::ffff:169.254.169.254 | link-local (IPv4-mapped)
            ::ffff:10.0.0.1      | private (IPv4-mapped)
            ::ffff:0.0.0.0       | unspecified (this network) (IPv4-mapped)
            ::127.0.0.1          | deprecated IPv4-compatible
            ::8.8.8.8            | deprecated IPv4-compatible
            ::ffff:0:7f00:1      | loopback (IPv4-translated)
            64:ff9b::7f00:1      | loopback (NAT64)
            64:ff9b::a9fe:a9fe   | link-local (NAT64)
            64:ff9b:1::1         | reserved (local NAT64)
            2002:7f00:1::1       | loopback (6to4)
            2002:c0a8:101::1     | private (6to4)
            2001::1              | reserved (Teredo)
            2001:db8::1          | documentation
            100::1               | reserved (discard)
            fc00::1              | private (unique local)
            fd12:3456:789a::1    | private (unique local)
            fe80::1              | link-local
            febf:ffff::1         | link-local
            fec0::1              | private (site-local)
            ff02::1              | multicast
            ff05::2              | multicast
            """)
    void internalAddressesAreRefusedWithTheirKind(String address, String kind) {
        assertThat(OutboundAddresses.internalKind(OutboundAddresses.literal(address)))
                .contains(kind);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "8.8.8.8",
                "1.1.1.1",
                "93.184.216.34",
                "9.255.255.255",
                "11.0.0.0",
                "100.63.255.255",
                "100.128.0.0",
                "126.255.255.255",
                "128.0.0.0",
                "169.253.255.255",
                "169.255.0.0",
                "172.15.255.255",
                "172.32.0.0",
                "192.167.255.255",
                "192.169.0.0",
                "198.20.0.0",
                "223.255.255.255",
                "2606:4700:4700::1111",
                "2a00:1450:4001:82a::200e",
                "::ffff:8.8.8.8",
                "64:ff9b::808:808",
                "2002:808:808::1",
                "fbff:ffff::1",
                "fe00::1",
                "2001:4860:4860::8888"
            })
    void internetAddressesAreAllowed(String address) {
        assertThat(OutboundAddresses.internalKind(OutboundAddresses.literal(address)))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2130706433    | 127.0.0.1
            0x7f000001    | 127.0.0.1
            0X7F000001    | 127.0.0.1
            017700000001  | 127.0.0.1
            0177.0.0.1    | 127.0.0.1
            0x7f.0.0.1    | 127.0.0.1
            0x7f.1        | 127.0.0.1
            127.1         | 127.0.0.1
            127.0.1       | 127.0.0.1
            127.0.0.1     | 127.0.0.1
            0             | 0.0.0.0
            0.0.0.0       | 0.0.0.0
            2852039166    | 169.254.169.254
            0xa9fea9fe    | 169.254.169.254
            0251.0376.0251.0376 | 169.254.169.254
            169.254.43518 | 169.254.169.254
            10.1          | 10.0.0.1
            4294967295    | 255.255.255.255
            134744072     | 8.8.8.8
            """)
    void numericHostsAreReadAsTheCResolverReadsThem(String host, String address) throws Exception {
        assertThat(OutboundAddresses.ipv4(host)).contains((java.net.Inet4Address) InetAddress.getByName(address));
    }

    @ParameterizedTest
    @ValueSource(strings = {"smtp.example.com", "mail1.example.com", "localhost", "1.example.com", "example.123", "0x"})
    void namesAreNotNumericHosts(String host) {
        if (host.equals("0x")) {
            // "0x" alone is 0 to inet_aton, hence 0.0.0.0
            assertThat(OutboundAddresses.ipv4(host))
                    .map(InetAddress::getHostAddress)
                    .contains("0.0.0.0");
            return;
        }
        assertThat(OutboundAddresses.ipv4(host)).isEqualTo(Optional.empty());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"999.1.1.1", "1.2.3.4.5", "4294967296", "127.0.0.256", "1.2.65536", "08.0.0.1", "0x1ffffffff"})
    void numericHostsThatAreNoAddressAreRejected(String host) {
        assertThatThrownBy(() -> OutboundAddresses.ipv4(host)).isInstanceOf(IllegalArgumentException.class);
    }
}
