package dev.tokendoctor.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokendoctor.core.i18n.Msg;
import dev.tokendoctor.ui.common.TokenChoice;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

class TokenPickerTest {

    @Test
    void offersWhatWasFoundAndHandsTheChosenTokenOn() {
        ObservableList<TokenChoice> found = FXCollections.observableArrayList();
        List<TokenChoice> used = new ArrayList<>();
        TokenPicker picker = new TokenPicker();
        picker.connect(found, used::add);
        assertThat(picker.empty().get()).isTrue();

        TokenChoice chrome = new TokenChoice("Chromium · http://localhost:8082 · coze_oauth_tokens · Expired · czu_…(40)#1",
                "{\"access_token\":\"czu_secret\"}", Msg.of("source.found", "Chromium", "http://localhost:8082", "coze_oauth_tokens"));
        found.add(chrome);
        assertThat(picker.choices()).containsExactly(chrome);
        assertThat(picker.canUse().get()).isFalse();

        picker.selectedProperty().set(chrome);
        picker.useSelected();
        assertThat(used).containsExactly(chrome);
        assertThat(chrome.toString()).doesNotContain("czu_secret");
    }

    @Test
    void writeBackIsOfferedOnlyWhileAPageIsOpenInTheAppsWebView() {
        javafx.beans.property.SimpleStringProperty liveOrigin = new javafx.beans.property.SimpleStringProperty("");
        int[] writes = new int[1];
        PageWriteBack writeBack = new PageWriteBack();
        writeBack.connect(liveOrigin, () -> writes[0]++);
        assertThat(writeBack.available().get()).isFalse();
        liveOrigin.set("http://127.0.0.1:8082");
        assertThat(writeBack.available().get()).isTrue();
        assertThat(writeBack.originProperty().get()).isEqualTo("http://127.0.0.1:8082");
        writeBack.writeTokens();
        assertThat(writes[0]).isEqualTo(1);
    }
}
