package dev.tokendoctor.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokendoctor.core.diagnosis.ConfigCheck;
import dev.tokendoctor.core.diagnosis.ConfigFinding;
import dev.tokendoctor.core.diagnosis.ConfigReport;
import dev.tokendoctor.core.diagnosis.EnvFile;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Issue 13 item 7: a 1 MB .env of one-character lines gave 524,000 findings and a bundle that ran out of memory. */
class BoundedInputTest {

    private static final String JUNK = "a\n".repeat((1 << 20) / 2 - 10);

    @Test
    void findingsAreBoundedAndTheCutIsSaid() {
        EnvFile file = EnvFile.parse(".env", JUNK.getBytes(StandardCharsets.UTF_8));

        assertThat(file.problems()).hasSizeLessThanOrEqualTo(201);
        ConfigFinding last = file.problems().get(file.problems().size() - 1);
        assertThat(last.message().key()).isEqualTo("config.inputCut");
    }

    @Test
    void manyAssignmentsAreBoundedToo() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 60_000; i++) {
            text.append("K").append(i).append("=v\n");
        }
        EnvFile file = EnvFile.parse(".env", text.toString());
        assertThat(file.entries().size()).isLessThanOrEqualTo(5000);
        assertThat(file.problems()).extracting(f -> f.message().key()).contains("config.inputCut");
    }

    @Test
    void theBundleOfSuchAFileStaysSmall() {
        ConfigReport config = new ConfigCheck("/oauth/callback").check(EnvFile.parse(".env", JUNK));
        SupportBundle bundle = SupportBundle.build(BundleInput.at(Instant.EPOCH, ZoneId.of("UTC")).withConfig(config));

        assertThat(bundle.json().length() + bundle.preview().length()).isLessThan(1 << 20);
    }
}
