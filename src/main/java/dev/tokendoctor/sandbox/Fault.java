package dev.tokendoctor.sandbox;

/**
 * One armed fault.
 *
 * @param kind   what goes wrong
 * @param once   disarm after the first request it hits
 * @param amount delay in ms ({@link FaultKind#DELAY}), Retry-After seconds
 *               ({@link FaultKind#HTTP_429}) or Date offset seconds
 *               ({@link FaultKind#SKEWED_DATE}); 0 otherwise
 */
public record Fault(FaultKind kind, boolean once, long amount) {
}
