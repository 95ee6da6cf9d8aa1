package fr.qlod.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;

/**
 * {@code /fragments}: Triple Pattern Fragments (the Linked Data Fragments specification): {@code
 * ?subject=&predicate=&object=} in Hydra's explicit representation (an IRI as it is, a literal as
 * {@code "text"@fr} or {@code "1"^^http://…#integer}, a variable or nothing for a free position), in
 * pages of {@value #PAGE_SIZE} triples ({@code page=1…}), each with the count of matching triples
 * ({@code void:triples}, {@code hydra:totalItems}, from the store's indexes), the Hydra search form
 * and first/previous/next links. In N-Quads and TriG the data is the default graph and the metadata
 * a graph of its own, named as the spec says ({@code #metadata}, the fragment its primary topic);
 * in triple formats both are one graph; in HTML a form and a table.
 */
final class FragmentsServlet extends HttpServlet {
    static final String PATH = "/fragments";
    static final String SPEC = "https://linkeddatafragments.org/specification/triple-pattern-fragments/";
    static final int PAGE_SIZE = 100;
    static final List<Format> FORMATS = List.of(
            Format.TURTLE, Format.HTML, Format.TRIG, Format.NQUADS, Format.NTRIPLES, Format.JSONLD, Format.RDFXML);
    private static final String HYDRA = Labels.HYDRA;
    private static final int MAX_PAGE = 100_000;

    private final transient Site site;

    FragmentsServlet(Site site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<Format> chosen = Responses.negotiate(req, resp, FORMATS);
        if (chosen.isEmpty()) {
            return;
        }
        int page = pageNumber(req.getParameter("page"));
        if (page < 1) {
            Responses.error(
                    resp,
                    Responses.BAD_REQUEST,
                    "Page invalide",
                    "The page parameter is a number from 1 to " + MAX_PAGE + ".");
            return;
        }
        String s = req.getParameter("subject");
        String p = req.getParameter("predicate");
        String o = req.getParameter("object");
        Node subject = term(s);
        Node predicate = term(p);
        Node object = term(o);
        boolean impossible =
                subject.isLiteral() || predicate.isLiteral() || !predicate.isURI() && predicate != Node.ANY;
        Fragment fragment = impossible
                ? new Fragment(List.of(), 0, false)
                : site.fragment(subject, predicate, object, (long) (page - 1) * PAGE_SIZE, PAGE_SIZE);
        String origin = Responses.origin(req);
        String query = req.getQueryString();
        Node here = iri(origin + PATH + (query == null ? "" : "?" + query));
        Graph metadata = metadata(here, origin, new String[] {s, p, o}, page, fragment);
        Format format = chosen.get();
        byte[] body = format == Format.HTML
                ? html(s, p, o, page, fragment, Chrome.of(req, resp))
                : rdf(fragment, metadata, here, format);
        Responses.cache(resp, site);
        Responses.sendConditional(req, resp, format, body, site.dataTime());
    }

    private Graph metadata(Node here, String origin, String[] given, int page, Fragment fragment) {
        Graph g = GraphFactory.createDefaultGraph();
        Node dataset = iri(origin + PATH + "#dataset");
        Node search = iri(origin + PATH + "#search");
        add(g, dataset, RDF.type.asNode(), VOID.Dataset.asNode());
        add(g, dataset, RDF.type.asNode(), iri(HYDRA + "Collection"));
        add(g, dataset, VOID.subset.asNode(), here);
        add(g, dataset, iri(HYDRA + "search"), search);
        add(
                g,
                search,
                iri(HYDRA + "template"),
                NodeFactory.createLiteralString(origin + PATH + "{?subject,predicate,object}"));
        add(g, search, iri(HYDRA + "variableRepresentation"), iri(HYDRA + "ExplicitRepresentation"));
        String[] names = {"subject", "predicate", "object"};
        Node[] properties = {RDF.subject.asNode(), RDF.predicate.asNode(), RDF.object.asNode()};
        for (int i = 0; i < names.length; i++) {
            Node mapping = iri(origin + PATH + "#" + names[i]);
            add(g, search, iri(HYDRA + "mapping"), mapping);
            add(g, mapping, iri(HYDRA + "variable"), NodeFactory.createLiteralString(names[i]));
            add(g, mapping, iri(HYDRA + "property"), properties[i]);
        }
        add(g, here, RDF.type.asNode(), iri(HYDRA + "PartialCollectionView"));
        add(g, here, DCTerms.title.asNode(), NodeFactory.createLiteralLang("Fragment de triplets", "fr"));
        add(g, here, DCTerms.source.asNode(), dataset);
        Node count = NodeFactory.createLiteralDT(Long.toString(fragment.estimate()), XSDDatatype.XSDinteger);
        add(g, here, VOID.triples.asNode(), count);
        add(g, here, iri(HYDRA + "totalItems"), count);
        add(
                g,
                here,
                iri(HYDRA + "itemsPerPage"),
                NodeFactory.createLiteralDT(Integer.toString(PAGE_SIZE), XSDDatatype.XSDinteger));
        add(g, here, iri(HYDRA + "first"), iri(pageUrl(origin, given, 1)));
        if (page > 1) {
            add(g, here, iri(HYDRA + "previous"), iri(pageUrl(origin, given, page - 1)));
        }
        if (fragment.hasNext()) {
            add(g, here, iri(HYDRA + "next"), iri(pageUrl(origin, given, page + 1)));
        }
        return g;
    }

