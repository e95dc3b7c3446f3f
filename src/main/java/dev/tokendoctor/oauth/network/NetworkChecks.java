package dev.tokendoctor.oauth.network;

import dev.tokendoctor.core.diagnosis.Evidence.NetworkProblem;
import dev.tokendoctor.core.i18n.Msg;
import dev.tokendoctor.core.redact.Redactor;
import dev.tokendoctor.oauth.network.NetworkReport.Kind;
import dev.tokendoctor.oauth.network.NetworkReport.ProxySetting;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import javax.net.ssl.SSLException;

/** Names where a network check step broke, in a sentence without secrets; lists the proxy settings in effect. */
final class NetworkChecks {

    static final List<String> PROXY_VARIABLES = List.of("HTTPS_PROXY", "HTTP_PROXY", "ALL_PROXY", "NO_PROXY");
    static final List<String> PROXY_PROPERTIES = List.of("https.proxyHost", "https.proxyPort", "http.proxyHost",
            "http.proxyPort", "http.nonProxyHosts", "socksProxyHost", "socksProxyPort");

    private NetworkChecks() {
    }

    /** The proxy variables (either case) and properties that are set, passwords fingerprinted. */
    static List<ProxySetting> proxySettings(Map<String, String> env, Properties properties) {
        List<ProxySetting> out = new ArrayList<>();
        for (String name : PROXY_VARIABLES) {
            for (String variant : new LinkedHashSet<>(List.of(name, name.toLowerCase(Locale.ROOT)))) {
                String value = env.get(variant);
                if (value != null && !value.isBlank()) {
                    out.add(new ProxySetting(variant, mask(value)));
                }
            }
        }
        for (String name : PROXY_PROPERTIES) {
            String value = properties.getProperty(name);
            if (value != null && !value.isBlank()) {
                out.add(new ProxySetting(name, mask(value)));
            }
        }
        return out;
    }

    /**
     * {@code socks5://user:secret@proxy:1080} → {@code socks5://us…(11)#1a2b3c4d@proxy:1080}: the user
     * is a credential too (issue 13), and the one redactor decides what a secret looks like.
     */
    static String mask(String value) {
        return Redactor.scrub(value);
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

    /** Where a step broke, in words: the kind of problem, the host and port, the exception's type (never its message). */
    static Msg sentence(NetworkProblem.Kind problem, String where, Exception e) {
        return Msg.of("net.problem." + problem, where, e.getClass().getSimpleName());
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
