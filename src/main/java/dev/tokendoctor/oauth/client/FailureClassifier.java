package dev.tokendoctor.oauth.client;

import dev.tokendoctor.oauth.client.OAuthOutcome.NetworkFailure;
import dev.tokendoctor.oauth.client.OAuthOutcome.NetworkFailure.Kind;
import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import javax.net.ssl.SSLException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.impl.TunnelRefusedException;
import org.apache.hc.core5.http.ConnectionClosedException;
import org.apache.hc.core5.http.NoHttpResponseException;

/** Turns an I/O exception into a {@link NetworkFailure} whose message names no secret. */
final class FailureClassifier {

    private FailureClassifier() {
    }

    static NetworkFailure classify(IOException failure, URI target, boolean viaProxy) {
        Kind kind = kindOf(failure, viaProxy);
        String where = target.getHost() + (target.getPort() > 0 ? ":" + target.getPort() : "");
        String message = switch (kind) {
            case DNS -> "could not resolve host " + target.getHost();
            case REFUSED -> "connection refused by " + where;
            case TLS -> "TLS handshake with " + where + " failed";
            case TIMEOUT -> "no answer from " + where + " in time";
            case PROXY -> "the proxy refused or could not reach " + where;
            case DROPPED -> "the connection to " + where + " closed without a complete answer";
            case OTHER -> "network error talking to " + where;
        };
        return new NetworkFailure(kind, message, failure.getClass().getName());
    }

    @SuppressWarnings("deprecation") // still thrown by 5.6 for a proxy's CONNECT refusal
    private static Kind kindOf(IOException failure, boolean viaProxy) {
        if (has(failure, TunnelRefusedException.class)) {
            return Kind.PROXY;
        }
        if (has(failure, UnknownHostException.class)) {
            return viaProxy ? Kind.PROXY : Kind.DNS;
        }
        if (has(failure, SSLException.class)) {
            return Kind.TLS;
        }
        if (has(failure, ConnectTimeoutException.class) || has(failure, SocketTimeoutException.class)) {
            return Kind.TIMEOUT;
        }
        if (has(failure, ConnectException.class) || has(failure, NoRouteToHostException.class)) {
            return viaProxy ? Kind.PROXY : Kind.REFUSED;
        }
        if (has(failure, NoHttpResponseException.class) || has(failure, ConnectionClosedException.class)
                || has(failure, EOFException.class) || has(failure, SocketException.class)) {
            return Kind.DROPPED;
        }
        if (failure instanceof InterruptedIOException) {
            return Kind.TIMEOUT;
        }
        return Kind.OTHER;
    }

    private static boolean has(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
