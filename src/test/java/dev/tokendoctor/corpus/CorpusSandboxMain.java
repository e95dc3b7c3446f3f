package dev.tokendoctor.corpus;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tokendoctor.sandbox.CozeSandbox;
import dev.tokendoctor.sandbox.DemoCredentials;
import dev.tokendoctor.sandbox.FaultKind;
import dev.tokendoctor.sandbox.InvalidTokenAnswer;
import dev.tokendoctor.sandbox.SandboxConfig;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The sandbox for scripts/make-error-corpus.sh: prints its credentials as one JSON line, then
 * obeys one command per line on stdin and answers {@code ok}: {@code fault KIND}, {@code skew S},
 * {@code delay MS}, {@code advance S}, {@code invalid ANSWER}, {@code clear}. Its clock can be
 * moved forward so refresh tokens really expire.
 */
public final class CorpusSandboxMain {

    /** A clock the script can move forward. */
    static final class MovableClock extends Clock {
        private volatile Duration ahead = Duration.ZERO;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(ahead);
        }

        void advance(Duration by) {
            ahead = ahead.plus(by);
        }
    }

    private CorpusSandboxMain() {
    }

    public static void main(String[] args) throws Exception {
        MovableClock clock = new MovableClock();
        try (CozeSandbox sandbox = CozeSandbox.start(SandboxConfig.defaults().withClock(clock)
                .withDeviceCode(Duration.ofSeconds(60), Duration.ofSeconds(1)))) {
            System.out.println(new ObjectMapper().writeValueAsString(describe(sandbox)));
            System.out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                obey(sandbox, clock, line.strip().split("\\s+"));
                System.out.println("ok");
                System.out.flush();
            }
        }
    }

    private static void obey(CozeSandbox sandbox, MovableClock clock, String[] cmd) {
        switch (cmd[0]) {
            case "fault" -> sandbox.faults().always(FaultKind.valueOf(cmd[1]));
            case "skew" -> sandbox.faults().skewDate(Duration.ofSeconds(Long.parseLong(cmd[1])), false);
            case "delay" -> sandbox.faults().delay(Duration.ofMillis(Long.parseLong(cmd[1])), false);
            case "advance" -> clock.advance(Duration.ofSeconds(Long.parseLong(cmd[1])));
            case "invalid" -> sandbox.faults().answerInvalidTokensWith(InvalidTokenAnswer.valueOf(cmd[1]));
            case "clear" -> sandbox.faults().clearAll();
            default -> { }
        }
    }

    static Map<String, Object> describe(CozeSandbox sandbox) {
        DemoCredentials demo = sandbox.demo();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("baseUrl", sandbox.baseUrl());
        out.put("apiHost", sandbox.apiHost());
        out.put("webClientId", demo.webClientId());
        out.put("webClientSecret", demo.webClientSecret());
        out.put("webRedirect", demo.webRedirectUris().get(0));
        out.put("pkceClientId", demo.pkceClientId());
        out.put("pkceRedirect", demo.pkceRedirectUris().get(0));
        out.put("deviceClientId", demo.deviceClientId());
        out.put("jwtAppId", demo.jwtAppId());
        out.put("jwtKid", demo.jwtKid());
        out.put("jwtPrivateKeyPem", demo.jwtPrivateKeyPem());
        return out;
    }
}
