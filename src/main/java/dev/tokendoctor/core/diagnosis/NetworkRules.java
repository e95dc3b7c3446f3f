package dev.tokendoctor.core.diagnosis;

import static dev.tokendoctor.core.diagnosis.FailureKind.*;
import static dev.tokendoctor.core.diagnosis.TextRules.HINT;
import static dev.tokendoctor.core.diagnosis.TextRules.HTTP;
import static dev.tokendoctor.core.diagnosis.TextRules.NAMED;
import static dev.tokendoctor.core.diagnosis.TextRules.PHRASE;
import static dev.tokendoctor.core.diagnosis.TextRules.rule;

import java.util.List;

/**
 * The names network failures go by in node (errno codes, undici, axios), Java (exceptions,
 * OkHttp), Python, Go, curl and browsers. A proxy's words outweigh the others: behind a refusing
 * proxy every request also fails to connect.
 */
final class NetworkRules {

    static final List<TextRules.Rule> RULES = List.of(
            rule(PROXY_FAILURE, NAMED + 5, "407 Proxy Authentication Required|\\bProxyError\\b|curl: \\(5\\)|Could not resolve proxy"
                    + "|ERR_PROXY_CONNECTION_FAILED|ERR_TUNNEL_CONNECTION_FAILED|tunneling socket could not be established"
                    + "|Unable to tunnel through proxy|proxy (?:refused|authentication)|Failed to authenticate with proxy"
                    + "|Unexpected response code for CONNECT|CONNECT tunnel failed|Tunnel connection failed|Proxy-Authenticate|" + HTTP + "407\\b|status code 407"),
            rule(DNS_FAILURE, NAMED, "Could not resolve host|UnknownHostException|ENOTFOUND|EAI_AGAIN|getaddrinfo|Name or service not known"
                    + "|no such host|Temporary failure in name resolution|NameResolutionError|ERR_NAME_NOT_RESOLVED|nodename nor servname"
                    + "|UnresolvedAddressException"),
            rule(TLS_FAILURE, NAMED, "PKIX path building failed|SSLHandshakeException|SSLError|certificate verify failed|\\bCERT_[A-Z_]+"
                    + "|unable to (?:verify|get local issuer) (?:the first )?certificate|self[- ]signed certificate|curl: \\((?:35|60)\\)"
                    + "|x509: |ERR_CERT_\\w+|ERR_SSL_\\w+|SSL_ERROR_\\w+|handshake_failure|DEPTH_ZERO_SELF_SIGNED_CERT"),
            rule(TIMEOUT, NAMED, "ETIMEDOUT|ESOCKETTIMEDOUT|timed out|timeout of \\d+ ?ms exceeded|aborted due to timeout|SocketTimeoutException"
                    + "|ReadTimeout|ConnectTimeout|context deadline exceeded|ERR_TIMED_OUT|curl: \\(28\\)|Gateway Time-?out|ECONNABORTED"
                    + "|UND_ERR_CONNECT_TIMEOUT|HttpTimeoutException"),
            rule(TIMEOUT, PHRASE, HTTP + "50[4]\\b|" + HTTP + "408\\b|\\bTimeoutError\\b"),
            rule(CONNECTION_FAILURE, NAMED, "ECONNREFUSED|Connection refused|ConnectException|Failed to connect to|ERR_CONNECTION_\\w+|ECONNRESET"
                    + "|socket hang up|Connection reset|unexpected end of stream|curl: \\((?:7|52|56)\\)|NetworkError when attempting|ERR_NETWORK"
                    + "|Network Error|EHOSTUNREACH|ENETUNREACH|No route to host|UND_ERR_SOCKET|other side closed|Remote end closed"),
            rule(CONNECTION_FAILURE, PHRASE, "Failed to fetch|fetch failed|\\bAPIConnectionError\\b|could not connect|cannot connect|unable to connect"),
            // everyday English for the same failures, weaker than their error names
            rule(DNS_FAILURE, PHRASE, "\\bDNS\\b.{0,20}(?:fail|error|problem)|could not resolve|cannot resolve|unable to resolve"),
            rule(TLS_FAILURE, PHRASE, "certificate (?:has expired|is not trusted|not trusted|is invalid|verification failed)|\\bSSL\\b.{0,20}(?:fail|error)"),
            rule(PROXY_FAILURE, PHRASE + 5, "\\bproxy\\b.{0,30}(?:error|fail|refus|denied|block)"),
            rule(SERVER_ERROR, HINT, HTTP + "50[023]\\b"));

    private NetworkRules() {
    }
}
