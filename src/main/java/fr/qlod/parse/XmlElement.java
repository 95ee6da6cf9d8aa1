package fr.qlod.parse;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A small, read-only element tree for one-question XML documents, built with StAX with DTDs
 * and external entities switched off, so that an XML external entity can never be resolved.
 * Text is the element's own character data (CDATA included), never its children's.
 */
final class XmlElement {
    private final String name;
    private final Map<String, String> attributes;
    private final List<XmlElement> children = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final String place;

    private XmlElement(String name, Map<String, String> attributes, String place) {
        this.name = name;
        this.attributes = attributes;
        this.place = place;
    }

    /**
     * Parses a whole document.
     *
     * @throws SourceFormatException naming the file and "line L:C" for malformed or truncated XML
     */
    static XmlElement parse(String file, String xml) {
        XMLStreamReader reader = null;
        try {
            reader = SecureXml.factory().createXMLStreamReader(new StringReader(xml));
            Deque<XmlElement> open = new ArrayDeque<>();
            XmlElement root = null;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    Map<String, String> attributes = new LinkedHashMap<>();
                    for (int i = 0; i < reader.getAttributeCount(); i++) {
                        attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
                    }
                    XmlElement element = new XmlElement(reader.getLocalName(), attributes, place(reader.getLocation()));
                    if (open.isEmpty()) {
                        root = element;
                    } else {
                        open.peek().children.add(element);
                    }
                    open.push(element);
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    open.pop();
                } else if (event == XMLStreamConstants.CHARACTERS
                        || event == XMLStreamConstants.CDATA
                        || event == XMLStreamConstants.SPACE) {
                    if (!open.isEmpty()) {
                        open.peek().text.append(reader.getText());
                    }
                } else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw new SourceFormatException(
                            file,
                            place(reader.getLocation()),
                            "entity reference &" + reader.getLocalName() + "; refused");
                }
            }
            if (root == null) {
                throw new SourceFormatException(file, null, "no root element");
            }
            return root;
        } catch (XMLStreamException e) {
            throw new SourceFormatException(file, place(e.getLocation()), "malformed XML: " + message(e), e);
        } finally {
            close(reader);
        }
    }

    private static void close(XMLStreamReader reader) {
        if (reader == null) {
            return;
        }
        try {
            reader.close();
        } catch (XMLStreamException e) {
            // nothing left to release: the document is an in-memory string
        }
    }

    private static String place(Location location) {
        return location == null || location.getLineNumber() < 0
                ? null
                : "line " + location.getLineNumber() + ":" + location.getColumnNumber();
    }

    private static String message(XMLStreamException e) {
        String m = String.valueOf(e.getMessage());
        int at = m.indexOf("Message: ");
        return (at >= 0 ? m.substring(at + "Message: ".length()) : m).strip();
    }

    String name() {
        return name;
    }

    /** "line L:C" of the element's start tag. */
    String place() {
        return place;
    }

    /** An attribute, stripped; null when absent or blank. */
    String attribute(String attributeName) {
        String value = attributes.get(attributeName);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The first child of that name, or null. */
    XmlElement child(String childName) {
        for (XmlElement c : children) {
            if (c.name.equals(childName)) {
                return c;
            }
        }
        return null;
    }

    /** Every child of that name, in document order. */
    List<XmlElement> children(String childName) {
        List<XmlElement> out = new ArrayList<>();
        for (XmlElement c : children) {
            if (c.name.equals(childName)) {
                out.add(c);
            }
        }
        return out;
    }

    /** The element's own text, stripped; null when blank. */
    String text() {
        String t = text.toString().strip();
        return t.isEmpty() ? null : t;
    }

    /** The text of the first child of that name; null when absent or blank. */
    String childText(String childName) {
        XmlElement c = child(childName);
        return c == null ? null : c.text();
    }
}
