package fr.qlod.web;

import fr.qlod.mapping.Qlod;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.RDFS;

/**
 * Builds the pages of {@link Subject}s. In the default order (newest first) a page reads only its
 * own 25 questions; any other order reads all the resource's questions, then sorts and pages them
 * here. Both are read once per page, or once per server when the store cannot change while served
 * (in small caches).
 */
final class SubjectPages {
    /** The most subjects whose questions are kept. */
    static final int CACHE_SIZE = 256;

    private static final String MANDATES =
            """
            PREFIX org: <http://www.w3.org/ns/org#>
            PREFIX qlod: <https://w3id.org/qlod#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?organ ?organLabel ?code ?start ?end ?constituency ?constituencyLabel WHERE {
              ?m org:member ?x ; org:organization ?organ .
              OPTIONAL { ?organ qlod:organTypeCode ?code }
              OPTIONAL { ?organ rdfs:label ?organLabel FILTER(LANGMATCHES(LANG(?organLabel), "fr")) }
              OPTIONAL { ?m org:memberDuring ?p OPTIONAL { ?p qlod:startDate ?start } OPTIONAL { ?p qlod:endDate ?end } }
              OPTIONAL { ?m qlod:constituency ?constituency OPTIONAL { ?constituency rdfs:label ?constituencyLabel } }
              FILTER(?code IN ("ASSEMBLEE", "GP") || BOUND(?constituency))
            } ORDER BY ?start ?organ""";

    private final Site site;
    private final PageRenderer renderer;
    private final QuestionRows rows;
    private final RowCache<List<QuestionRow>> cache;
    private final RowCache<QuestionRows.Page> newest;
    private final RowCache<List<QuestionRow>> sorted;
    private final SliceFigures slices;
    private final RowCache<List<Cell>> mandates;
    private final RowCache<Figures> figures;

    SubjectPages(Site site, PageRenderer renderer) {
        this.site = site;
        this.renderer = renderer;
        this.rows = new QuestionRows(site);
        this.cache = new RowCache<>(site, CACHE_SIZE);
        this.newest = new RowCache<>(site, CACHE_SIZE);
        this.sorted = new RowCache<>(site, CACHE_SIZE);
        this.slices = new SliceFigures(site);
        this.mandates = new RowCache<>(site, CACHE_SIZE);
        this.figures = new RowCache<>(site, CACHE_SIZE);
    }

    byte[] render(Subject kind, Description d, ResourcePath path, Chrome chrome, TableRequest request) {
        Node resource = d.resource();
        String lang = chrome.lang();
        Supplier<List<QuestionRow>> questions = () -> questions(kind, resource, lang);
        Graph g = d.about();
        List<Fact> identity = new ArrayList<>();
        List<Cell> mandates = List.of();
        if (kind == Subject.DEPUTY) {
            add(identity, "name", chrome.t("subject.identity"), literal(g, resource, FOAF.name.asNode()));
            LocalDate born = Dates.of(QuestionPages.one(g, resource, Qlod.Nodes.birthDate));
            String place = literal(g, resource, Qlod.Nodes.birthPlace);
            if (born != null || place != null) {
                add(
                        identity,
                        "born",
                        chrome.t("subject.born"),
                        (born == null ? "" : Dates.show(born, lang))
                                + (place == null ? "" : (born == null ? "" : ", ") + place));
            }
            List<Cell> links = new ArrayList<>();
            g.find(resource, RDFS.seeAlso.asNode(), Node.ANY).forEach(t -> {
                if (t.getObject().isURI() && t.getObject().getURI().contains("nosdeputes.fr")) {
                    links.add(Cell.link(
                            chrome.t("official.nosdeputes") + " ("
                                    + host(t.getObject().getURI()) + ")",
                            t.getObject().getURI()));
                }
            });
            if (!links.isEmpty()) {
                identity.add(new Fact("nosdeputes", chrome.t("official.nosdeputes"), links, null));
            }
            mandates = mandates(resource, chrome);
        } else {
            LocalDate start = Dates.of(QuestionPages.one(g, resource, Qlod.Nodes.startDate));
            LocalDate end = Dates.of(QuestionPages.one(g, resource, Qlod.Nodes.endDate));
            if (start != null) {
                add(identity, "period", chrome.t("subject.since"), period(start, end, lang));
            }
        }
        String base = LinkedDataServlet.DOC + path.local() + "?";
        QuestionTable table = table(kind, resource, request, base, chrome, questions);
        Figures figures = figures(kind, resource, chrome, questions);
        return Templates.render(
                "subject.jte",
                new SubjectPage(
                        chrome,
                        renderer.generic(d, path, chrome),
                        kind,
                        identity,
                        mandates,
                        figures,
                        figures.fromStatistics() && kind == Subject.MINISTRY
                                ? chrome.t("subject.figures.ministry")
                                : null,
                        table));
    }

