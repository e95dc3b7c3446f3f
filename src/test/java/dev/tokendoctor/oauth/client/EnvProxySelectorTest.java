package dev.tokendoctor.oauth.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Proxy choice from the environment and Java system properties. */
class EnvProxySelectorTest {

    private static final Map<String, String> ENV = Map.of(
            "HTTPS_PROXY", "http://user:pw@corp-proxy:3128",
            "http_proxy", "plain-proxy:8080",
            "NO_PROXY", "internal.example, .corp.example,*.lan");

    @Test
    void environmentVariablesChooseTheProxy() {
        EnvProxySelector selector = new EnvProxySelector(ENV, null);

        assertThat(address(selector, "https://api.coze.cn/x")).isEqualTo("corp-proxy:3128");
        assertThat(address(selector, "http://api.coze.cn/x")).isEqualTo("plain-proxy:8080");
        assertThat(selector.select(URI.create("https://internal.example/x"))).containsExactly(Proxy.NO_PROXY);
        assertThat(selector.select(URI.create("https://a.corp.example/x"))).containsExactly(Proxy.NO_PROXY);
        assertThat(selector.select(URI.create("https://box.lan/x"))).containsExactly(Proxy.NO_PROXY);
        assertThat(selector.select(URI.create("http://127.0.0.1:8123/x"))).containsExactly(Proxy.NO_PROXY);
        assertThat(new EnvProxySelector(Map.of(), null).select(URI.create("https://api.coze.cn")))
                .containsExactly(Proxy.NO_PROXY);
    }

    @Test
    void javaSystemPropertiesWin() {
        Proxy system = new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved("jvm-proxy", 9000));
        ProxySelector fromProperties = new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                return List.of(system);
            }

            @Override
            public void connectFailed(URI uri, java.net.SocketAddress sa, java.io.IOException ioe) {
            }
        };

        assertThat(new EnvProxySelector(ENV, fromProperties).select(URI.create("https://api.coze.cn")))
                .containsExactly(system);
    }

    private static String address(ProxySelector selector, String uri) {
        InetSocketAddress address = (InetSocketAddress) selector.select(URI.create(uri)).get(0).address();
        return address.getHostString() + ":" + address.getPort();
    }
}
