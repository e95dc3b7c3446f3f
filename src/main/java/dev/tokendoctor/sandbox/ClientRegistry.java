package dev.tokendoctor.sandbox;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The apps a sandbox knows, looked up by client id, app id or key id. */
final class ClientRegistry {

    private final Map<String, ClientApp> byClientId;

    ClientRegistry(List<ClientApp> apps) {
        this.byClientId = apps.stream()
                .collect(Collectors.toUnmodifiableMap(ClientApp::clientId, Function.identity()));
    }

    Optional<ClientApp> byClientId(String clientId) {
        return clientId == null ? Optional.empty() : Optional.ofNullable(byClientId.get(clientId));
    }

    Optional<ClientApp> byKid(String kid) {
        return byClientId.values().stream()
                .filter(app -> app.type() == ClientType.JWT && app.kid().equals(kid))
                .findFirst();
    }
}
