package org.pathway.activities.hsds;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The HSDS 3.0 compiled schemas and the Open Referral UK profile, read from the shared reference folder beside
 * the project ({@code ../shared/reference/hsds}); never copied into the project. Tests are skipped, saying why,
 * when the folder is absent.
 */
final class HsdsSchemas {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** The UK profile's patch for each entity, by the property name it appears under in a compiled schema. */
    private static final Map<String, String> PROFILE_ENTITIES = Map.ofEntries(
            Map.entry("organization", "organization"), Map.entry("schedules", "schedule"),
            Map.entry("service_areas", "service_area"), Map.entry("service_at_locations", "service_at_location"),
            Map.entry("location", "location"), Map.entry("addresses", "address"),
            Map.entry("accessibility", "accessibility"), Map.entry("contacts", "contact"),
            Map.entry("phones", "phone"), Map.entry("languages", "language"), Map.entry("cost_options", "cost_option"),
            Map.entry("attributes", "attribute"), Map.entry("taxonomy_term", "taxonomy_term"),
            Map.entry("funding", "funding"));

    private final Path root;
    private final SchemaRegistry registry;

    private HsdsSchemas(Path root) {
        this.root = root;
        this.registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    }

    /** The reference folder relative to the working directory's parent, or the test is skipped. */
    static HsdsSchemas load() {
        Path root = Path.of("").toAbsolutePath().getParent().resolve("shared/reference/hsds");
        Assumptions.assumeTrue(Files.isDirectory(root.resolve("schema/compiled")),
                "HSDS reference schemas not found at " + root + ": conformance tests skipped");
        return new HsdsSchemas(root);
    }

    JsonNode read(String relative) {
        try {
            return JSON.readTree(Files.readString(root.resolve(relative)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Validates against a compiled HSDS schema, e.g. "service.json". */
    void assertValid(String compiled, JsonNode instance) {
        assertNoErrors(registry.getSchema(read("schema/compiled/" + compiled)), instance, compiled);
    }

    /**
     * Validates against a compiled schema with the UK profile applied: each entity's patch merged in (removed
     * fields gone, required lists replaced) and, as the profile leaves those fields out, anything else refused.
     */
    void assertValidUk(String compiled, String entity, JsonNode instance) {
        ObjectNode schema = (ObjectNode) read("schema/compiled/" + compiled).deepCopy();
        applyProfile(schema, entity);
        assertNoErrors(registry.getSchema(schema), instance, compiled + " with the UK profile");
    }

    private void applyProfile(ObjectNode schema, String entity) {
        JsonNode patch = read("uk-profile/profile/" + entity + ".json");
        if (schema.has("properties")) {
            ObjectNode properties = (ObjectNode) schema.get("properties");
            JsonNode patchProperties = patch.get("properties");
            if (patchProperties != null && patchProperties.isObject()) {
                for (Map.Entry<String, JsonNode> p : patchProperties.properties()) {
                    if (p.getValue().isNull()) {
                        properties.remove(p.getKey());
                    } else if (!properties.has(p.getKey())) {
                        properties.set(p.getKey(), p.getValue());
                    }
                }
            }
            if (patch.has("required") && patch.get("required").isArray()) {
                schema.set("required", patch.get("required"));
            }
            schema.remove("allOf");
            schema.put("additionalProperties", false);
            for (Map.Entry<String, JsonNode> p : properties.properties()) {
                String nested = PROFILE_ENTITIES.get(p.getKey());
                if (nested == null || !p.getValue().isObject()) {
                    continue;
                }
                ObjectNode child = (ObjectNode) p.getValue();
                if (child.has("items") && child.get("items").isObject()) {
                    child = (ObjectNode) child.get("items");
                }
                if (child.has("properties")) {
                    applyProfile(child, nested);
                }
            }
        }
    }

    private static void assertNoErrors(Schema schema, JsonNode instance, String what) {
        List<Error> errors = schema.validate(instance);
        assertThat(errors).as("errors validating against " + what + ": " + instance).isEmpty();
    }
}
