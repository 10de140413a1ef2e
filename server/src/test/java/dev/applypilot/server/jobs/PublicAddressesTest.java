package dev.applypilot.server.jobs;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.InetAddress;
import java.net.UnknownHostException;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PublicAddressesTest {
    @ParameterizedTest(name = "{0} public={1}")
    @CsvSource({
            "127.0.0.1, false", "10.1.2.3, false", "172.16.0.1, false", "192.168.1.1, false", "169.254.169.254, false",
            "100.64.0.1, false", "0.0.0.0, false", "224.0.0.1, false", "::1, false", "fd00::1, false", "fe80::1, false",
            "::ffff:127.0.0.1, false", "::ffff:10.0.0.1, false",
            "93.184.216.34, true", "8.8.8.8, true", "100.128.0.1, true", "2606:4700::1111, true",
    })
    void onlyPublicAddressesMayBeFetched(String address, boolean expected) throws UnknownHostException {
        assertEquals(expected, PublicAddresses.isPublic(InetAddress.getByName(address)));
    }
}
