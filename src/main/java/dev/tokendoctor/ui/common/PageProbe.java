package dev.tokendoctor.ui.common;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;

/**
 * Why a page did not load, found out again by the app itself: WebKit reports a failed name lookup
 * as "Connection refused" (and in English whatever the app's language), so the embedded browser's
 * own message is never shown. Blocking: call from a background thread.
 */
public final class PageProbe {

    public enum Cause { DNS, REFUSED, TIMEOUT, OTHER }

    /**
     * @param cause what went wrong
     * @param host  the host name asked for
     * @param where the address without its query or fragment: never {@code state}, {@code code} or PKCE values
     */
    public record Finding(Cause cause, String host, String where) {
    }

    private static final int TIMEOUT_MS = 5_000;

    /** The address to show a person: scheme, host, port and path; the query (which carries state and PKCE) is cut. */
    public static String where(String location) {
        try {
            URI uri = URI.create(location);
            if (uri.getHost() == null) {
                return "";
            }
            return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "")
                    + (uri.getRawPath() == null ? "" : uri.getRawPath());
        } catch (IllegalArgumentException | NullPointerException e) {
            return "";
        }
    }

    /** Looks the host up, then tries to connect to it, and says which step failed. */
    public static Finding probe(String location) {
        String where = where(location);
        URI uri;
        try {
            uri = URI.create(location);
        } catch (IllegalArgumentException | NullPointerException e) {
            return new Finding(Cause.OTHER, "", where);
        }
        String host = uri.getHost() == null ? "" : uri.getHost();
        if (host.isEmpty()) {
            return new Finding(Cause.OTHER, host, where);
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            return new Finding(Cause.DNS, host, where);
        }
        int port = uri.getPort() > 0 ? uri.getPort() : "http".equalsIgnoreCase(uri.getScheme()) ? 80 : 443;
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), TIMEOUT_MS);
            return new Finding(Cause.OTHER, host, where);
        } catch (SocketTimeoutException e) {
            return new Finding(Cause.TIMEOUT, host, where);
        } catch (ConnectException e) {
            return new Finding(Cause.REFUSED, host, where);
        } catch (IOException e) {
            return new Finding(Cause.OTHER, host, where);
        }
    }

    private PageProbe() {
    }
}
