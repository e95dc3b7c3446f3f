package dev.tokendoctor.core.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Real-world error texts (fixtures/errors/real-world-errors.tsv) and the kinds and logids they must give. */
class ErrorTableTest {

    private static final String TABLE = "/fixtures/errors/real-world-errors.tsv";
    private final Diagnoser diagnoser = new Diagnoser();

    static Stream<Arguments> rows() {
        return lines().stream().map(line -> {
            String[] cols = line.split("\t", 4);
            List<FailureKind> kinds = Arrays.stream(cols[0].split("\\+")).map(FailureKind::valueOf).toList();
            String logId = cols[1].equals("-") ? null : cols[1];
            return Arguments.of(cols[2], kinds, logId, cols[3].replace("\\n", "\n"));
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void theTextGivesTheExpectedKindsAndLogid(String source, List<FailureKind> kinds, String logId, String text) {
        Diagnosis diagnosis = diagnoser.diagnoseText(text);

        assertThat(diagnosis.unreadable()).as(source).isEmpty();
        assertThat(diagnosis.primary()).as(source).isPresent();
        assertThat(diagnosis.primary().get().kind()).as(source + " " + diagnosis.kinds()).isEqualTo(kinds.get(0));
        assertThat(diagnosis.kinds()).as(source).containsAll(kinds);
        assertThat(diagnosis.logId().orElse(null)).as(source).isEqualTo(logId);
        Finding primary = diagnosis.primary().get();
        assertThat(primary.evidence()).as(source).isNotBlank();
        assertThat(primary.remedies()).as(source).isNotEmpty();
        if (logId != null) {
            assertThat(primary.remedies()).anySatisfy(r -> {
                assertThat(r.action()).isEqualTo(Remedy.Action.CONTACT_SUPPORT);
                assertThat(r.instruction().args()).containsExactly(logId);
            });
        }
    }

    @Test
    void theTableHoldsAtLeastFortyRowsAndCoversTheReferenceReports() {
        List<String> lines = lines();

        assertThat(lines).hasSizeGreaterThanOrEqualTo(40);
        assertThat(String.join("\n", lines)).contains("coze-py#148", "coze-py#230", "coze-go#43", "coze-js#314",
                "coze-js#212", "53AIHub#33", "coze-py PR #322", "guide (seed)", "700012006 with HTTP 200");
    }

    @Test
    void theEvidenceIsTheLineThatShowsIt() {
        Diagnosis diagnosis = diagnoser.diagnoseText("[info] loading\nHttpCode: 401, Code: invalid_client, "
                + "Message: invalid jwt: kid not been registred, Param: invalid_client, LogID: 2025042710072144715EF2C58014F21E98\n[info] done");

        assertThat(diagnosis.primary().get().evidence()).startsWith("HttpCode: 401").contains("kid not been registred")
                .doesNotContain("[info]");
    }

    @Test
    void aGenericWordGivesWayToASpecificOne() {
        Diagnosis diagnosis = diagnoser.diagnoseText("HTTP/1.1 401 Unauthorized\ninvalid jwt: kid not been registred");

        assertThat(diagnosis.kinds()).containsExactly(FailureKind.REGION_MISMATCH);
    }

    private static List<String> lines() {
        try (InputStream in = ErrorTableTest.class.getResourceAsStream(TABLE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
