package dev.tokendoctor.ui.netlog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokendoctor.core.i18n.Messages;
import dev.tokendoctor.oauth.client.Exchange;
import dev.tokendoctor.oauth.client.ExchangeLog;
import dev.tokendoctor.testing.MemoryClipboard;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NetworkLogViewModelTest {

    static final String ACCESS = "czu_CANARYaccessToken0123456789abcdef";

    final ExchangeLog log = new ExchangeLog();
    final MemoryClipboard clipboard = new MemoryClipboard();
    final List<Runnable> uiQueue = new ArrayList<>();

    Exchange exchange(int status, String url, String responseBody) {
        return new Exchange(0, Instant.parse("2026-11-27T10:00:00Z"), "POST", url, status, Duration.ofMillis(42),
                List.of(new Exchange.Header("Authorization", "Bearer " + ACCESS)), "{\"grant_type\":\"refresh_token\"}",
                List.of(new Exchange.Header("X-Tt-Logid", "20261127LOGID")), responseBody, null);
    }

    @Test
    void newExchangesArriveThroughTheUiThreadRedactedAndFilterable() {
        NetworkLogViewModel vm = new NetworkLogViewModel(log, clipboard, uiQueue::add, new Messages(Messages.ENGLISH), ZoneOffset.UTC);
        log.record(exchange(200, "http://127.0.0.1/api/permission/oauth2/token", "{\"access_token\":\"" + ACCESS + "\"}"), Set.of(ACCESS));
        log.record(exchange(401, "http://127.0.0.1/v1/users/me", "{\"code\":4100,\"msg\":\"authentication is invalid\"}"), Set.of(ACCESS));
        assertThat(vm.exchanges()).isEmpty();
        uiQueue.forEach(Runnable::run);

        assertThat(vm.exchanges()).hasSize(2);
        assertThat(vm.exchanges()).allSatisfy(row -> assertThat(row.text()).doesNotContain("CANARYaccessToken"));
        vm.filterProperty().set("4100");
        assertThat(vm.exchanges()).singleElement().extracting(ExchangeRow::status).isEqualTo("401");
        vm.filterProperty().set("");

        vm.selectedProperty().set(vm.exchanges().get(1));
        assertThat(vm.detailsProperty().get()).contains("X-Tt-Logid: 20261127LOGID").contains("authentication is invalid");
        vm.copySelected();
        assertThat(clipboard.content).isEqualTo(vm.detailsProperty().get()).doesNotContain("CANARYaccessToken");
        vm.copyAll();
        assertThat(clipboard.content).contains("/v1/users/me").contains("/oauth2/token");

        vm.clear();
        assertThat(vm.exchanges()).isEmpty();
        assertThat(log.snapshot()).isEmpty();
        vm.close();
        log.record(exchange(200, "http://127.0.0.1/x", "{}"), Set.of());
        assertThat(uiQueue).hasSize(2);
    }
}
