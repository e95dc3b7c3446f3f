package dev.tokendoctor.core.token;

import dev.tokendoctor.core.i18n.Msg;
import java.util.ArrayList;
import java.util.List;

/** Collects parse warnings once each, in the order found. */
final class Warnings {

    private final List<ParseWarning> list = new ArrayList<>();

    void add(ParseWarning.Code code, String key, Object... args) {
        if (list.stream().noneMatch(w -> w.code() == code)) {
            list.add(new ParseWarning(code, Msg.of(key, args)));
        }
    }

    void addAll(List<ParseWarning> more) {
        more.forEach(w -> {
            if (list.stream().noneMatch(x -> x.code() == w.code())) {
                list.add(w);
            }
        });
    }

    List<ParseWarning> list() {
        return List.copyOf(list);
    }
}
