package fr.qlod.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

/**
 * The practical limit of a conversion: reads the same inputs as {@code qlod convert} and does
 * nothing else. The JSON dump is streamed with Jackson, one tree per question (as
 * {@code OpenDataJsonReader} does); the zip of XML files is read entry by entry and parsed with the
 * JDK's StAX reader (Jackson has no XML module on qlod's classpath), visiting every text node.
 * Prints {@code questions=N}.
 */
public final class ParseBaseline {
    private ParseBaseline() {}

    public static void main(String[] args) throws Exception {
        long questions = 0;
        long chars = 0;
        ObjectMapper mapper = new ObjectMapper();
        JsonFactory factory = mapper.getFactory();
        XMLInputFactory xml = XMLInputFactory.newFactory();
        for (String arg : args) {
            Path path = Path.of(arg);
            if (arg.endsWith(".zip")) {
                try (ZipFile zip = new ZipFile(path.toFile())) {
                    Enumeration<? extends ZipEntry> entries = zip.entries();
                    while (entries.hasMoreElements()) {
                        try (InputStream in = zip.getInputStream(entries.nextElement())) {
                            XMLStreamReader r = xml.createXMLStreamReader(in);
                            while (r.hasNext()) {
                                if (r.next() == XMLStreamConstants.CHARACTERS) {
                                    chars += r.getTextLength();
                                }
                            }
                            r.close();
                            questions++;
                        }
                    }
                }
            } else if (!path.getFileName().toString().startsWith("amo")) {
                try (InputStream in = Files.newInputStream(path);
                        JsonParser p = factory.createParser(in)) {
                    while (p.nextToken() != null) {
                        if (p.currentToken() == JsonToken.START_ARRAY && "question".equals(p.currentName())) {
                            while (p.nextToken() == JsonToken.START_OBJECT) {
                                JsonNode q = mapper.readTree(p);
                                chars += q.path("uid").asText().length();
                                questions++;
                            }
                        }
                    }
                }
            }
        }
        System.out.println("questions=" + questions + " chars=" + chars);
    }
}
