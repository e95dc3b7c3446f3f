package dev.tokendoctor.oauth;

import dev.tokendoctor.core.diagnosis.Evidence.NetworkProblem;
import dev.tokendoctor.oauth.NetworkReport.Kind;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import javax.net.ssl.SSLException;

/** Names where a network check step broke, in a sentence without secrets. */
final class NetworkChecks {

    private NetworkChecks() {
    }

    static NetworkProblem.Kind problemOf(Kind step, Exception e) {
        if (has(e, UnknownHostException.class)) {
            return NetworkProblem.Kind.DNS;
        }
        if (has(e, SocketTimeoutException.class)) {
            return NetworkProblem.Kind.TIMEOUT;
        }
        if (has(e, SSLException.class) || step == Kind.TLS) {
            return NetworkProblem.Kind.TLS;
        }
        if (has(e, ConnectException.class) || has(e, NoRouteToHostException.class)) {
            return NetworkProblem.Kind.REFUSED;
        }
        return step == Kind.HTTP ? NetworkProblem.Kind.DROPPED : NetworkProblem.Kind.OTHER;
    }

    static String sentence(NetworkProblem.Kind problem, String where, Exception e) {
        String why = switch (problem) {
            case DNS -> "could not resolve the host name";
            case REFUSED -> "connection refused (nothing listens there, or a firewall said no)";
            case TLS -> "TLS handshake failed (untrusted certificate, an intercepting proxy, or a wrong clock)";
            case TIMEOUT -> "no answer in time";
            case PROXY -> "the proxy refused";
            case DROPPED -> "the connection closed without a complete answer";
            case OTHER -> "network error";
        };
        return why + " — " + where + " (" + e.getClass().getSimpleName() + ")";
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
