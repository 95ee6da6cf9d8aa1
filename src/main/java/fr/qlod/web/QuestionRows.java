package fr.qlod.web;

import fr.qlod.mapping.Qlod;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSetRewindable;

/**
 * Reads {@link QuestionRow}s through the site: the questions a graph pattern binds to {@code ?q}
 * (those of a deputy, a ministry, a concept…) or a list of questions (search hits), in one SELECT.
 */
final class QuestionRows {
    private static final String SELECT =
            """
            PREFIX qlod: <https://w3id.org/qlod#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            SELECT ?q ?label ?title ?analyseLabel ?type ?number ?date ?author ?authorName ?ministry ?ministryLabel ?status
                   ?answerDate ?group ?groupLabel ?rubrique ?rubriqueLabel ?leg ?legLabel WHERE {
              { %s }
              VALUES ?type { qlod:WrittenQuestion qlod:OralQuestion qlod:GovernmentQuestion }
              ?q a ?type .
              OPTIONAL { ?q rdfs:label ?label FILTER(LANGMATCHES(LANG(?label), "fr")) }
              OPTIONAL { ?q dcterms:title ?title }
              OPTIONAL { ?q qlod:analyse/skos:prefLabel ?analyseLabel }
              OPTIONAL { ?q qlod:number ?number }
              OPTIONAL { ?q dcterms:issued ?date }
              OPTIONAL { ?q qlod:askedBy ?author OPTIONAL { ?author foaf:name ?authorName } }
              OPTIONAL { ?q qlod:currentlyAllocatedTo|qlod:addressedTo ?ministry OPTIONAL { ?ministry rdfs:label ?ministryLabel } }
              OPTIONAL { ?q qlod:status ?status }
              OPTIONAL { ?q qlod:answer/dcterms:issued ?answerDate }
              OPTIONAL { ?q qlod:groupAtQuestionTime ?group OPTIONAL { ?group rdfs:label ?groupLabel } }
              OPTIONAL { ?q qlod:rubrique ?rubrique OPTIONAL { ?rubrique skos:prefLabel ?rubriqueLabel } }
              OPTIONAL { ?q qlod:legislature ?leg OPTIONAL { ?leg rdfs:label ?legLabel FILTER(LANGMATCHES(LANG(?legLabel), "fr")) } }
            }""";
    /**
     * One page of the questions a pattern binds, newest first as {@link TableRequest#sorted} orders
     * them (undated last, ties by IRI): only their IRIs and dates are read, so the page of a
     * deputy with 40,000 questions costs 40,000 index lookups rather than 40,000 full rows.
     */
    private static final String NEWEST =
            """
            PREFIX qlod: <https://w3id.org/qlod#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            SELECT ?q (MAX(?issued) AS ?date) WHERE {
              { %s }
              VALUES ?type { qlod:WrittenQuestion qlod:OralQuestion qlod:GovernmentQuestion }
              ?q a ?type .
              OPTIONAL { ?q dcterms:issued ?issued }
            } GROUP BY ?q ORDER BY DESC(?date) ?q OFFSET %d LIMIT %d""";

    private static final String COUNT =
            """
            PREFIX qlod: <https://w3id.org/qlod#>
            SELECT (COUNT(DISTINCT ?q) AS ?n) WHERE {
              { %s }
              VALUES ?type { qlod:WrittenQuestion qlod:OralQuestion qlod:GovernmentQuestion }
              ?q a ?type .
            }""";
    private static final String ANSWERED = Qlod.NS + "status-answered";

    /** A page of rows and the number of rows of all pages. */
    record Page(List<QuestionRow> rows, int total) {}

    private final Site site;

    QuestionRows(Site site) {
        this.site = site;
    }

    /** The questions the pattern binds to {@code ?q}, in no particular order. */
    List<QuestionRow> matching(String pattern, String lang) {
        return read(QueryFactory.create(SELECT.formatted(pattern)), lang);
    }

    /** Page {@code page} (from 0) of {@code size} questions the pattern binds to {@code ?q}, newest first. */
    Page newest(String pattern, int page, int size, String lang) {
        List<Node> questions = new ArrayList<>();
        site.select(QueryFactory.create(NEWEST.formatted(pattern, (long) page * size, size)))
                .forEachRemaining(b -> questions.add(b.get("q")));
        Node n = site.select(QueryFactory.create(COUNT.formatted(pattern)))
                .next()
                .get("n");
        return new Page(of(questions, lang), ((Number) n.getLiteralValue()).intValue());
    }

