package fr.qlod.parse;

import fr.qlod.model.Entity;
import fr.qlod.model.SourceFormat;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads AMO open data in XML: per-entity files ({@code <acteur xmlns="http://schemas.assemblee-nationale.fr/referentiel">…})
 * and the combined export ({@code <export><organes><organe>…</organe>…</organes><acteurs>…</acteurs></export>}),
 * streamed with StAX: only one record is held in memory at a time. DTDs and external entities
 * are refused.
 */
final class AmoXmlReader implements QuestionReader {
    /** The root element's name after an optional prolog (declaration, comments, doctype). */
    private static final Pattern ROOT = Pattern.compile(
            "^\\uFEFF?\\s*(?:(?:<\\?.*?\\?>|<!--.*?-->|<!DOCTYPE[^\\[>]*(?:\\[.*?\\])?\\s*>)\\s*)*<(?:[\\w.-]+:)?(acteur|mandat|organe|export)[\\s/>]",
            Pattern.DOTALL);

    private static final Pattern DECLARED_ENCODING =
            Pattern.compile("^\\uFEFF?\\s*<\\?xml[^>]*encoding\\s*=", Pattern.DOTALL);
    private static final String NIL = "nil";

    @Override
    public SourceFormat format() {
        return SourceFormat.AMO_XML;
    }

    @Override
    public boolean accepts(byte[] head, String headText) {
        return ROOT.matcher(headText).find();
    }

    @Override
    public void read(Input input, Consumer<? super Entity> sink, Problems problems) {
        AmoRecords mapper = new AmoRecords(format(), input.name(), sink, problems);
        XMLStreamReader xml = null;
        try {
            xml = open(input);
            toRoot(xml, input.name());
            String root = xml.getLocalName();
            if (AmoRecords.RECORDS.contains(root)) {
                mapper.accept(node(xml));
            } else if (AmoRecords.EXPORT.equals(root)) {
                readExport(xml, mapper);
            } else {
                throw new SourceFormatException(
                        input.name(), place(xml.getLocation()), "root <" + root + "> is not AMO");
            }
            while (xml.hasNext()) {
                xml.next();
            }
            if (mapper.count() == 0) {
                throw new SourceFormatException(input.name(), null, "no acteur, mandat or organe");
            }
        } catch (XMLStreamException e) {
            Location at = e.getLocation() != null ? e.getLocation() : xml == null ? null : xml.getLocation();
            throw new SourceFormatException(input.name(), place(at), "malformed XML: " + message(e), e);
        } finally {
            close(xml);
        }
    }

    private XMLStreamReader open(Input input) throws XMLStreamException {
        byte[] head = input.head();
        String text = input.headText();
        if (AmoCharset.isUtf8(head)
                || AmoCharset.isWide(head)
                || DECLARED_ENCODING.matcher(text).find()) {
            return SecureXml.factory().createXMLStreamReader(input.stream());
        }
        return SecureXml.factory()
                .createXMLStreamReader(new InputStreamReader(input.stream(), AmoCharset.WINDOWS_1252));
    }

    /** Moves to the root element; a document type declaration is refused outright, whatever it declares. */
    private static void toRoot(XMLStreamReader xml, String file) throws XMLStreamException {
        int event = xml.getEventType();
        while (event != XMLStreamConstants.START_ELEMENT) {
            if (event == XMLStreamConstants.DTD) {
                throw new SourceFormatException(
                        file, place(xml.getLocation()), "document type declarations are refused");
            }
            if (event == XMLStreamConstants.CHARACTERS && !xml.isWhiteSpace()) {
                throw new SourceFormatException(file, place(xml.getLocation()), "text before the root element");
            }
            event = xml.next();
        }
    }

    /** {@code export}: records directly under it or one level down ({@code organes/organe}, {@code acteurs/acteur}). */
    private void readExport(XMLStreamReader xml, AmoRecords mapper) throws XMLStreamException {
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            if (AmoRecords.RECORDS.contains(xml.getLocalName())) {
                accept(xml, mapper);
                continue;
            }
            while (nextElement(xml)) {
                if (AmoRecords.RECORDS.contains(xml.getLocalName())) {
                    accept(xml, mapper);
                } else {
                    skip(xml);
                }
            }
        }
    }

    private static void accept(XMLStreamReader xml, AmoRecords mapper) throws XMLStreamException {
        AmoNode node = node(xml);
        if (node != null) {
            mapper.accept(node);
        }
    }

    /** Moves to the next child element (true) or to the parent's end (false), skipping text. */
    private static boolean nextElement(XMLStreamReader xml) throws XMLStreamException {
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                return false;
            }
        }
    }

    private static void skip(XMLStreamReader xml) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /** The tree of the element at the cursor, which ends on its end tag; null for {@code xsi:nil="true"}. */
    static AmoNode node(XMLStreamReader xml) throws XMLStreamException {
        String name = xml.getLocalName();
        Map<String, String> attributes = new HashMap<>();
        boolean nil = false;
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String prefix = xml.getAttributePrefix(i);
            String local = xml.getAttributeLocalName(i);
            attributes.put(prefix == null || prefix.isEmpty() ? local : prefix + ":" + local, xml.getAttributeValue(i));
            if (NIL.equals(local) && XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI.equals(xml.getAttributeNamespace(i))) {
                nil = "true".equals(xml.getAttributeValue(i).strip());
            }
        }
        List<AmoNode> children = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                AmoNode child = node(xml);
                if (child != null) {
                    children.add(child);
                }
            } else if (event == XMLStreamConstants.CHARACTERS
                    || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) {
                text.append(xml.getText());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                break;
            }
        }
        if (nil) {
            return null;
        }
        String own = children.isEmpty() || !text.toString().isBlank() ? text.toString() : null;
        return new AmoNode(name, attributes, own, children);
    }

    private static void close(XMLStreamReader xml) {
        if (xml == null) {
            return;
        }
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // the document was already read or already failed; nothing more to report
        }
    }

    private static String place(Location location) {
        if (location == null || location.getLineNumber() < 0) {
            return null;
        }
        return "line " + location.getLineNumber() + ":" + location.getColumnNumber();
    }

    /** The parser's message without the location prefix it repeats ("ParseError at [row,col]:[3,5]\nMessage: …"). */
    private static String message(XMLStreamException e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        int at = m.indexOf("Message: ");
        return at >= 0 ? m.substring(at + "Message: ".length()).strip() : m.strip();
    }
}
