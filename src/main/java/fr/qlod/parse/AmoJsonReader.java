package fr.qlod.parse;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import fr.qlod.model.Entity;
import fr.qlod.model.SourceFormat;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Reads AMO open data in JSON: per-entity files ({@code {"acteur":…}}, {@code {"mandat":…}},
 * {@code {"organe":…}}) and the combined export
 * ({@code {"export":{"organes":{"organe":[…]},"acteurs":{"acteur":[…]}}}}), streamed with
 * Jackson's {@link JsonParser}: only one record is held in memory at a time.
 */
final class AmoJsonReader implements QuestionReader {
    private static final Pattern FIRST_KEY =
            Pattern.compile("^\\uFEFF?\\s*\\{\\s*\"(acteur|mandat|organe|export)\"\\s*:");
    private static final String ATTRIBUTE = "@";
    private static final String TEXT = "#text";

    private final JsonFactory json = JsonFactory.builder()
            .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
            .build();

    @Override
    public SourceFormat format() {
        return SourceFormat.AMO_JSON;
    }

    @Override
    public boolean accepts(byte[] head, String headText) {
        return FIRST_KEY.matcher(headText).find();
    }

    @Override
    public void read(Input input, Consumer<? super Entity> sink, Problems problems) {
        AmoRecords mapper = new AmoRecords(format(), input.name(), sink, problems);
        byte[] head = input.head();
        try (JsonParser parser = open(input, head)) {
            try {
                readDocument(input, parser, mapper);
            } catch (JsonProcessingException e) {
                // limits such as the nesting depth carry no location of their own: take the parser's
                JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
                throw new SourceFormatException(
                        input.name(), place(at), "malformed JSON: " + e.getOriginalMessage(), e);
            }
        } catch (JsonProcessingException e) {
            throw new SourceFormatException(
                    input.name(), place(e.getLocation()), "malformed JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new SourceFormatException(input.name(), null, "cannot be read: " + e.getMessage(), e);
        }
    }

    private void readDocument(Input input, JsonParser parser, AmoRecords mapper) throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw new SourceFormatException(input.name(), place(parser.currentLocation()), "not a JSON object");
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            if (AmoRecords.EXPORT.equals(name)) {
                readExport(parser, mapper);
            } else if (AmoRecords.RECORDS.contains(name)) {
                readRecords(name, parser, mapper);
            } else {
                parser.skipChildren();
            }
        }
        if (parser.nextToken() != null) {
            throw new SourceFormatException(
                    input.name(), place(parser.currentLocation()), "content after the end of the JSON object");
        }
        if (mapper.count() == 0) {
            throw new SourceFormatException(input.name(), null, "no acteur, mandat or organe");
        }
    }

    private JsonParser open(Input input, byte[] head) throws IOException {
        if (AmoCharset.isUtf8(head) || AmoCharset.isWide(head)) {
            return json.createParser(input.stream());
        }
        return json.createParser(new InputStreamReader(input.stream(), AmoCharset.WINDOWS_1252));
    }

    /** {@code export}: each member ({@code organes}, {@code acteurs}, {@code mandats}) holds a list of records. */
    private void readExport(JsonParser parser, AmoRecords mapper) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            parser.nextToken();
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                parser.skipChildren();
                continue;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                if (AmoRecords.RECORDS.contains(name)) {
                    readRecords(name, parser, mapper);
                } else {
                    parser.skipChildren();
                }
            }
        }
    }

    /** One record (an object) or several (a list of objects); {@code null} holds none. */
    private void readRecords(String name, JsonParser parser, AmoRecords mapper) throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            accept(name, parser, mapper);
            return;
        }
        while (next(parser) != JsonToken.END_ARRAY) {
            accept(name, parser, mapper);
        }
    }

    private void accept(String name, JsonParser parser, AmoRecords mapper) throws IOException {
        AmoNode node = node(name, parser);
        if (node != null) {
            mapper.accept(node);
        }
    }

    /** The tree of the value at the current token; null for a JSON null. */
    static AmoNode node(String name, JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token.isScalarValue()) {
            return AmoNode.leaf(name, parser.getText());
        }
        if (token != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return null;
        }
        Map<String, String> attributes = new HashMap<>();
        List<AmoNode> children = new ArrayList<>();
        String text = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            JsonToken value = parser.nextToken();
            if (key.startsWith(ATTRIBUTE) || key.equals(TEXT)) {
                String scalar = value.isScalarValue() && value != JsonToken.VALUE_NULL ? parser.getText() : null;
                parser.skipChildren();
                if (key.equals(TEXT)) {
                    text = scalar;
                } else if (scalar != null) {
                    attributes.put(key.substring(ATTRIBUTE.length()), scalar);
                }
            } else if (value == JsonToken.START_ARRAY) {
                while (next(parser) != JsonToken.END_ARRAY) {
                    add(children, node(key, parser));
                }
            } else {
                add(children, node(key, parser));
            }
        }
        return new AmoNode(name, attributes, text, children);
    }

    /** The next token; the end of input inside a list is a truncated document. */
    private static JsonToken next(JsonParser parser) throws IOException {
        JsonToken token = parser.nextToken();
        if (token == null) {
            throw new JsonEOFException(parser, null, "unexpected end of input inside a list");
        }
        return token;
    }

    private static void add(List<AmoNode> children, AmoNode child) {
        if (child != null) {
            children.add(child);
        }
    }

    private static String place(JsonLocation location) {
        if (location == null || location.getLineNr() < 0) {
            return null;
        }
        return "line " + location.getLineNr() + ":" + location.getColumnNr();
    }
}
