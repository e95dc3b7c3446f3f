package dev.tokendoctor.core.token;

import static dev.tokendoctor.core.token.Fixtures.CZS;
import static dev.tokendoctor.core.token.Fixtures.CZU;
import static dev.tokendoctor.core.token.Fixtures.NOW;
import static dev.tokendoctor.core.token.Fixtures.NOW_S;
import static dev.tokendoctor.core.token.Fixtures.PAT;
import static dev.tokendoctor.core.token.Fixtures.REFRESH;
import static dev.tokendoctor.core.token.Fixtures.jwt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.tokendoctor.core.i18n.Messages;
import dev.tokendoctor.core.i18n.Msg;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HealthEvaluatorTest {

    private static final Duration MS = Duration.ofMillis(1);
    private static final Duration TEN_MIN = Duration.ofMinutes(10);
    private static final Duration THIRTY_DAYS = Duration.ofDays(30);
    private final HealthEvaluator evaluator = new HealthEvaluator(HealthPolicy.DEFAULT);

    /** A czu_ record obtained five minutes ago with a refresh token of the same age. */
    private static TokenRecord czu(Instant expiresAt) {
        Instant issued = NOW.minus(Duration.ofMinutes(5));
        return new TokenRecord(CZU, REFRESH, expiresAt, issued, issued, null, null);
    }

    private static TokenRecord record(String access, String refresh, Instant expiresAt, Instant issuedAt,
                                      Instant refreshIssuedAt) {
        return new TokenRecord(access, refresh, expiresAt, issuedAt, refreshIssuedAt, null, null);
    }

    private static List<String> keys(TokenHealth health) {
        return health.reasons().stream().map(Msg::key).toList();
    }

    @Nested
    class AtTheExpiry {

        @Test
        void isExpiredExactlyAtTheExpiryInstant() {
            TokenHealth health = evaluator.evaluate(czu(NOW), NOW);

            assertThat(health.state()).isEqualTo(HealthState.EXPIRED_REFRESHABLE);
            assertThat(health.accessRemaining()).isZero();
            assertThat(health.state().expired()).isTrue();
        }

        @Test
        void worksOneMillisecondBefore() {
            TokenHealth health = evaluator.evaluate(czu(NOW.plus(MS)), NOW);

            assertThat(health.state()).isEqualTo(HealthState.EXPIRING_SOON);
            assertThat(health.accessRemaining()).isEqualTo(MS);
        }

        @Test
        void isExpiredOneMillisecondAfter() {
            TokenHealth health = evaluator.evaluate(czu(NOW.minus(MS)), NOW);

            assertThat(health.state()).isEqualTo(HealthState.EXPIRED_REFRESHABLE);
            assertThat(health.accessRemaining()).isEqualTo(MS.negated());
            assertThat(keys(health)).containsExactly("health.expired", "health.refreshable");
        }
    }

    @Nested
    class AtTheThreshold {

        @Test
        void isExpiringSoonExactlyAtTheThreshold() {
            TokenHealth health = evaluator.evaluate(czu(NOW.plus(TEN_MIN)), NOW);

            assertThat(health.state()).isEqualTo(HealthState.EXPIRING_SOON);
            assertThat(keys(health)).containsExactly("health.expiringSoon", "health.outlook.refresh");
        }

        @Test
        void isValidOneMillisecondBeyondTheThreshold() {
            TokenHealth health = evaluator.evaluate(czu(NOW.plus(TEN_MIN).plus(MS)), NOW);

            assertThat(health.state()).isEqualTo(HealthState.VALID);
            assertThat(keys(health)).containsExactly("health.valid", "health.outlook.refresh");
            assertThat(health.state().needsAction()).isFalse();
        }

        @Test
        void followsACustomThreshold() {
            HealthEvaluator strict = new HealthEvaluator(HealthPolicy.DEFAULT.withExpiringSoon(Duration.ofSeconds(90)));
            TokenRecord record = czu(NOW.plusSeconds(91));

            assertThat(strict.evaluate(record, NOW).state()).isEqualTo(HealthState.VALID);
            assertThat(strict.evaluate(czu(NOW.plusSeconds(90)), NOW).state()).isEqualTo(HealthState.EXPIRING_SOON);
            assertThat(evaluator.evaluate(record, NOW).state()).isEqualTo(HealthState.EXPIRING_SOON);
        }

        @Test
        void saysTheCustomThresholdInWords() {
            HealthEvaluator strict = new HealthEvaluator(HealthPolicy.DEFAULT.withExpiringSoon(Duration.ofSeconds(90)));

            TokenHealth health = strict.evaluate(czu(NOW.plusSeconds(30)), NOW);

            assertThat(new Messages(Messages.ENGLISH).format(health.reasons().get(0)))
                    .contains("00:00:30").contains("00:01:30");
        }
    }

    @Nested
    class TheRefreshToken {

        @Test
        void isDeadExactlyThirtyDaysAfterItsIssue() {
            TokenRecord record = record(CZU, REFRESH, NOW.minusSeconds(60), null, NOW.minus(THIRTY_DAYS));

            TokenHealth health = evaluator.evaluate(record, NOW);

            assertThat(health.state()).isEqualTo(HealthState.EXPIRED_REAUTH_NEEDED);
            assertThat(health.refreshRemaining()).isZero();
            assertThat(keys(health)).containsExactly("health.expired", "health.reauth.refreshExpired");
        }

        @Test
        void stillWorksOneMillisecondBeforeThirtyDays() {
            TokenRecord record = record(CZU, REFRESH, NOW.minusSeconds(60), null, NOW.minus(THIRTY_DAYS).plus(MS));

            TokenHealth health = evaluator.evaluate(record, NOW);

            assertThat(health.state()).isEqualTo(HealthState.EXPIRED_REFRESHABLE);
            assertThat(health.refreshLeft()).contains(MS);
        }

        @Test
        void withoutOneAnExpiredTokenNeedsANewSignIn() {
            TokenHealth health = evaluator.evaluate(record(CZU, null, NOW.minusSeconds(1), null, null), NOW);

            assertThat(health.state()).isEqualTo(HealthState.EXPIRED_REAUTH_NEEDED);
            assertThat(health.refreshLeft()).isEmpty();
            assertThat(keys(health)).containsExactly("health.expired", "health.reauth.noRefresh");
        }

        @Test
        void ofUnknownAgeIsWorthTrying() {
            TokenHealth health = evaluator.evaluate(record(CZU, REFRESH, NOW.minusSeconds(1), null, null), NOW);

            assertThat(health.state()).isEqualTo(HealthState.EXPIRED_REFRESHABLE);
            assertThat(health.refreshLeft()).isEmpty();
            assertThat(keys(health)).containsExactly("health.expired", "health.refreshable.unknownAge");
        }

        @Test
        void pastItsLifeIsForetoldWhileTheAccessTokenStillWorks() {
            TokenRecord record = record(CZU, REFRESH, NOW.plus(Duration.ofHours(1)), null, NOW.minus(Duration.ofDays(31)));

            assertThat(keys(evaluator.evaluate(record, NOW))).containsExactly("health.valid", "health.outlook.refreshDead");
        }

        @Test
        void missingIsForetoldForAUserToken() {
            TokenRecord record = record(CZU, null, NOW.plus(Duration.ofMinutes(5)), null, null);

            assertThat(keys(evaluator.evaluate(record, NOW))).containsExactly("health.expiringSoon", "health.outlook.noRefresh");
        }

        @Test
        void ofUnknownAgeIsSaidWhileTheAccessTokenStillWorks() {
            TokenRecord record = record(CZU, REFRESH, NOW.plus(Duration.ofHours(1)), null, null);

            assertThat(keys(evaluator.evaluate(record, NOW))).containsExactly("health.valid", "health.outlook.refreshUnknown");
        }
    }

    @Nested
    class KindsThatCannotRefresh {

        @Test
        void anExpiredServiceTokenNeedsANewJwt() {
            TokenHealth health = evaluator.evaluate(record(CZS, null, NOW.minusSeconds(1), null, null), NOW);

            assertThat(health.state()).isEqualTo(HealthState.EXPIRED_REAUTH_NEEDED);
            assertThat(keys(health)).containsExactly("health.expired", "health.reauth.jwtFlow");
        }

        @Test
        void anExpiredServiceTokenNeedsANewJwtEvenWithARefreshTokenStored() {
            TokenHealth health = evaluator.evaluate(record(CZS, REFRESH, NOW.minusSeconds(1), null, NOW), NOW);

            assertThat(health.state()).isEqualTo(HealthState.EXPIRED_REAUTH_NEEDED);
        }

        @Test
        void anExpiredPersonalTokenNeedsANewOne() {
            TokenHealth health = evaluator.evaluate(record(PAT, null, NOW.minusSeconds(1), null, null), NOW);

            assertThat(health.state()).isEqualTo(HealthState.EXPIRED_REAUTH_NEEDED);
            assertThat(keys(health)).containsExactly("health.expired", "health.reauth.pat");
        }

        @Test
        void aValidServiceTokenHasNoRefreshOutlook() {
            TokenHealth health = evaluator.evaluate(record(CZS, null, NOW.plus(Duration.ofHours(1)), null, null), NOW);

            assertThat(keys(health)).containsExactly("health.valid");
        }
    }

    @Nested
    class NotYetValid {

        private TokenHealth jwtWith(String claim, long secondsAhead) {
            String token = jwt("{\"" + claim + "\":" + (NOW_S + secondsAhead) + ",\"exp\":" + (NOW_S + 7200) + "}");
            return evaluator.evaluate(Fixtures.parser().parse(token), NOW);
        }

        @ParameterizedTest
        @ValueSource(strings = {"nbf", "iat"})
        void whenTheJwtStartsBeyondTheLeeway(String claim) {
            TokenHealth health = jwtWith(claim, 61);

            assertThat(health.state()).isEqualTo(HealthState.NOT_YET_VALID);
            assertThat(keys(health)).containsExactly("health.notYetValid");
            assertThat(health.accessRemaining()).isEqualTo(Duration.ofHours(2));
        }

        @ParameterizedTest
        @ValueSource(strings = {"nbf", "iat"})
        void notWithinTheLeeway(String claim) {
            assertThat(jwtWith(claim, 60).state()).isEqualTo(HealthState.VALID);
        }

        @Test
        void whenTheStoredIssueTimeIsBeyondTheLeeway() {
            TokenRecord record = record(CZU, REFRESH, NOW.plus(Duration.ofHours(1)), NOW.plusSeconds(60).plus(MS), null);

            assertThat(evaluator.evaluate(record, NOW).state()).isEqualTo(HealthState.NOT_YET_VALID);
        }

        @Test
        void notWhenTheStoredIssueTimeIsWithinTheLeeway() {
            TokenRecord record = record(CZU, REFRESH, NOW.plus(Duration.ofHours(1)), NOW.plusSeconds(60), null);

            assertThat(evaluator.evaluate(record, NOW).state()).isEqualTo(HealthState.VALID);
        }

        @Test
        void comesBeforeExpiry() {
            TokenRecord record = record(CZU, REFRESH, NOW.minusSeconds(1), NOW.plus(Duration.ofHours(1)), null);

            assertThat(evaluator.evaluate(record, NOW).state()).isEqualTo(HealthState.NOT_YET_VALID);
        }
    }

    @Nested
    class WithoutAVerdictOnTime {

        @Test
        void aBareUserTokenHasUnknownExpiry() {
            TokenHealth health = evaluator.evaluate(Fixtures.parser().parse(CZU), NOW);

            assertThat(health.state()).isEqualTo(HealthState.EXPIRY_UNKNOWN);
            assertThat(health.accessLeft()).isEmpty();
            assertThat(keys(health)).containsExactly("health.unknown");
        }

        @Test
        void aBarePersonalTokenPointsToTheConsole() {
            TokenHealth health = evaluator.evaluate(Fixtures.parser().parse(PAT), NOW);

            assertThat(health.state()).isEqualTo(HealthState.EXPIRY_UNKNOWN);
            assertThat(keys(health)).containsExactly("health.unknown.pat");
        }

        @Test
        void aDurationWithoutIssueTimeHasUnknownExpiry() {
            ParseResult parsed = Fixtures.parser().parse("{\"access_token\":\"" + CZU + "\",\"expires_in\":900}");

            assertThat(evaluator.evaluate(parsed, NOW).state()).isEqualTo(HealthState.EXPIRY_UNKNOWN);
        }

        @Test
        void nothingStoredIsMissing() {
            assertThat(evaluator.evaluate((ParseResult) null, NOW).state()).isEqualTo(HealthState.MISSING);
            TokenHealth missing = evaluator.missing(NOW);
            assertThat(missing.state()).isEqualTo(HealthState.MISSING);
            assertThat(keys(missing)).containsExactly("health.missing");
            assertThat(missing.at()).isEqualTo(NOW);
        }

        @Test
        void aRejectedInputIsMalformedWithTheParsersReason() {
            ParseResult rejected = Fixtures.parser().parse("{\"access_token\":12}");

            TokenHealth health = evaluator.evaluate(rejected, NOW);

            assertThat(health.state()).isEqualTo(HealthState.MALFORMED);
            assertThat(keys(health)).containsExactly("health.malformed", "parse.wrongType");
            assertThat(health.lifetimeShare()).isEmpty();
        }
    }

    @Nested
    class LifetimeUsed {

        @Test
        void isTheShareOfTheLifetimeGone() {
            TokenHealth health = evaluator.evaluate(czu(NOW.plus(TEN_MIN)), NOW);

            assertThat(health.lifetimeUsed()).isCloseTo(1.0 / 3, within(1e-9));
        }

        @Test
        void isZeroAtIssueAndBeyondOneOnceExpired() {
            TokenRecord record = record(CZU, REFRESH, NOW.plus(TEN_MIN), NOW, NOW);

            assertThat(evaluator.evaluate(record, NOW).lifetimeUsed()).isZero();
            assertThat(evaluator.evaluate(record, NOW.plus(Duration.ofMinutes(20))).lifetimeUsed()).isEqualTo(2.0);
        }

        @Test
        void isUnknownWithoutAnIssueTime() {
            TokenRecord record = record(CZU, REFRESH, NOW.plus(TEN_MIN), null, null);

            assertThat(evaluator.evaluate(record, NOW).lifetimeShare()).isEmpty();
        }
    }

    @Test
    void readsACozeResponseEndToEnd() {
        String coze = "{\"access_token\":\"" + CZU + "\",\"refresh_token\":\"" + REFRESH + "\",\"expires_in\":"
                + (NOW_S + 900) + ",\"obtained_at\":" + NOW_S + "}";

        TokenHealth health = evaluator.evaluate(Fixtures.parser().parse(coze), NOW);

        assertThat(health.state()).isEqualTo(HealthState.VALID);
        assertThat(health.accessLeft()).contains(Duration.ofMinutes(15));
        assertThat(health.refreshLeft()).contains(THIRTY_DAYS);
        assertThat(health.lifetimeShare()).hasValue(0.0);
    }

    @Test
    void theFarFutureTrapIsCaughtWhenTheIssueTimeIsStored() {
        long farMs = Fixtures.NOW_MS - 3_600_000 + (NOW_S - 60) * 1000;
        String stored = "{\"accessToken\":\"" + CZU + "\",\"refreshToken\":\"" + REFRESH + "\",\"expiresAt\":" + farMs
                + ",\"obtainedAt\":" + (Fixtures.NOW_MS - 3_600_000) + "}";

        assertThat(evaluator.evaluate(Fixtures.parser().parse(stored), NOW).state())
                .isEqualTo(HealthState.EXPIRED_REFRESHABLE);
    }

    /** Until when a verdict holds: the Inspector judges its found tokens again only then. */
    @Nested
    class StateHoldsUntil {

        private ParseResult coze(long expiresIn, long obtainedAt, boolean refresh) {
            return Fixtures.parser().parse("{\"access_token\":\"" + CZU + "\"," + (refresh ? "\"refresh_token\":\"" + REFRESH + "\"," : "")
                    + "\"expires_in\":" + expiresIn + ",\"obtained_at\":" + obtainedAt + "}");
        }

        @Test
        void aValidTokenHoldsUntilItBecomesExpiringSoonThenUntilItExpiresThenUntilItsRefreshTokenDies() {
            Instant expiry = NOW.plus(Duration.ofHours(1));
            ParseResult parse = coze(expiry.getEpochSecond(), NOW_S - 60, true);
            Instant soon = expiry.minus(HealthPolicy.DEFAULT.expiringSoon());

            assertThat(evaluator.stateHoldsUntil(parse, NOW)).isEqualTo(soon);
            assertThat(evaluator.evaluate(parse, soon.minusNanos(1)).state()).isEqualTo(HealthState.VALID);
            assertThat(evaluator.evaluate(parse, soon).state()).isEqualTo(HealthState.EXPIRING_SOON);

            assertThat(evaluator.stateHoldsUntil(parse, soon)).isEqualTo(expiry);
            assertThat(evaluator.evaluate(parse, expiry).state()).isEqualTo(HealthState.EXPIRED_REFRESHABLE);

            Instant refreshDies = Instant.ofEpochSecond(NOW_S - 60).plus(THIRTY_DAYS);
            assertThat(evaluator.stateHoldsUntil(parse, expiry)).isEqualTo(refreshDies);
            assertThat(evaluator.evaluate(parse, refreshDies).state()).isEqualTo(HealthState.EXPIRED_REAUTH_NEEDED);
            assertThat(evaluator.stateHoldsUntil(parse, refreshDies)).isEqualTo(Instant.MAX);
        }

        @Test
        void noPassingTimeChangesATokenWithoutExpiryOrAnUnreadableOne() {
            assertThat(evaluator.stateHoldsUntil(Fixtures.parser().parse(PAT), NOW)).isEqualTo(Instant.MAX);
            assertThat(evaluator.stateHoldsUntil(Fixtures.parser().parse("{not json"), NOW)).isEqualTo(Instant.MAX);
            assertThat(evaluator.stateHoldsUntil(null, NOW)).isEqualTo(Instant.MAX);
        }

        @Test
        void aTokenIssuedAheadOfTheClockHoldsUntilTheLeewayLetsItIn() {
            long nbf = NOW_S + 3600;
            ParseResult parse = Fixtures.parser().parse(jwt("{\"iat\":" + nbf + ",\"nbf\":" + nbf + ",\"exp\":" + (nbf + 7200) + "}"));
            Instant in = Instant.ofEpochSecond(nbf).minus(HealthPolicy.DEFAULT.clockLeeway());

            assertThat(evaluator.evaluate(parse, NOW).state()).isEqualTo(HealthState.NOT_YET_VALID);
            assertThat(evaluator.stateHoldsUntil(parse, NOW)).isEqualTo(in);
            assertThat(evaluator.evaluate(parse, in).state()).isNotEqualTo(HealthState.NOT_YET_VALID);
        }

        /**
         * 300 random tokens (some ahead of the clock, some without a refresh token), each walked
         * from two days before now in random steps: at every stop, every instant before the one
         * given (the nanosecond before it included) has the state of the stop.
         */
        @Test
        void theStateNeverChangesBeforeTheInstantGivenForAnyToken() {
            java.util.Random random = new java.util.Random(20261202);
            int tight = 0;
            for (int i = 0; i < 300; i++) {
                long obtained = NOW_S - random.nextInt(35 * 86_400);
                long expires = NOW_S + random.nextInt(6 * 86_400) - 3 * 86_400;
                ParseResult parse = random.nextInt(5) == 0
                        ? Fixtures.parser().parse(jwt("{\"iat\":" + (NOW_S + random.nextInt(7200) - 3600) + ",\"exp\":" + expires + "}"))
                        : coze(expires, obtained, random.nextBoolean());
                Instant t = NOW.minus(Duration.ofDays(2));
                for (int step = 0; step < 40; step++) {
                    Instant until = evaluator.stateHoldsUntil(parse, t);
                    assertThat(until).isAfter(t);
                    HealthState state = evaluator.evaluate(parse, t).state();
                    Instant last = until.equals(Instant.MAX) ? t.plus(Duration.ofDays(400)) : until.minusNanos(1);
                    for (Instant probe : List.of(last, t.plusMillis((long) (random.nextDouble() * Duration.between(t, last).toMillis())))) {
                        assertThat(evaluator.evaluate(parse, probe).state()).as("token %d at %s (holds until %s)", i, probe, until)
                                .isEqualTo(state);
                    }
                    if (!until.equals(Instant.MAX) && evaluator.evaluate(parse, until).state() != state) {
                        tight++;
                    }
                    t = until.equals(Instant.MAX) ? t.plus(Duration.ofDays(1))
                            : random.nextBoolean() ? until : t.plusSeconds(1 + random.nextInt(86_400));
                }
            }
            assertThat(tight).as("the instants given are the rollovers themselves, not merely safe").isGreaterThan(300);
        }
    }

    @Test
    void refusesNegativeThresholds() {
        assertThatThrownBy(() -> HealthPolicy.DEFAULT.withExpiringSoon(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
