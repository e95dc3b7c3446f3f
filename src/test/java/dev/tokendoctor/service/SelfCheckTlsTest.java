package dev.tokendoctor.service;


import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The self-check's TLS step: a real handshake with a real local TLS server and a fresh EC certificate. */
class SelfCheckTlsTest {

    @Test
    void handshakesWithTheLocalServerOverModernTls() throws Exception {
        // The JDK checks the certificate's validity against the system clock, so it is issued for now.
        String negotiated = SelfCheckTls.handshake(Instant.now());

        assertThat(negotiated).startsWith("TLSv1.3 TLS_");
    }
}