    /** These questions, in this order (those unknown to the store left out). */
    List<QuestionRow> of(List<Node> questions, String lang) {
        if (questions.isEmpty()) {
            return List.of();
        }
        StringBuilder values = new StringBuilder("VALUES ?q { ");
        questions.forEach(q -> values.append('<').append(q.getURI()).append("> "));
        Map<String, QuestionRow> byIri = new LinkedHashMap<>();
        read(QueryFactory.create(SELECT.formatted(values.append('}'))), lang).forEach(r -> byIri.put(r.iri(), r));
        List<QuestionRow> ordered = new ArrayList<>();
        questions.forEach(q -> {
            QuestionRow r = byIri.get(q.getURI());
            if (r != null) {
                ordered.add(r);
            }
        });
        return ordered;
    }

    private List<QuestionRow> read(Query query, String lang) {
        RowSetRewindable rows = site.select(query);
        Map<String, Builder> byQuestion = new LinkedHashMap<>();
        rows.forEachRemaining(b -> byQuestion
                .computeIfAbsent(b.get("q").getURI(), k -> new Builder(k))
                .add(b));
        List<QuestionRow> out = new ArrayList<>(byQuestion.size());
        byQuestion.values().forEach(b -> out.add(b.build(lang)));
        return out;
    }

    /** The rows of one question (one per rubrique and per extra ministry), gathered. */
    private final class Builder {
        private final String iri;
        private Binding first;
        private final Map<String, Cell> rubriques = new LinkedHashMap<>();

        Builder(String iri) {
            this.iri = iri;
        }

        void add(Binding b) {
            if (first == null || preferred(b)) {
                first = b;
            }
            Node r = b.get("rubrique");
            if (r != null) {
                rubriques.putIfAbsent(r.getURI(), link(r, b.get("rubriqueLabel")));
            }
        }

        /** A binding with the question's English type label is no better; one with an answer date is. */
        private boolean preferred(Binding b) {
            return first.get("answerDate") == null && b.get("answerDate") != null;
        }

        QuestionRow build(String lang) {
            Binding b = first;
            Node type = b.get("type");
            String typeLabel = site.labels().term(type, lang);
            LocalDate date = Dates.of(b.get("date"));
            LocalDate answerDate = Dates.of(b.get("answerDate"));
            Node status = b.get("status");
            boolean answered = status != null ? ANSWERED.equals(status.getURI()) : answerDate != null;
            Long delay = answered && date != null && answerDate != null ? Dates.delay(date, answerDate) : null;
            String title = text(b.get("title"));
            String subject = title != null ? title : text(b.get("analyseLabel"));
            if (subject == null && !rubriques.isEmpty()) {
                subject = rubriques.values().iterator().next().text();
            }
            String label = text(b.get("label"));
            return new QuestionRow(
                    iri,
                    site.link(NodeFactory.createURI(iri)),
                    label != null ? label : iri,
                    subject,
                    Cell.text(typeLabel),
                    local(type),
                    text(b.get("number")),
                    date,
                    link(b.get("author"), b.get("authorName")),
                    link(b.get("ministry"), b.get("ministryLabel")),
                    status == null ? null : Cell.text(site.labels().term(status, lang)),
                    status == null ? null : local(status),
                    answered,
                    answerDate,
                    delay,
                    link(b.get("group"), b.get("groupLabel")),
                    List.copyOf(rubriques.values()),
                    link(b.get("leg"), b.get("legLabel")));
        }

        private Cell link(Node iri, Node label) {
            if (iri == null || !iri.isURI()) {
                return null;
            }
            String shown = text(label);
            return Cell.link(
                    shown != null ? shown : iri.getURI().substring(iri.getURI().lastIndexOf('/') + 1), site.link(iri));
        }
    }

    private static String local(Node iri) {
        String uri = iri.isURI() ? iri.getURI() : iri.toString();
        return uri.substring(Math.max(uri.lastIndexOf('#'), uri.lastIndexOf('/')) + 1);
    }

    private static String text(Node n) {
        return n == null ? null : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }
}
