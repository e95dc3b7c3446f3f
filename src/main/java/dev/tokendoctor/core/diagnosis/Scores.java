package dev.tokendoctor.core.diagnosis;

import static dev.tokendoctor.core.diagnosis.FailureKind.*;

import dev.tokendoctor.core.diagnosis.Evidence.HttpAnswer.Call;
import dev.tokendoctor.core.diagnosis.TextRules.Hit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Weighs the signals: each kind scores its strongest signal plus a little for each further one
 * that agrees; the flow and the request that failed then re-read the generic signals (a bare 401
 * from the token endpoint names the client, a JWT app's expired token is no user token).
 */
final class Scores {

    /** A second candidate this close to the first is shown with it. */
    static final int CLOSE = 20;
    private static final int AGREEING = 5;
    private static final int MAX_AGREEING = 10;

    private final Map<FailureKind, Integer> score = new EnumMap<>(FailureKind.class);
    private final Map<FailureKind, Hit> strongest = new EnumMap<>(FailureKind.class);

    private Scores() {
    }

    /** The scores of these hits in this context. */
    static Scores of(List<Hit> hits, FlowContext context) {
        Scores s = new Scores();
        Map<FailureKind, Integer> agreeing = new EnumMap<>(FailureKind.class);
        for (Hit hit : hits) {
            Hit best = s.strongest.get(hit.kind());
            if (best == null || hit.weight() > best.weight() || hit.weight() == best.weight() && best.start() < 0 && hit.start() >= 0) {
                s.strongest.put(hit.kind(), hit);
            }
            if (hit.weight() >= TextRules.PHRASE) { // a weak echo (a status, a class name) adds nothing
                agreeing.merge(hit.kind(), 1, Integer::sum);
            }
        }
        s.strongest.forEach((kind, hit) -> s.score.put(kind,
                hit.weight() + Math.min(MAX_AGREEING, AGREEING * Math.max(0, agreeing.getOrDefault(kind, 0) - 1))));
        s.reread(context);
        return s;
    }

    private void reread(FlowContext context) {
        int generic = TextRules.GENERIC + MAX_AGREEING;
        if (context.tokenEndpoint()) {
            FailureKind byCall = switch (context.call()) {
                case TOKEN_JWT -> JWT_REJECTED;
                case TOKEN_REFRESH -> REFRESH_TOKEN_INVALID;
                default -> INVALID_CLIENT;
            };
            move(ACCESS_TOKEN_EXPIRED, byCall, generic); // "401"/"AuthenticationError" from the token endpoint
            drop(PARAMETER_ERROR, generic);                 // a 400 there is an OAuth error, not a business parameter
        }
        if (context.flow() == Flow.JWT) {
            move(ACCESS_TOKEN_EXPIRED, JWT_APP_TOKEN_EXPIRED, Integer.MAX_VALUE);
        }
        if (context.call() != Call.API && context.flow() != Flow.UNKNOWN) {
            drop(RESOURCE_NOT_FOUND, TextRules.HINT + MAX_AGREEING);
        }
    }

    private void move(FailureKind from, FailureKind to, int atMost) {
        Integer s = score.get(from);
        if (s != null && s <= atMost) {
            score.remove(from);
            Hit hit = strongest.remove(from);
            if (score.getOrDefault(to, -1) < s) {
                score.put(to, s);
                strongest.put(to, new Hit(to, hit.weight(), hit.start(), hit.end()));
            }
        }
    }

    private void drop(FailureKind kind, int atMost) {
        if (score.getOrDefault(kind, Integer.MAX_VALUE) <= atMost) {
            score.remove(kind);
            strongest.remove(kind);
        }
    }

    /** The kinds found, best first; ties go to the more specific kind (declared later in this order). */
    List<FailureKind> ranked() {
        List<FailureKind> kinds = new ArrayList<>(score.keySet());
        kinds.sort(Comparator.<FailureKind>comparingInt(score::get).reversed().thenComparingInt(Scores::specificity));
        return kinds;
    }

    /** The best kind, or null. */
    FailureKind best() {
        List<FailureKind> ranked = ranked();
        return ranked.isEmpty() ? null : ranked.get(0);
    }

    int of(FailureKind kind) {
        return score.getOrDefault(kind, 0);
    }

    /** The strongest signal of a kind. */
    Hit strongest(FailureKind kind) {
        return strongest.get(kind);
    }

    /** How sure the first candidate is, given the second. */
    Certainty certainty() {
        List<FailureKind> ranked = ranked();
        if (ranked.isEmpty()) {
            return Certainty.LOW;
        }
        int top = of(ranked.get(0));
        int second = ranked.size() > 1 ? of(ranked.get(1)) : 0;
        if (top >= TextRules.NAMED && top - second > CLOSE) {
            return Certainty.HIGH;
        }
        return top >= TextRules.PHRASE ? Certainty.MEDIUM : Certainty.LOW;
    }

    /** The second candidate when it is close to the first, else null. */
    FailureKind runnerUp() {
        List<FailureKind> ranked = ranked();
        return ranked.size() > 1 && of(ranked.get(0)) - of(ranked.get(1)) <= CLOSE ? ranked.get(1) : null;
    }

    /** Generic kinds lose ties to specific ones. */
    private static int specificity(FailureKind kind) {
        return switch (kind) {
            case ACCESS_TOKEN_EXPIRED, SERVER_ERROR, CONNECTION_FAILURE, PARAMETER_ERROR -> 2;
            case INVALID_CLIENT, TIMEOUT, RESOURCE_NOT_FOUND -> 1;
            default -> 0;
        };
    }
}
