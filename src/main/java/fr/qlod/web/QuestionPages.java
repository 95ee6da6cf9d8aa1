package fr.qlod.web;

import fr.qlod.mapping.Qlod;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * Builds a question's page: the description, plus one query for what hangs off the question (its JO
 * publications, allocations, answer, author's mandate and constituency, cited recommendations).
 */
final class QuestionPages {
    /** What the summary needs beyond the question's own triples. */
    private static final String AROUND =
            """
            PREFIX qlod: <https://w3id.org/qlod#>
            CONSTRUCT { ?x ?p ?o } WHERE {
              { ?q qlod:publishedIn|qlod:allocation|qlod:answer|qlod:signalement|qlod:renewal|qlod:closurePublishedIn
                   |qlod:authorMandate|qlod:cites ?x }
              UNION { ?q qlod:answer/(qlod:publishedIn|qlod:answeringBody) ?x }
              UNION { ?q qlod:authorMandate/qlod:constituency ?x }
              UNION { ?q qlod:allocation/(qlod:allocatedTo|qlod:allocatedToOrgan) ?x }
              UNION { ?q qlod:cites/qlod:recommendationOf ?x }
              ?x ?p ?o
              FILTER(?p != qlod:answerText)
            }""";

    private static final Node ANSWER_DELAY = NodeFactory.createURI(Qlod.NS + "answerDelayDays");
    private static final Node WITHIN_TWO_MONTHS = NodeFactory.createURI(Qlod.NS + "answeredWithinTwoMonths");
    private static final Node STATUS_ANSWERED = NodeFactory.createURI(Qlod.NS + "status-answered");
    private static final Node STATUS_PENDING = NodeFactory.createURI(Qlod.NS + "status-pending");

    private final Site site;
    private final PageRenderer renderer;

    QuestionPages(Site site, PageRenderer renderer) {
        this.site = site;
        this.renderer = renderer;
    }

    byte[] render(Description d, ResourcePath path, Chrome chrome) {
        Node q = d.resource();
        ParameterizedSparqlString around = new ParameterizedSparqlString(AROUND);
        around.setIri("q", q.getURI());
        Graph g = GraphFactory.createDefaultGraph();
        d.about().find().forEach(g::add);
        site.construct(around.asQuery()).find().forEach(g::add);
        String lang = chrome.lang();
        Facts facts = new Facts(g, chrome);
        List<Fact> card = new ArrayList<>();
        List<String> types = new ArrayList<>();
        g.find(q, RDF.type.asNode(), Node.ANY).forEach(t -> {
            if (!t.getObject().equals(Qlod.Nodes.Question)) {
                types.add(site.labels().term(t.getObject(), lang));
            }
        });
        facts.text(card, "type", "card.type", types);
        facts.literal(card, "number", "card.number", q, Qlod.Nodes.number);
        facts.links(card, "legislature", "card.legislature", q, Qlod.Nodes.legislature);
        facts.links(card, "author", "card.author", q, Qlod.Nodes.askedBy);
        facts.links(card, "group", "card.group", q, Qlod.Nodes.groupAtQuestionTime);
        Node mandate = one(g, q, Qlod.Nodes.authorMandate);
        if (mandate != null) {
            facts.links(card, "constituency", "card.constituency", mandate, Qlod.Nodes.constituency);
        }
        facts.links(card, "addressed", "card.addressed", q, Qlod.Nodes.addressedTo);
        facts.links(card, "answering", "card.answering", q, Qlod.Nodes.currentlyAllocatedTo);
        List<Cell> allocations = allocations(g, q, lang);
        if (allocations.size() > 1) {
            card.add(new Fact("allocations", chrome.t("card.allocations"), allocations, "timeline"));
        }
        LocalDate published = Dates.of(one(g, q, DCTerms.issued.asNode()));
        facts.text(card, "published", "card.published", publications(g, q, Qlod.Nodes.publishedIn, lang));
        Node answer = one(g, q, Qlod.Nodes.answer);
        LocalDate answered = answer == null ? null : Dates.of(one(g, answer, DCTerms.issued.asNode()));
        if (answer != null) {
            facts.text(card, "answered", "card.answered", publications(g, answer, Qlod.Nodes.publishedIn, lang));
        }
        Node status = one(g, q, Qlod.Nodes.status);
        if (status != null) {
            card.add(new Fact(
                    "status",
                    chrome.t("card.status"),
                    List.of(Cell.text(site.labels().term(status, lang))),
                    status.equals(STATUS_ANSWERED)
                            ? "status-answered"
                            : status.equals(STATUS_PENDING) ? "status-pending" : null));
        }
        if (published != null && answered != null) {
            Node stored = one(g, q, ANSWER_DELAY);
            long days = stored != null && stored.isLiteral()
                    ? Long.parseLong(stored.getLiteralLexicalForm())
                    : Dates.delay(published, answered);
            // the derived fact when the conversion wrote it, else the same rule (at most 61 days)
            Node within = one(g, q, WITHIN_TWO_MONTHS);
            boolean late = within != null && within.isLiteral() && within.getLiteralValue() instanceof Boolean b
                    ? !b
                    : Dates.late(days);
            card.add(new Fact(
                    "delay",
                    chrome.t("card.delay"),
                    List.of(
                            Cell.text(chrome.t("card.delay.days", days)),
                            Cell.text(chrome.t(late ? "card.delay.late" : "card.delay.ontime"))),
                    late ? "late" : "ontime"));
        }
        facts.text(card, "signalement", "card.signalement", publications(g, q, Qlod.Nodes.signalement, lang));
        facts.text(card, "renewal", "card.renewal", publications(g, q, Qlod.Nodes.renewal, lang));
        facts.literal(card, "withdrawal", "card.withdrawal", q, Qlod.Nodes.withdrawalReason);
        facts.links(card, "rubrique", "card.rubrique", q, Qlod.Nodes.rubrique);
        facts.links(card, "analyse", "card.analyse", q, Qlod.Nodes.analyse);

        List<TextBlock> texts = new ArrayList<>();
        for (Triple t : g.find(q, Qlod.Nodes.questionText, Node.ANY).toList()) {
            texts.add(
                    TextBlock.of(chrome.t("text.question"), null, t.getObject().getLiteralLexicalForm()));
        }
        for (Triple t : d.answers()) {
            String label = Labels.best(g, t.getSubject(), lang);
            texts.add(TextBlock.of(
                    label != null ? label : chrome.t("text.answer"),
                    site.link(t.getSubject()),
                    t.getObject().getLiteralLexicalForm()));
        }
        List<Cell> cited = new ArrayList<>();
        g.find(q, Qlod.Nodes.cites, Node.ANY).forEach(t -> {
            Node report = one(g, t.getObject(), Qlod.Nodes.recommendationOf);
            Cell rec = renderer.cell(g, t.getObject(), lang);
            String of =
                    report == null ? "" : " — " + renderer.cell(g, report, lang).text();
            cited.add(Cell.link(rec.text() + of, rec.href()));
        });
        List<Cell> identical = new ArrayList<>();
        g.find(q, Qlod.Nodes.sameAnswerAs, Node.ANY).forEach(t -> identical.add(renderer.cell(g, t.getObject(), lang)));
        List<Cell> links = new ArrayList<>();
        for (Node p : List.of(FOAF.page.asNode(), RDFS.seeAlso.asNode())) {
            g.find(q, p, Node.ANY).forEach(t -> {
                String url = t.getObject().isURI() ? t.getObject().getURI() : "";
                if (url.contains("nosdeputes.fr")) {
                    links.add(Cell.link(chrome.t("official.nosdeputes"), url));
                }
            });
        }
        return Templates.render(
                "question.jte",
                new QuestionPage(chrome, renderer.generic(d, path, chrome), card, texts, cited, identical, links));
    }

