package id.bansos.io.schema;

import id.bansos.model.internal.Checks;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.List;

/**
 * The JSON Schemas (draft 2020-12) of the exchange format v1, shipped as classpath resources under
 * {@code id/bansos/io/schema/}.
 *
 * <p>Each schema's {@code $id} is {@link #ID_BASE} plus its file name, and the household schema
 * refers to the person schema by the relative reference {@code person.schema.json}; a validator
 * resolves it by mapping {@link #ID_BASE} to the classpath folder (or to a folder holding copies,
 * such as {@code docs/schema/}). The schemas check shape only: that a NIK agrees with sex and birth
 * date, or is not repeated in a household, is for the readers.
 *
 * <p>Example with networknt json-schema-validator 2.x: {@code SchemaRegistry.withDefaultDialect(
 * SpecificationVersion.DRAFT_2020_12, b -> b.schemaIdResolvers(r -> r.mapPrefix(Schemas.ID_BASE,
 * "classpath:" + Schemas.RESOURCE_FOLDER))).getSchema(SchemaLocation.of(Schemas.id(Schemas.HOUSEHOLD)))}.
 */
public final class Schemas {
    /** The base of every schema's {@code $id}. */
    public static final String ID_BASE = "https://bansos.id/schema/v1/";

    /** The classpath folder of the schema files, without a leading slash. */
    public static final String RESOURCE_FOLDER = "id/bansos/io/schema/";

    /** The file name of the Household schema. */
    public static final String HOUSEHOLD = "household.schema.json";

    /** The file name of the Person schema, which the Household schema refers to. */
    public static final String PERSON = "person.schema.json";

    /** The file name of the Decision schema. */
    public static final String DECISION = "decision.schema.json";

    /** The file name of the Enrollment schema: one line of an enrolments JSON Lines file. */
    public static final String ENROLLMENT = "enrollment.schema.json";

    /** The file name of the CommitmentRecord schema: one line of a commitments JSON Lines file. */
    public static final String COMMITMENT = "commitment.schema.json";

    /** The file name of the Observation schema: one line of an observations JSON Lines file. */
    public static final String OBSERVATION = "observation.schema.json";

    private static final List<String> FILE_NAMES =
            List.of(HOUSEHOLD, PERSON, DECISION, ENROLLMENT, COMMITMENT, OBSERVATION);

    private Schemas() {}

    /**
     * Returns the file names of all schemas.
     *
     * @return {@code household.schema.json}, {@code person.schema.json}, {@code decision.schema.json},
     *     {@code enrollment.schema.json}, {@code commitment.schema.json}, {@code observation.schema.json}
     */
    public static List<String> fileNames() {
        return FILE_NAMES;
    }

    /**
     * Returns the Household schema resource.
     *
     * @return its URL, not null
     * @throws IllegalStateException if the resource is missing from the classpath (a broken jar)
     */
    public static URL household() {
        return url(HOUSEHOLD);
    }

    /**
     * Returns the Person schema resource.
     *
     * @return its URL, not null
     * @throws IllegalStateException if the resource is missing from the classpath (a broken jar)
     */
    public static URL person() {
        return url(PERSON);
    }

    /**
     * Returns the Decision schema resource.
     *
     * @return its URL, not null
     * @throws IllegalStateException if the resource is missing from the classpath (a broken jar)
     */
    public static URL decision() {
        return url(DECISION);
    }

    /**
     * Returns the Enrollment schema resource.
     *
     * @return its URL, not null
     * @throws IllegalStateException if the resource is missing from the classpath (a broken jar)
     */
    public static URL enrollment() {
        return url(ENROLLMENT);
    }

    /**
     * Returns the CommitmentRecord schema resource.
     *
     * @return its URL, not null
     * @throws IllegalStateException if the resource is missing from the classpath (a broken jar)
     */
    public static URL commitment() {
        return url(COMMITMENT);
    }

    /**
     * Returns the Observation schema resource.
     *
     * @return its URL, not null
     * @throws IllegalStateException if the resource is missing from the classpath (a broken jar)
     */
    public static URL observation() {
        return url(OBSERVATION);
    }

    /**
     * Returns a schema's {@code $id}.
     *
     * @param fileName one of {@link #fileNames()}, not null
     * @return {@link #ID_BASE} plus the file name, not null
     * @throws NullPointerException if {@code fileName} is null
     * @throws IllegalArgumentException if {@code fileName} names no schema
     */
    public static String id(String fileName) {
        return ID_BASE + check(fileName);
    }

    /**
     * Returns a schema resource by file name.
     *
     * @param fileName one of {@link #fileNames()}, not null
     * @return its URL, not null
     * @throws NullPointerException if {@code fileName} is null
     * @throws IllegalArgumentException if {@code fileName} names no schema
     * @throws IllegalStateException if the resource is missing from the classpath (a broken jar)
     */
    public static URL url(String fileName) {
        URL url = Schemas.class.getClassLoader().getResource(RESOURCE_FOLDER + check(fileName));
        if (url == null) {
            throw new IllegalStateException("schema resource " + fileName + " is missing from the classpath");
        }
        return url;
    }

    /**
     * Opens a schema resource by file name; the caller closes the stream.
     *
     * @param fileName one of {@link #fileNames()}, not null
     * @return a new stream of the UTF-8 JSON text, not null
     * @throws NullPointerException if {@code fileName} is null
     * @throws IllegalArgumentException if {@code fileName} names no schema
     * @throws IOException if the resource cannot be opened
     */
    public static InputStream open(String fileName) throws IOException {
        return url(fileName).openStream();
    }

    private static String check(String fileName) {
        Checks.notNull(fileName, "fileName");
        Checks.check(FILE_NAMES.contains(fileName), "fileName", "must name a schema " + FILE_NAMES, fileName);
        return fileName;
    }
}
