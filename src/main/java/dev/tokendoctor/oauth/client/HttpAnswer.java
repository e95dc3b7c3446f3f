package dev.tokendoctor.oauth.client;

import java.util.List;
import java.util.Optional;

/** A complete HTTP answer, unredacted: it never leaves the package. */
record HttpAnswer(int status, List<Exchange.Header> headers, String body) {

    static final String LOGID = "X-Tt-Logid";

    Optional<String> header(String name) {
        return headers.stream().filter(h -> h.name().equalsIgnoreCase(name))
                .map(Exchange.Header::value).findFirst();
    }

    String logId() {
        return header(LOGID).orElse(null);
    }
}
