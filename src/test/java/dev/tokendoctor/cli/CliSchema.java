package dev.tokendoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Validates real {@code --json} output against the published schema, docs/cli.schema.json. */
final class CliSchema {

    static final Path FILE = Path.of("docs/cli.schema.json");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Schema schema;

    /** Parses {@code output} (one JSON document) and checks it against the schema; the tree. */
    static JsonNode assertValid(String output) {
        try {
            JsonNode document = JSON.readTree(output);
            List<Error> errors = schema().validate(document);
            assertThat(errors).as(output).isEmpty();
            return document;
        } catch (IOException e) {
            throw new UncheckedIOException(output, e);
        }
    }

    private static synchronized Schema schema() throws IOException {
        if (schema == null) {
            try (InputStream in = Files.newInputStream(FILE)) {
                schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
            }
        }
        return schema;
    }

    private CliSchema() {
    }
}
