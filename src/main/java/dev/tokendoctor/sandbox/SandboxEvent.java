package dev.tokendoctor.sandbox;

import java.time.Instant;

/**
 * Something the sandbox did, stamped with the injected clock.
 *
 * @param at       when (sandbox clock)
 * @param kind     what
 * @param clientId which app, or empty
 * @param detail   free text that never holds a secret (fingerprints at most)
 */
public record SandboxEvent(Instant at, EventKind kind, String clientId, String detail) {
}