    /** The allocations in date order: "date : ministry", the first without a date when the source gives none. */
    private List<Cell> allocations(Graph g, Node q, String lang) {
        List<Node> nodes = new ArrayList<>();
        g.find(q, Qlod.Nodes.allocation, Node.ANY).forEach(t -> nodes.add(t.getObject()));
        nodes.sort(Comparator.comparing(
                Node::getURI, Comparator.comparingInt(String::length).thenComparing(u -> u)));
        List<Cell> cells = new ArrayList<>();
        for (Node a : nodes) {
            Node to = one(g, a, Qlod.Nodes.allocatedTo);
            LocalDate date = Dates.of(one(g, a, Qlod.Nodes.allocationDate));
            Cell ministry =
                    to == null ? Cell.text(String.valueOf(Labels.best(g, a, lang))) : renderer.cell(g, to, lang);
            cells.add(
                    Cell.link((date == null ? "" : Dates.show(date, lang) + " : ") + ministry.text(), ministry.href()));
        }
        return cells;
    }

    /** The JO publications of a property: their labels ("JO du 13 juillet 2017, page 1432"). */
    private static List<String> publications(Graph g, Node s, Node p, String lang) {
        List<String> shown = new ArrayList<>();
        g.find(s, p, Node.ANY).forEach(t -> {
            String label = Labels.best(g, t.getObject(), lang);
            if (label != null) {
                shown.add(label);
            } else {
                LocalDate date = Dates.of(one(g, t.getObject(), Qlod.Nodes.joDate));
                shown.add(date != null ? Dates.show(date, lang) : t.getObject().toString());
            }
        });
        shown.sort(null);
        return shown;
    }

    static Node one(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).nextOptional().map(Triple::getObject).orElse(null);
    }

    /** Adds facts from the graph, in the page's language; a fact with no value is left out. */
    private final class Facts {
        private final Graph g;
        private final Chrome chrome;

        Facts(Graph g, Chrome chrome) {
            this.g = g;
            this.chrome = chrome;
        }

        void links(List<Fact> card, String key, String label, Node s, Node p) {
            List<Cell> cells = new ArrayList<>();
            g.find(s, p, Node.ANY).forEach(t -> cells.add(renderer.cell(g, t.getObject(), chrome.lang())));
            cells.sort(Comparator.comparing(Cell::text));
            add(card, key, label, cells);
        }

        void literal(List<Fact> card, String key, String label, Node s, Node p) {
            List<Cell> cells = new ArrayList<>();
            g.find(s, p, Node.ANY)
                    .forEach(t -> cells.add(Cell.text(
                            t.getObject().isLiteral()
                                    ? t.getObject().getLiteralLexicalForm()
                                    : t.getObject().toString())));
            add(card, key, label, cells);
        }

        void text(List<Fact> card, String key, String label, List<String> texts) {
            add(card, key, label, texts.stream().map(Cell::text).toList());
        }

        private void add(List<Fact> card, String key, String label, List<Cell> cells) {
            if (!cells.isEmpty()) {
                card.add(new Fact(key, chrome.t(label), cells, null));
            }
        }
    }
}
