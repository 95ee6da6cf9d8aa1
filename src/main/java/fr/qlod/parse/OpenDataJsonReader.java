package fr.qlod.parse;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.qlod.model.Entity;
import fr.qlod.model.SourceFormat;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads open-data question records in JSON: a single record ({@code {"question":{…}}}, one file
 * per question as in the legislature XV+ zips) or a whole dump
 * ({@code {"questionsEcrites":{"question":[…]}}}, legislature XIV). Streams with Jackson's
 * parser: only the record being mapped is ever held as a tree, so a dump of any size reads in
 * the memory of a few records.
 */
final class OpenDataJsonReader implements QuestionReader {
    private static final ObjectMapper JSON = new ObjectMapper().disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
    private static final String RECORD = "question";
    private static final List<String> WRAPPERS = List.of(
            "\"question\"", "\"questionsEcrites\"", "\"questionsGouvernement\"", "\"questionsOralesSansDebat\"");

    @Override
    public SourceFormat format() {
        return SourceFormat.OPENDATA_JSON;
    }

    @Override
    public boolean accepts(byte[] head, String headText) {
        String t = headText.replace("\uFEFF", "").stripLeading();
        if (!t.startsWith("{")) {
            return false;
        }
        return WRAPPERS.stream().anyMatch(t::contains) && (t.contains("\"uid\"") || t.contains("\"@xsi:type\""));
    }

    @Override
    public void read(Input input, Consumer<? super Entity> sink, Problems problems) {
        new Walk(input.name(), sink, problems).run(input);
    }

    /** One pass over one document: descends through wrappers and maps each {@code question} object. */
    private static final class Walk {
        private final String file;
        private final Consumer<? super Entity> sink;
        private final Problems problems;
        private int records;
        private boolean inRecord;

        Walk(String file, Consumer<? super Entity> sink, Problems problems) {
            this.file = file;
            this.sink = sink;
            this.problems = problems;
        }

        void run(Input input) {
            JsonParser parser = null;
            try {
                parser = JSON.createParser(input.stream());
                JsonToken first = parser.nextToken();
                if (first != JsonToken.START_OBJECT) {
                    throw new Fatal(new SourceFormatException(file, "line 1:1", "not a JSON object"));
                }
                container(parser);
                if (records == 0) {
                    problems.report(new SourceFormatException(file, null, "holds no question record"));
                }
            } catch (JsonProcessingException e) {
                // limits such as the nesting depth carry no location of their own: take the parser's
                JsonLocation at =
                        e.getLocation() != null || parser == null ? e.getLocation() : parser.currentLocation();
                problems.report(
                        new SourceFormatException(file, place(at), "malformed JSON: " + e.getOriginalMessage(), e));
            } catch (IOException e) {
                problems.report(new SourceFormatException(file, place(null), "cannot be read: " + e.getMessage(), e));
            } catch (Fatal e) {
                problems.report(e.fault);
            } finally {
                close(parser);
            }
        }

        /** At a START_OBJECT or START_ARRAY: reads up to its end, mapping the records inside. */
        private void container(JsonParser p) throws IOException {
            if (p.currentToken() == JsonToken.START_ARRAY) {
                for (JsonToken t = next(p); t != JsonToken.END_ARRAY; t = next(p)) {
                    if (t.isStructStart()) {
                        container(p);
                    }
                }
                return;
            }
            for (JsonToken t = next(p); t == JsonToken.FIELD_NAME; t = next(p)) {
                String name = p.currentName();
                JsonToken value = next(p);
                if (RECORD.equals(name)) {
                    records(p, value);
                } else if (value.isStructStart()) {
                    container(p);
                }
            }
        }

        /** The value of a {@code question} field: one record, or an array of records. */
        private void records(JsonParser p, JsonToken value) throws IOException {
            if (value == JsonToken.START_OBJECT) {
                record(p);
            } else if (value == JsonToken.START_ARRAY) {
                for (JsonToken t = next(p); t != JsonToken.END_ARRAY; t = next(p)) {
                    if (t == JsonToken.START_OBJECT) {
                        record(p);
                    } else if (t.isStructStart()) {
                        p.skipChildren();
                    }
                }
            }
        }

        private void record(JsonParser p) throws IOException {
            records++;
            inRecord = true;
            String place = place(p.currentTokenLocation());
            JsonNode tree = p.readValueAsTree();
            inRecord = false;
            OpenDataRecords.emit(tree, SourceFormat.OPENDATA_JSON, file, place, sink, problems);
        }

        private JsonToken next(JsonParser p) throws IOException {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new Fatal(new SourceFormatException(
                        file, place(p.currentLocation()), "truncated JSON: the document ends inside a block"));
            }
            return t;
        }

        /** "record 3, line 40:5": the record being read when there is one, and where. */
        private String place(JsonLocation at) {
            StringBuilder s = new StringBuilder();
            if (inRecord) {
                s.append("record ").append(records);
            }
            if (at != null && at.getLineNr() > 0) {
                s.append(s.length() > 0 ? ", " : "")
                        .append("line ")
                        .append(at.getLineNr())
                        .append(':')
                        .append(at.getColumnNr());
            }
            return s.length() == 0 ? null : s.toString();
        }

        /** A fault that stops the reading of the document, reported once by {@link #run}. */
        private static final class Fatal extends RuntimeException {
            private final transient SourceFormatException fault;

            Fatal(SourceFormatException fault) {
                super(fault.getMessage(), null, false, false);
                this.fault = fault;
            }
        }

        private static void close(JsonParser parser) {
            if (parser == null) {
                return;
            }
            try {
                parser.close();
            } catch (IOException e) {
                // the input stream belongs to the caller, who closes it and sees its faults
            }
        }
    }
}
