package dev.tokendoctor.ui.inspector;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/** A live page with its localStorage in a map. */
final class FakePage implements LivePage {

    final String origin;
    final Map<String, String> items = new LinkedHashMap<>();

    FakePage(String origin) {
        this.origin = origin;
    }

    @Override
    public String origin() {
        return origin;
    }

    @Override
    public String readAll() {
        try {
            return new ObjectMapper().writeValueAsString(items);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void remove(String key) {
        items.remove(key);
    }

    @Override
    public void set(String key, String value) {
        items.put(key, value);
    }
}