    /**
     * The page of the table the request asks for. In the default order (newest first) only that
     * page's questions are read, unless all the subject's rows are already kept; any other order
     * sorts all of them, once per order while they are kept.
     */
    private QuestionTable table(
            Subject kind,
            Node resource,
            TableRequest request,
            String base,
            Chrome chrome,
            Supplier<List<QuestionRow>> questions) {
        String lang = chrome.lang();
        List<QuestionRow> kept = cache.peek(lang + " " + resource.getURI());
        if (kept != null || !request.sort().equals(TableRequest.DEFAULT_SORT)) {
            List<QuestionRow> all = kept != null ? kept : questions.get();
            // sorted once per order while the rows are kept: a ministry's 20,000 rows took longer to
            // sort than the rest of its page to render
            List<QuestionRow> sorted =
                    this.sorted.get(lang + " " + request.sort() + " " + resource.getURI(), () -> request.sorted(all));
            return QuestionTable.ofSorted(sorted, request, base, chrome);
        }
        QuestionRows.Page page = newest.get(
                lang + " " + request.page() + " " + resource.getURI(),
                () -> rows.newest(kind.pattern(resource), request.page(), TableRequest.PAGE_SIZE, lang));
        return QuestionTable.of(page.rows(), page.total(), request, base, chrome);
    }

    private List<QuestionRow> questions(Subject kind, Node resource, String lang) {
        return cache.get(lang + " " + resource.getURI(), () -> rows.matching(kind.pattern(resource), lang));
    }

    /**
     * The figures of the subject's slices or, without a slice (a tête d'analyse or an analyse, a
     * remote store), counted from its rows; kept while the store cannot change, so that a page
     * counted from 20,000 rows counts them once, not at every request.
     */
    private Figures figures(Subject kind, Node resource, Chrome chrome, Supplier<List<QuestionRow>> rows) {
        return figures.get(chrome.lang() + " " + resource.getURI(), () -> {
            Figures read = slices.read(kind, resource, chrome, rows);
            return read != null ? read : Figures.of(rows.get(), chrome);
        });
    }

    /** The deputy's seats (with their constituency) and groups, oldest first; kept while the store cannot change. */
    private List<Cell> mandates(Node person, Chrome chrome) {
        return mandates.get(chrome.lang() + " " + person.getURI(), () -> readMandates(person, chrome));
    }

    private List<Cell> readMandates(Node person, Chrome chrome) {
        String lang = chrome.lang();
        ParameterizedSparqlString q = new ParameterizedSparqlString(MANDATES);
        q.setIri("x", person.getURI());
        List<Cell> cells = new ArrayList<>();
        site.select(q.asQuery()).forEachRemaining(b -> {
            Node organ = b.get("organ");
            // a seat (with its constituency) is in the Assemblée, whose organ of each legislature AMO may leave
            // without a label: named, not shown by its id
            String label = b.get("organLabel") != null
                    ? b.get("organLabel").getLiteralLexicalForm()
                    : b.get("constituency") != null
                                    || b.get("code") != null
                                            && "ASSEMBLEE".equals(b.get("code").getLiteralLexicalForm())
                            ? chrome.t("subject.assembly")
                            : organ.getURI().substring(organ.getURI().lastIndexOf('/') + 1);
            String where = b.get("constituencyLabel") != null
                    ? " — " + b.get("constituencyLabel").getLiteralLexicalForm()
                    : "";
            LocalDate start = Dates.of(b.get("start"));
            LocalDate end = Dates.of(b.get("end"));
            // an open mandate reads "since 18 June 2017", not "18 June 2017 – "
            String when = start != null && end == null
                    ? chrome.t("subject.since") + " " + Dates.show(start, lang)
                    : period(start, end, lang);
            cells.add(Cell.link((when.isEmpty() ? "" : when + " : ") + label + where, site.link(organ)));
        });
        return List.copyOf(cells);
    }

    private static String period(LocalDate start, LocalDate end, String lang) {
        if (start == null) {
            return end == null ? "" : "– " + Dates.show(end, lang);
        }
        return Dates.show(start, lang) + " – " + (end == null ? "" : Dates.show(end, lang));
    }

    private static String literal(Graph g, Node s, Node p) {
        Node o = QuestionPages.one(g, s, p);
        return o != null && o.isLiteral() ? o.getLiteralLexicalForm() : null;
    }

    private static void add(List<Fact> facts, String key, String label, String value) {
        if (value != null && !value.isEmpty()) {
            facts.add(new Fact(key, label, List.of(Cell.text(value)), null));
        }
    }

    private static String host(String url) {
        return java.net.URI.create(url).getHost();
    }
}
