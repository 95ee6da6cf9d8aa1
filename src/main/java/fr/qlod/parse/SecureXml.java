package fr.qlod.parse;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;

/**
 * The one way qlod's readers get a StAX factory: no DTD, no external entity or DTD access, and a
 * resolver that refuses every external resource, so that an XML external entity can never be
 * resolved, whatever a document declares; nesting deeper than {@link #MAX_DEPTH} is refused. Text is
 * coalesced and names are namespace-aware.
 */
final class SecureXml {
    /** Deeper nesting than any real question record, refused before it can exhaust anything. */
    static final int MAX_DEPTH = 256;

    private static final String MAX_ELEMENT_DEPTH = "http://www.oracle.com/xml/jaxp/properties/maxElementDepth";

    private SecureXml() {}

    /** A new factory (StAX factories are not promised to be thread-safe; one per document is cheap). */
    static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setProperty(MAX_ELEMENT_DEPTH, MAX_DEPTH);
        f.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("external resource refused: " + systemId);
        });
        return f;
    }
}
