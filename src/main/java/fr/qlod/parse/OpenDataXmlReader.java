package fr.qlod.parse;

import com.fasterxml.jackson.databind.JsonNode;
import fr.qlod.model.Entity;
import fr.qlod.model.SourceFormat;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads open-data question records in XML: a single record ({@code <question xsi:type=…>}, one
 * file per question as in the legislature XV+ zips, namespaced) or a whole dump
 * ({@code <questionsEcrites><question>…</question>…</questionsEcrites>}, legislature XIV).
 * Streams with StAX, one record at a time; DTDs and external entities are refused, so no
 * document can make the reader fetch or disclose a file.
 */
final class OpenDataXmlReader implements QuestionReader {
    private static final String RECORD = "question";
    private static final String DUMP_PREFIX = "questions";
    /** Skips the prolog (declaration, comments, processing instructions, DOCTYPE) to the root's name. */
    private static final Pattern ROOT = Pattern.compile(
            "\\A\\s*(?:(?:<\\?.*?\\?>|<!--.*?-->|<!DOCTYPE(?:[^\\[>]|\\[.*?\\])*>)\\s*)*<([A-Za-z_][\\w.\\-]*:)?([A-Za-z_][\\w.\\-]*)",
            Pattern.DOTALL);

    private final XmlRecordTree trees = new XmlRecordTree(Set.of("texte"));

    @Override
    public SourceFormat format() {
        return SourceFormat.OPENDATA_XML;
    }

    @Override
    public boolean accepts(byte[] head, String headText) {
        Matcher m = ROOT.matcher(headText.replace("\uFEFF", ""));
        if (!m.lookingAt()) {
            return false;
        }
        String root = m.group(2);
        return root.equals(RECORD) || root.startsWith(DUMP_PREFIX);
    }

    @Override
    public void read(Input input, Consumer<? super Entity> sink, Problems problems) {
        String file = input.name();
        XMLStreamReader r = null;
        int records = 0;
        boolean inRecord = false;
        try {
            r = SecureXml.factory().createXMLStreamReader(input.stream());
            while (r.hasNext()) {
                if (r.next() != XMLStreamConstants.START_ELEMENT || !RECORD.equals(r.getLocalName())) {
                    continue;
                }
                records++;
                inRecord = true;
                String place = place(records, r.getLocation());
                JsonNode tree = trees.element(r);
                inRecord = false;
                OpenDataRecords.emit(tree, SourceFormat.OPENDATA_XML, file, place, sink, problems);
            }
            if (records == 0) {
                problems.report(new SourceFormatException(file, null, "holds no question record"));
            }
        } catch (XMLStreamException e) {
            problems.report(new SourceFormatException(
                    file, place(inRecord ? records : 0, e.getLocation()), "malformed XML: " + message(e), e));
        } finally {
            close(r);
        }
    }

    private static String place(int record, Location at) {
        StringBuilder s = new StringBuilder();
        if (record > 0) {
            s.append("record ").append(record);
        }
        if (at != null && at.getLineNumber() > 0) {
            s.append(s.length() > 0 ? ", " : "")
                    .append("line ")
                    .append(at.getLineNumber())
                    .append(':')
                    .append(at.getColumnNumber());
        }
        return s.length() == 0 ? null : s.toString();
    }

    /** The parser's own words, without the location prefix the JDK's parser puts in front. */
    private static String message(XMLStreamException e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        int marker = m.indexOf("\nMessage: ");
        return (marker >= 0 ? m.substring(marker + "\nMessage: ".length()) : m).strip();
    }

    private static void close(XMLStreamReader r) {
        if (r == null) {
            return;
        }
        try {
            r.close();
        } catch (XMLStreamException e) {
            // closing a StAX reader does not close the caller's stream; nothing to release here
        }
    }
}