    private static byte[] rdf(Fragment fragment, Graph metadata, Node here, Format format) {
        Graph data = GraphFactory.createDefaultGraph();
        fragment.triples().forEach(data::add);
        if (!format.isQuads()) {
            metadata.find().forEach(data::add);
            return Responses.rdf(data, format);
        }
        DatasetGraph dataset = DatasetGraphFactory.createGeneral();
        data.find().forEach(t -> dataset.getDefaultGraph().add(t));
        Node graph = iri(here.getURI() + "#metadata");
        metadata.find().forEach(t -> dataset.add(graph, t.getSubject(), t.getPredicate(), t.getObject()));
        dataset.add(graph, graph, FOAF.primaryTopic.asNode(), here);
        dataset.prefixes().putAll(Labels.PREFIXES);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFWriter.source(dataset).format(format.rdf()).output(out);
        return out.toByteArray();
    }

    /** A field of the form: the parameter and the value it was given. */
    record Field(String name, String value) {}

    private byte[] html(String s, String p, String o, int page, Fragment fragment, Chrome chrome) {
        PageRenderer renderer = new PageRenderer(site);
        Graph g = GraphFactory.createDefaultGraph();
        fragment.triples().forEach(g::add);
        List<List<Cell>> triples = new ArrayList<>();
        for (Triple t : fragment.triples()) {
            triples.add(List.of(
                    renderer.cell(g, t.getSubject(), chrome.lang()),
                    renderer.cell(g, t.getPredicate(), chrome.lang()),
                    renderer.cell(g, t.getObject(), chrome.lang())));
        }
        String[] given = {s, p, o};
        Map<String, Object> params = new HashMap<>();
        params.put("chrome", chrome);
        params.put("spec", SPEC);
        params.put("pageSize", PAGE_SIZE);
        params.put(
                "fields",
                List.of(
                        new Field("subject", s == null ? "" : s),
                        new Field("predicate", p == null ? "" : p),
                        new Field("object", o == null ? "" : o)));
        params.put("estimate", fragment.estimate());
        params.put("page", page);
        params.put("triples", triples);
        params.put("previous", page > 1 ? pageUrl("", given, page - 1) : null);
        params.put("next", fragment.hasNext() ? pageUrl("", given, page + 1) : null);
        return Templates.render("fragments.jte", params);
    }

    /** The URL of a page of the fragment with the given parameters; page 1 has no page parameter. */
    private static String pageUrl(String origin, String[] given, int page) {
        StringBuilder url = new StringBuilder(origin).append(PATH);
        String[] names = {"subject", "predicate", "object"};
        char sep = '?';
        for (int i = 0; i < names.length; i++) {
            if (given[i] != null && !given[i].isEmpty()) {
                url.append(sep)
                        .append(names[i])
                        .append('=')
                        .append(URLEncoder.encode(given[i], StandardCharsets.UTF_8));
                sep = '&';
            }
        }
        if (page > 1) {
            url.append(sep).append("page=").append(page);
        }
        return url.toString();
    }

    /**
     * A parameter in Hydra's explicit representation as a term: {@link Node#ANY} when absent, empty
     * or a variable; a blank node matches nothing, so it becomes a fresh one.
     */
    static Node term(String value) {
        if (value == null || value.isBlank() || value.startsWith("?")) {
            return Node.ANY;
        }
        String v = value.strip();
        if (v.startsWith("_:")) {
            return NodeFactory.createBlankNode();
        }
        if (v.startsWith("\"")) {
            int close = v.lastIndexOf('"');
            if (close <= 0) {
                return NodeFactory.createLiteralString(v.substring(1));
            }
            String lexical = v.substring(1, close);
            String rest = v.substring(close + 1);
            if (rest.startsWith("@") && rest.length() > 1) {
                return NodeFactory.createLiteralLang(lexical, rest.substring(1));
            }
            if (rest.startsWith("^^")) {
                String type = rest.substring(2);
                if (type.startsWith("<") && type.endsWith(">")) {
                    type = type.substring(1, type.length() - 1);
                }
                return NodeFactory.createLiteralDT(
                        lexical, TypeMapper.getInstance().getSafeTypeByName(type));
            }
            return NodeFactory.createLiteralString(lexical);
        }
        return iri(v.startsWith("<") && v.endsWith(">") ? v.substring(1, v.length() - 1) : v);
    }

    private static int pageNumber(String value) {
        if (value == null) {
            return 1;
        }
        try {
            int n = Integer.parseInt(value.trim());
            return n > MAX_PAGE ? -1 : n;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static void add(Graph g, Node s, Node p, Node o) {
        g.add(Triple.create(s, p, o));
    }
}
