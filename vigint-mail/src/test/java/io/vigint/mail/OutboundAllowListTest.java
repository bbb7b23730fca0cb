package io.vigint.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OutboundAllowListTest {
    @Test
    void readsHostNamesAddressesAndRanges() throws Exception {
        OutboundAllowList allow =
                OutboundAllowList.parse(" Relay.Internal.Example , 10.0.0.0/8,127.0.0.1, fd00::/8 ,,::1");

        assertThat(allow.allowsHost("relay.internal.example")).isTrue();
        assertThat(allow.allowsHost("other.internal.example")).isFalse();
        assertThat(allow.allowsAddress(InetAddress.getByName("10.200.3.4"))).isTrue();
        assertThat(allow.allowsAddress(InetAddress.getByName("11.0.0.1"))).isFalse();
        assertThat(allow.allowsAddress(InetAddress.getByName("127.0.0.1"))).isTrue();
        assertThat(allow.allowsAddress(InetAddress.getByName("127.0.0.2"))).isFalse();
        assertThat(allow.allowsAddress(InetAddress.getByName("fd12::1"))).isTrue();
        assertThat(allow.allowsAddress(InetAddress.getByName("fc00::1"))).isFalse();
        assertThat(allow.allowsAddress(InetAddress.getByName("::1"))).isTrue();
    }

    @Test
    void blankAllowsNothing() throws Exception {
        assertThat(OutboundAllowList.parse("  ")).isEqualTo(OutboundAllowList.none());
        assertThat(OutboundAllowList.parse(null).allowsAddress(InetAddress.getByName("127.0.0.1")))
                .isFalse();
    }

    @Test
    void aRangeOfOddLengthMatchesOnlyItsBits() throws Exception {
        OutboundAllowList allow = OutboundAllowList.parse("172.16.0.0/12");

        assertThat(allow.allowsAddress(InetAddress.getByName("172.31.255.255"))).isTrue();
        assertThat(allow.allowsAddress(InetAddress.getByName("172.32.0.0"))).isFalse();
        assertThat(allow.allowsAddress(InetAddress.getByName("172.15.255.255"))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.0/33", "fd00::/129", "10.0.0/8", "host_name", "a..b", "10.0.0.0/x", "::g", "*"})
    void anEntryThatIsNoHostAddressOrRangeIsRefused(String entry) {
        assertThatThrownBy(() -> OutboundAllowList.parse("relay.example," + entry))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
