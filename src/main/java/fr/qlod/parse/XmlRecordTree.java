package fr.qlod.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Turns one XML element, read from a StAX stream, into a tree in the open data's JSON convention,
 * so that the XML and JSON forms of a record share one mapping: elements by local name (the
 * namespace is dropped), attributes as {@code @name} ({@code @xsi:type}), an element with text
 * only as a string, text beside attributes as {@code #text}, a repeated child as a list, an
 * empty or {@code xsi:nil} element as null. The HTML inside elements named in
 * {@code markupElements} is kept as a markup string whether it was escaped or written as
 * elements.
 */
final class XmlRecordTree {
    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    /** Deeper than any real record; refuses crafted documents before the stack does. */
    private static final int MAX_DEPTH = 64;

    private final JsonNodeFactory nodes = JsonNodeFactory.instance;
    private final Set<String> markupElements;

    XmlRecordTree(Set<String> markupElements) {
        this.markupElements = Set.copyOf(markupElements);
    }

    /**
     * Reads the element the stream is on (a START_ELEMENT) up to its END_ELEMENT.
     *
     * @throws XMLStreamException when the XML is malformed or nested too deep
     */
    JsonNode element(XMLStreamReader r) throws XMLStreamException {
        return element(r, 0);
    }

    private JsonNode element(XMLStreamReader r, int depth) throws XMLStreamException {
        if (depth > MAX_DEPTH) {
            throw new XMLStreamException("elements nested deeper than " + MAX_DEPTH, r.getLocation());
        }
        ObjectNode object = null;
        boolean nil = false;
        for (int i = 0; i < r.getAttributeCount(); i++) {
            String ns = r.getAttributeNamespace(i);
            String local = r.getAttributeLocalName(i);
            if (XSI.equals(ns) && "nil".equals(local)) {
                nil = "true".equals(r.getAttributeValue(i).strip());
                continue;
            }
            object = object == null ? nodes.objectNode() : object;
            object.put("@" + (XSI.equals(ns) ? "xsi:" : "") + local, r.getAttributeValue(i));
        }
        if (markupElements.contains(r.getLocalName())) {
            String markup = markup(r);
            return nil || markup.isBlank() ? nodes.nullNode() : nodes.textNode(markup);
        }
        StringBuilder text = new StringBuilder();
        for (int event = r.next(); event != XMLStreamConstants.END_ELEMENT; event = r.next()) {
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = r.getLocalName();
                JsonNode child = element(r, depth + 1);
                object = object == null ? nodes.objectNode() : object;
                add(object, name, child);
            } else if (isText(event)) {
                text.append(r.getText());
            }
        }
        if (nil) {
            return nodes.nullNode();
        }
        if (object == null) {
            return text.toString().isBlank() ? nodes.nullNode() : nodes.textNode(text.toString());
        }
        if (!text.toString().isBlank()) {
            object.put("#text", text.toString());
        }
        return object;
    }

    private void add(ObjectNode object, String name, JsonNode child) {
        JsonNode existing = object.get(name);
        if (existing == null) {
            object.set(name, child);
        } else if (existing.isArray()) {
            ((ArrayNode) existing).add(child);
        } else {
            ArrayNode list = nodes.arrayNode();
            list.add(existing);
            list.add(child);
            object.set(name, list);
        }
    }

    /** The content of the current element as markup: escaped HTML comes back as tags, child elements are re-serialised. */
    private static String markup(XMLStreamReader r) throws XMLStreamException {
        StringBuilder out = new StringBuilder();
        int open = 0;
        for (int event = r.next(); open > 0 || event != XMLStreamConstants.END_ELEMENT; event = r.next()) {
            if (event == XMLStreamConstants.START_ELEMENT) {
                open++;
                if (open > MAX_DEPTH) {
                    throw new XMLStreamException("markup nested deeper than " + MAX_DEPTH, r.getLocation());
                }
                out.append('<').append(r.getLocalName());
                for (int i = 0; i < r.getAttributeCount(); i++) {
                    out.append(' ')
                            .append(r.getAttributeLocalName(i))
                            .append("=\"")
                            .append(r.getAttributeValue(i).replace("\"", "&quot;"))
                            .append('"');
                }
                out.append('>');
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                open--;
                out.append("</").append(r.getLocalName()).append('>');
            } else if (isText(event)) {
                out.append(r.getText());
            }
        }
        return out.toString();
    }

    private static boolean isText(int event) {
        return event == XMLStreamConstants.CHARACTERS
                || event == XMLStreamConstants.CDATA
                || event == XMLStreamConstants.SPACE;
    }
}
