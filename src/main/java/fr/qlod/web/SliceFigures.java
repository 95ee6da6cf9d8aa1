package fr.qlod.web;

import fr.qlod.mapping.Qlod;
import fr.qlod.store.Delays;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * A subject's figures read from the statistics graph ({@link Qlod#STATISTICS_GRAPH}) that every
 * load into the local store counts again: its slice of the subject's breakdown (count, answered,
 * within two months, median, delay buckets) and its slices by year. Two small queries, whatever
 * the number of the subject's questions (the subject's own value comes first in their patterns: TDB2
 * then starts from its few slices, not from every slice of the breakdown). An organ counted at its
 * portfolio reads its slices of {@code qlod:byAllocatedBody}. A remote store has no such graph, and a
 * tête d'analyse or an analyse has no slice: {@link #read} then gives null, and the page counts its
 * figures from its rows.
 */
final class SliceFigures {
    private static final String SLICE =
            """
            PREFIX qlod: <https://w3id.org/qlod#>
            SELECT ?n ?answered ?within ?median ?from ?to ?count WHERE {
              GRAPH <https://w3id.org/qlod/statistics> {
                ?s ?of ?x ; qlod:breakdown ?breakdown ; qlod:questionCount ?n ; qlod:answeredCount ?answered .
                OPTIONAL { ?s qlod:answeredWithinTwoMonthsCount ?within ; qlod:medianDelayDays ?median }
                OPTIONAL {
                  ?s qlod:delayBucket ?b . ?b qlod:bucketCount ?count .
                  OPTIONAL { ?b qlod:bucketFromDays ?from } OPTIONAL { ?b qlod:bucketToDays ?to }
                }
              }
            }""";
    private static final String YEARS =
            """
            PREFIX qlod: <https://w3id.org/qlod#>
            SELECT ?year ?n WHERE {
              GRAPH <https://w3id.org/qlod/statistics> {
                ?s ?of ?x ; qlod:breakdown ?breakdown ; qlod:ofYear ?year ; qlod:questionCount ?n .
              }
            }""";

    /** A subject kind's breakdown, the property naming its slice's value, and its breakdown by year. */
    private record Kind(Node breakdown, Node of, Node byYear) {}

    private static final Map<Subject, Kind> KINDS = Map.of(
            Subject.DEPUTY, new Kind(Qlod.Nodes.byDeputy, Qlod.Nodes.ofDeputy, Qlod.Nodes.byYearAndDeputy),
            Subject.MINISTRY, new Kind(Qlod.Nodes.byMinistry, Qlod.Nodes.ofMinistry, Qlod.Nodes.byYearAndMinistry),
            Subject.GROUP, new Kind(Qlod.Nodes.byGroup, Qlod.Nodes.ofGroup, Qlod.Nodes.byYearAndGroup),
            Subject.LEGISLATURE,
                    new Kind(Qlod.Nodes.byLegislature, Qlod.Nodes.ofLegislature, Qlod.Nodes.byYearAndLegislature),
            Subject.CONCEPT, new Kind(Qlod.Nodes.byRubrique, Qlod.Nodes.ofRubrique, Qlod.Nodes.byYearAndRubrique));

    /** A ministry organ counted at its portfolio by {@code byMinistry}: its own slices. */
    private static final Kind BODY =
            new Kind(Qlod.Nodes.byAllocatedBody, Qlod.Nodes.ofMinistry, Qlod.Nodes.byYearAndAllocatedBody);

    private final Site site;

    SliceFigures(Site site) {
        this.site = site;
    }

    /**
     * The figures of the subject's slice, or null when the data served has none; the questions per
     * year come from {@code rows} when the store was counted before it had slices by year.
     */
    Figures read(Subject subject, Node resource, Chrome chrome, Supplier<List<QuestionRow>> rows) {
        Kind kind = KINDS.get(subject);
        if (kind == null || site.store() == null) {
            return null;
        }
        Figures figures = read(kind, resource, chrome, rows);
        // an organ counted at its portfolio has no slice of its own by ministry: its slice as the body allocated
        return figures == null && subject == Subject.MINISTRY ? read(BODY, resource, chrome, rows) : figures;
    }

    private Figures read(Kind kind, Node resource, Chrome chrome, Supplier<List<QuestionRow>> rows) {
        long[] count = {-1, 0, 0};
        BigDecimal[] median = {null};
        Map<Integer, Long> buckets = new HashMap<>();
        site.select(bound(SLICE, kind.breakdown(), kind.of(), resource)).forEachRemaining(b -> {
            count[0] = number(b, "n");
            count[1] = number(b, "answered");
            count[2] = number(b, "within");
            if (b.get("median") != null) {
                median[0] = new BigDecimal(b.get("median").getLiteralLexicalForm());
            }
            if (b.get("count") != null) {
                buckets.put(bucket(b), number(b, "count"));
            }
        });
        if (count[0] < 0) {
            return null;
        }
        long[] histogram = null;
        if (count[1] > 0) {
            histogram = new long[Delays.bucketCount()];
            for (Map.Entry<Integer, Long> e : buckets.entrySet()) {
                histogram[e.getKey()] = e.getValue();
            }
        }
        Map<Integer, Long> perYear = new TreeMap<>();
        site.select(bound(YEARS, kind.byYear(), kind.of(), resource))
                .forEachRemaining(b -> perYear.put((int) number(b, "year"), number(b, "n")));
        if (perYear.isEmpty() && count[0] > 0) {
            rows.get().stream().filter(r -> r.year() != null).forEach(r -> perYear.merge(r.year(), 1L, Long::sum));
        }
        return Figures.of(count[0], count[1], count[2], median[0], histogram, perYear, chrome, true);
    }

    private static org.apache.jena.query.Query bound(String query, Node breakdown, Node of, Node resource) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(query);
        q.setParam("breakdown", breakdown);
        q.setParam("of", of);
        q.setParam("x", resource);
        return q.asQuery();
    }

    /** The index in {@link Delays} of a bucket row, by its bounds. */
    private static int bucket(Binding b) {
        for (int i = 0; i < Delays.bucketCount(); i++) {
            Integer from = Delays.lowerBound(i);
            Integer to = Delays.upperBound(i);
            if (same(from, b.get("from")) && same(to, b.get("to"))) {
                return i;
            }
        }
        throw new IllegalStateException("a delay bucket of the statistics graph has bounds " + b.get("from") + "–"
                + b.get("to") + ", none of Delays: the store was counted by another version; load into it again");
    }

    private static boolean same(Integer bound, Node n) {
        return bound == null ? n == null : n != null && ((Number) n.getLiteralValue()).intValue() == bound;
    }

    private static long number(Binding b, String var) {
        Node n = b.get(var);
        return n == null ? 0 : ((Number) n.getLiteralValue()).longValue();
    }
}
