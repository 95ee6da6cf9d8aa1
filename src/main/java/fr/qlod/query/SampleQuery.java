package fr.qlod.query;

import fr.qlod.parse.SourceFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.out.NodeFmtLib;

/**
 * A SPARQL query with its header comment: a first line saying what it answers, {@code # param name = value}
 * lines giving each {@code ?_name} placeholder a default, and a {@code # columns:} line. The shipped
 * queries live on the classpath under {@value #FOLDER} (the project's {@code queries/} folder).
 *
 * <p>Parameter values, on the command line and in the header, are read as: an IRI when written
 * {@code <…>} or starting with {@code http://} or {@code https://}; an {@code xsd:date} when
 * {@code yyyy-mm-dd}; an {@code xsd:integer} when all digits; a language-tagged literal when written
 * {@code "text"@fr}; otherwise a plain string (quotes around it are removed).
 */
public record SampleQuery(String name, String source, String text, String title, Map<String, String> defaults) {
    public static final String FOLDER = "/fr/qlod/queries/";
    public static final String PARAM_PREFIX = "_";
    /** The base the shipped queries' default IRIs are written on: the demo's and {@code qlod load}'s default. */
    public static final String DEFAULTS_BASE = "http://localhost:3030/";

    private static final Pattern PARAM_LINE =
            Pattern.compile("^#\\s*param\\s+(\\w+)\\s*=\\s*(\"[^\"]*\"(?:@[\\w-]+)?|\\S+).*$");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\?" + PARAM_PREFIX + "(\\w+)");
    private static final Pattern ERROR_PLACE = Pattern.compile("line (\\d+), column (\\d+)");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern LANG_LITERAL = Pattern.compile("\"(.*)\"@([a-zA-Z]{1,8}(?:-[a-zA-Z0-9]{1,8})*)");

    public SampleQuery {
        defaults = Collections.unmodifiableMap(new LinkedHashMap<>(defaults));
    }

    /** Reads a query's text and header; {@code source} names it in messages. */
    public static SampleQuery of(String name, String source, String text) {
        String title = "";
        Map<String, String> defaults = new LinkedHashMap<>();
        for (String line : text.lines().toList()) {
            String stripped = line.strip();
            if (!stripped.startsWith("#")) {
                if (stripped.isEmpty()) {
                    continue;
                }
                break;
            }
            if (title.isEmpty()) {
                title = stripped.replaceFirst("^#\\s*", "");
            }
            Matcher param = PARAM_LINE.matcher(stripped);
            if (param.matches()) {
                defaults.put(param.group(1), param.group(2));
            }
        }
        return new SampleQuery(name, source, text, title, defaults);
    }

    /** Reads a query file. */
    public static SampleQuery read(Path file) throws IOException {
        String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
        return of(name, file.toString(), Files.readString(file, StandardCharsets.UTF_8));
    }

