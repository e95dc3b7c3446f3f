package dev.tokendoctor.report;

import dev.tokendoctor.core.i18n.Messages;
import dev.tokendoctor.core.redact.Redactor;
import dev.tokendoctor.storage.SafeFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The redacted support bundle: a zip with {@code report.md} (Chinese, then English) and
 * {@code report.json}. The guide asks the user to collect the console errors, the token status,
 * the network log and the reproduction steps by hand; this collects them with every secret
 * replaced by its fingerprint. Build it, show {@link #preview()}, then {@link #writeTo(Path)}.
 */
public final class SupportBundle {

    public static final String MARKDOWN = "report.md";
    public static final String JSON = "report.json";

    private final String markdown;
    private final String json;

    private SupportBundle(String markdown, String json) {
        this.markdown = markdown;
        this.json = json;
    }

    /** Renders both files from the input; nothing is written yet. */
    public static SupportBundle build(BundleInput in) {
        Redactor redactor = new Redactor(in.allSecrets());
        Map<String, String> system = systemInfo(new Messages(Messages.ENGLISH));
        String md = "# " + new Messages(Messages.CHINESE).get("report.title") + " · "
                + new Messages(Messages.ENGLISH).get("report.title") + "\n\n"
                + new ReportMarkdown(in, new Messages(Messages.CHINESE), redactor).render(system) + "\n"
                + new ReportMarkdown(in, new Messages(Messages.ENGLISH), redactor).render(system);
        String js = new ReportJson(in, new Messages(Messages.ENGLISH), redactor).render(system);
        // A last pass for the secrets the app knows: whatever path a value took, it leaves as a fingerprint.
        return new SupportBundle(redactor.redact(md), redactor.redact(js));
    }

    /** The report as the user will read it: {@code report.md}. */
    public String preview() {
        return markdown;
    }

    public String json() {
        return json;
    }

    /** The zip's bytes. */
    public byte[] zip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            entry(zip, MARKDOWN, markdown);
            entry(zip, JSON, json);
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    /** Writes the zip atomically (a reader sees the old file or the whole new one), owner-only. */
    public void writeTo(Path target) throws IOException {
        SafeFiles.writeAtomically(target, zip());
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** App, OS and Java versions: nothing personal (no user name, no home folder). */
    static Map<String, String> systemInfo(Messages english) {
        Map<String, String> info = new LinkedHashMap<>();
        info.put("app", english.get("app.version"));
        info.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " (" + System.getProperty("os.arch") + ")");
        info.put("java", System.getProperty("java.runtime.version", System.getProperty("java.version")) + " ("
                + System.getProperty("java.vendor") + ")");
        info.put("javafx", System.getProperty("javafx.runtime.version", System.getProperty("javafx.version", "?")));
        info.put("locale", java.util.Locale.getDefault().toLanguageTag());
        return info;
    }
}