    /** The shipped query of that name (the file name without {@code .rq}), if there is one. */
    public static Optional<SampleQuery> shipped(String name) {
        if (!name.matches("[\\w-]+")) {
            return Optional.empty();
        }
        try (InputStream in = SampleQuery.class.getResourceAsStream(FOLDER + name + ".rq")) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(of(name, name + ".rq", new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the shipped query " + name + ": " + e.getMessage(), e);
        }
    }

    /** Every shipped query, sorted by name. */
    public static List<SampleQuery> shipped() {
        List<String> names = new ArrayList<>();
        URL folder = SampleQuery.class.getResource(FOLDER);
        if (folder == null) {
            throw new IllegalStateException("the jar lacks the query folder " + FOLDER);
        }
        try {
            URI uri = folder.toURI();
            if (uri.getScheme().equals("jar")) {
                FileSystem open;
                try {
                    open = FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    open = null;
                }
                if (open != null) {
                    names.addAll(names(open.getPath(FOLDER)));
                } else {
                    try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                        names.addAll(names(jar.getPath(FOLDER)));
                    }
                }
            } else {
                names.addAll(names(Path.of(uri)));
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot list the shipped queries: " + e.getMessage(), e);
        }
        Collections.sort(names);
        return names.stream().map(n -> shipped(n).orElseThrow()).toList();
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".rq"))
                    .map(n -> n.substring(0, n.length() - 3))
                    .toList();
        }
    }

    /**
     * The same query with the default IRIs written on {@value #DEFAULTS_BASE} moved onto another
     * base, so that they name resources of a store loaded with that base.
     */
    public SampleQuery rebased(String base) {
        if (base.equals(DEFAULTS_BASE)) {
            return this;
        }
        Map<String, String> moved = new LinkedHashMap<>();
        defaults.forEach((k, v) -> moved.put(k, v.replace(DEFAULTS_BASE, base)));
        return new SampleQuery(name, source, text, title, moved);
    }

    /** The parameter names the query text uses as {@code ?_name}, in order of appearance. */
    public List<String> placeholders() {
        List<String> names = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            if (!names.contains(m.group(1))) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    /**
     * Parses the query.
     *
     * @throws SourceFormatException naming the line and column of a syntax error
     */
    public Query parse() {
        try {
            return QueryFactory.create(text, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            // Jena positions the exception on the last good token, its message on the offending one.
            Matcher at = ERROR_PLACE.matcher(e.getMessage() == null ? "" : e.getMessage());
            String place = at.find()
                    ? "line " + at.group(1) + ":" + at.group(2)
                    : e.getLine() > 0 ? "line " + e.getLine() + ":" + e.getColumn() : null;
            throw new SourceFormatException(source, place, "not a valid SPARQL query: " + firstLine(e.getMessage()), e);
        }
    }

    /**
     * The value of every placeholder: the given value, else the header's default.
     *
     * @throws IllegalArgumentException naming an unknown parameter, a missing value or a bad one
     */
    public Map<String, Node> bindings(Map<String, String> given) {
        List<String> used = placeholders();
        for (String key : given.keySet()) {
            if (!used.contains(key)) {
                throw new IllegalArgumentException("the query " + name + " has no parameter " + key
                        + (used.isEmpty() ? "" : " (it has: " + String.join(", ", used) + ")"));
            }
        }
        Map<String, Node> values = new LinkedHashMap<>();
        for (String key : used) {
            String value = given.containsKey(key) ? given.get(key) : defaults.get(key);
            if (value == null) {
                throw new IllegalArgumentException("the query " + name + " needs --param " + key + "=VALUE");
            }
            values.put(PARAM_PREFIX + key, node(value));
        }
        return values;
    }

    /**
     * The query's text with every placeholder replaced by its value (given, else the header's
     * default) in SPARQL syntax, comments kept: a query anyone can paste into a SPARQL endpoint.
     *
     * @throws IllegalArgumentException as {@link #bindings}
     */
    public String boundText(Map<String, String> given) {
        Map<String, Node> values = bindings(given);
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(NodeFmtLib.strNT(values.get(PARAM_PREFIX + m.group(1)))));
        }
        return m.appendTail(out).toString();
    }

    /** Reads a parameter value as an RDF term (see the class comment). */
    public static Node node(String value) {
        String v = value.strip();
        if (v.startsWith("<") && v.endsWith(">") && v.length() > 2) {
            return iri(v.substring(1, v.length() - 1));
        }
        if (v.startsWith("http://") || v.startsWith("https://")) {
            return iri(v);
        }
        if (DATE.matcher(v).matches()) {
            if (!XSDDatatype.XSDdate.isValid(v)) {
                throw new IllegalArgumentException("not a date: " + v);
            }
            return NodeFactory.createLiteralDT(v, XSDDatatype.XSDdate);
        }
        if (v.matches("\\d+")) {
            return NodeFactory.createLiteralDT(v, XSDDatatype.XSDinteger);
        }
        Matcher lang = LANG_LITERAL.matcher(v);
        if (lang.matches()) {
            return NodeFactory.createLiteralLang(lang.group(1), lang.group(2));
        }
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
            v = v.substring(1, v.length() - 1);
        }
        return NodeFactory.createLiteralString(v);
    }

    private static Node iri(String iri) {
        try {
            if (!new URI(iri).isAbsolute()) {
                throw new IllegalArgumentException("not an absolute IRI: " + iri);
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not an IRI: " + iri);
        }
        return NodeFactory.createURI(iri);
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
