package fr.qlod.web;

import static fr.qlod.web.WebFixtures.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.qlod.store.Delays;
import fr.qlod.store.QuestionStore;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pages of each kind on a real server over the demo store and the hostile fixture, read with jsoup. */
class PagesIT {
    private static final String HTML = "text/html";
    private static final List<String> KINDS = List.of(
            "question/QANR5L99QE9000",
            PageFixtures.DEPUTY,
            PageFixtures.GROUP,
            PageFixtures.MINISTRY,
            PageFixtures.LEGISLATURE,
            PageFixtures.RUBRIQUE);

    @TempDir
    static Path dir;

    static QuestionStore store;
    static QlodServer server;
    static int port;

    @BeforeAll
    static void start() {
        store = PageFixtures.store(dir);
        server = PageFixtures.serve(store);
        port = server.port();
    }

    @AfterAll
    static void stop() {
        WebFixtures.stop(store, server);
    }

    private static Document page(String path) throws Exception {
        return page(port, path);
    }

    private static Document page(int port, String path) throws Exception {
        HttpResponse<String> r = get(port, path, HTML);
        assertEquals(200, r.statusCode(), path);
        return Jsoup.parse(r.body());
    }

    private static String fact(Document d, String key) {
        return d.selectFirst("[data-fact=" + key + "] dd").text();
    }

    @Test
    void aQuestionOpensOnItsSummaryCard() throws Exception {
        Document d = page("/doc/question/QANR5L99QE9002");

        assertEquals("Question écrite", fact(d, "type"));
        assertEquals("9002", fact(d, "number"));
        assertEquals(PageFixtures.HOSTILE, fact(d, "author"));
        assertEquals(
                "/doc/" + PageFixtures.DEPUTY,
                d.selectFirst("[data-fact=author] a").attr("href"));
        assertEquals(PageFixtures.HOSTILE + " groupe", fact(d, "group"));
        assertEquals(PageFixtures.HOSTILE + " ministère", fact(d, "addressed"));
        assertEquals("Réponse publiée", fact(d, "status"));
        // published 2020-03-03, answered 75 days later: beyond the two months
        assertEquals("75 jours au-delà des deux mois du Règlement", fact(d, "delay"));
        assertTrue(d.selectFirst("[data-fact=delay] dd").hasClass("late"));
        assertNotNull(d.selectFirst("table.props"), "the generic table stays below the summary");
        assertTrue(d.selectFirst(".card").elementSiblingIndex()
                < d.selectFirst("table.props").elementSiblingIndex());
    }

    @Test
    void theDemoSeedQuestionShowsItsTextsAndOfficialPage() throws Exception {
        Document d = page("/doc/question/QANR5L14QE59906");

        assertEquals("59906", fact(d, "number"));
        assertFalse(fact(d, "author").isEmpty());
        assertFalse(fact(d, "published").isEmpty());
        assertTrue(d.select(".text p").size() >= 2);
        assertNotNull(d.selectFirst(".official a[href*=assemblee-nationale.fr]"));
    }

    @Test
    void aDeputysQuestionsAreASortablePagedTable() throws Exception {
        Document first = page("/doc/" + PageFixtures.DEPUTY);
        Document oldest = page("/doc/" + PageFixtures.DEPUTY + "?sort=date");
        Document second = page("/doc/" + PageFixtures.DEPUTY + "?sort=date&qpage=1");

        assertEquals(
                TableRequest.PAGE_SIZE, first.select("table.questions tbody tr").size());
        assertEquals(
                PageFixtures.HOSTILE_QUESTIONS - TableRequest.PAGE_SIZE,
                second.select("table.questions tbody tr").size());
        List<String> newest =
                first.select("table.questions tbody td[data-column=date]").eachText();
        java.time.LocalDate latest = java.time.LocalDate.MIN;
        for (int i = 0; i < PageFixtures.HOSTILE_QUESTIONS; i++) {
            java.time.LocalDate date = PageFixtures.date(i);
            latest = date.isAfter(latest) ? date : latest;
        }
        assertEquals(Dates.show(latest, "fr"), newest.get(0));
        assertEquals(
                "1 janvier 2018",
                oldest.selectFirst("table.questions tbody td[data-column=date]").text());
        assertEquals("descending", first.selectFirst("th[data-column=date]").attr("aria-sort"));
        assertEquals("ascending", oldest.selectFirst("th[data-column=date]").attr("aria-sort"));
        assertNotNull(first.selectFirst(".pager a[rel=next]"));
        assertEquals(
                String.valueOf(PageFixtures.HOSTILE_QUESTIONS),
                first.selectFirst("[data-figure=count] .value").text());
        assertEquals(3, first.select("#chart-per-year svg g.bar").size());
    }

    @Test
    void theNewestFirstTableReadsItsPageAloneAndListsWhatSortingAllTheRowsLists() throws Exception {
        // a server of its own, whose caches no other test filled: its first pages read their questions alone
        QlodServer fresh = PageFixtures.serve(store);
        try {
            List<String> paged = newestFirst(fresh.port());
            page(fresh.port(), "/doc/" + PageFixtures.DEPUTY + "?sort=delay");
            List<String> fromAllRows = newestFirst(fresh.port());
            List<String> expected = new ArrayList<>();
            Txn.executeRead(store.dataset(), () -> QueryExec.dataset(store.dataset())
                    .query("SELECT ?q WHERE { ?q <https://w3id.org/qlod#askedBy> <"
                            + PageFixtures.iri(PageFixtures.DEPUTY)
                            + "> ; <http://purl.org/dc/terms/issued> ?date } ORDER BY DESC(?date) ?q")
                    .select()
                    .forEachRemaining(b -> expected.add(b.get("q").getURI())));

            assertEquals(PageFixtures.HOSTILE_QUESTIONS, expected.size());
            assertEquals(expected, paged);
            assertEquals(expected, fromAllRows);
        } finally {
            fresh.stop();
        }
    }

    /** The questions of the deputy's table in its default order, page after page. */
    private static List<String> newestFirst(int port) throws Exception {
        List<String> questions = new ArrayList<>();
        for (int p = 0; ; p++) {
            Document d = page(port, "/doc/" + PageFixtures.DEPUTY + (p == 0 ? "" : "?qpage=" + p));
            questions.addAll(d.select("table.questions tbody tr").eachAttr("data-iri"));
            assertEquals(
                    String.valueOf(PageFixtures.HOSTILE_QUESTIONS),
                    d.selectFirst("[data-figure=count] .value").text());
            if (d.selectFirst(".pager a[rel=next]") == null) {
                return questions;
            }
        }
    }

    @Test
    void aMinistryShowsItsShareAnsweredWithinTwoMonthsAndItsDelayHistogram() throws Exception {
        Document d = page("/doc/" + PageFixtures.MINISTRY);
        int answered = 0;
        int within = 0;
        for (int i = 0; i < PageFixtures.HOSTILE_QUESTIONS; i++) {
            if (i % 5 != 4) {
                answered++;
                within += i % 6 < 2 ? 1 : 0;
            }
        }

        assertEquals(
                Math.round(100.0 * answered / PageFixtures.HOSTILE_QUESTIONS) + " %",
                d.selectFirst("[data-figure=answered] .value").text());
        assertEquals(
                Math.round(100.0 * within / PageFixtures.HOSTILE_QUESTIONS) + " %",
                d.selectFirst("[data-figure=within] .value").text());
        Element histogram = d.selectFirst("#chart-delays");
        assertEquals(Delays.bucketCount(), histogram.select("svg g.bar").size());
        assertEquals(
                "Délais de réponse (jours)",
                histogram.selectFirst("svg > title").text());
        assertEquals(
                Delays.bucketCount(),
                histogram.select("table.chart-data tbody tr").size());
        long counted = histogram.select("table.chart-data tbody td.num").eachText().stream()
                .mapToLong(Long::parseLong)
                .sum();
        assertEquals(answered, counted);
    }

    /**
     * For the demo's busiest deputy, ministry, ministry organ with a portfolio, group, legislature and
     * rubrique, the figures and charts
     * of the page are those of the subject's slice of the statistics graph, and those of a plain
     * aggregation of the questions' derived facts (the breakdown's own definition of the subject's
     * questions; buckets up to 30, 61, 91, 182 and 365 days; the mean of the two middle delays).
     */
    @Test
    void subjectFiguresEqualTheStatisticsGraphAndAPlainAggregation() throws Exception {
        String deputy = "?q qlod:askedBy ?author . OPTIONAL { ?author owl:sameAs ?official } "
                + "BIND(COALESCE(?official, ?author) AS ?x)";
        String ministry = "?q qlod:currentlyAllocatedTo ?body . OPTIONAL { ?body qlod:portfolio ?portfolio } "
                + "BIND(COALESCE(?portfolio, ?body) AS ?x)";
        Map<String, String[]> kinds = new LinkedHashMap<>();
        kinds.put("qlod:Deputy", new String[] {"byDeputy", "ofDeputy", "byYearAndDeputy", deputy});
        kinds.put("qlod:Ministry", new String[] {"byMinistry", "ofMinistry", "byYearAndMinistry", ministry});
        // a ministry organ counted at its portfolio by byMinistry: its page reads its slices as the body allocated
        kinds.put("qlod:Ministry ; qlod:portfolio ?portfolioOfX", new String[] {
            "byAllocatedBody", "ofMinistry", "byYearAndAllocatedBody", "?q qlod:currentlyAllocatedTo ?x ."
        });
        kinds.put(
                "qlod:PoliticalGroup",
                new String[] {"byGroup", "ofGroup", "byYearAndGroup", "?q qlod:groupAtQuestionTime ?x ."});
        kinds.put(
                "qlod:Legislature",
                new String[] {"byLegislature", "ofLegislature", "byYearAndLegislature", "?q qlod:legislature ?x ."});
        kinds.put(
                "<http://www.w3.org/2004/02/skos/core#Concept>",
                new String[] {"byRubrique", "ofRubrique", "byYearAndRubrique", "?q qlod:rubrique ?x ."});
        for (Map.Entry<String, String[]> kind : kinds.entrySet()) {
            String[] k = kind.getValue();
            String pattern = "?q a qlod:Question . " + k[3];
            String x = select("SELECT ?x (COUNT(*) AS ?n) { " + pattern + " ?x a " + kind.getKey()
                            + " FILTER(STRSTARTS(STR(?x), \""
                            + PageFixtures.BASE + "id/\") && !CONTAINS(STR(?x), \"hostile\") && ?x != <"
                            + PageFixtures.iri(PageFixtures.DEPUTY).getURI() + "> && ?x != <"
                            + PageFixtures.iri(PageFixtures.GROUP).getURI() + "> && ?x != <"
                            + PageFixtures.iri(PageFixtures.LEGISLATURE).getURI()
                            + ">) } GROUP BY ?x ORDER BY DESC(?n) ?x LIMIT 1")
                    .get(0)
                    .get("x")
                    .getURI();
            String of = pattern + " FILTER(?x = <" + x + ">)";
            Document d = page(site(x));
            String what = kind.getKey() + " " + x;

            long n = number(select("SELECT (COUNT(*) AS ?n) { " + of + " }").get(0), "n");
            List<Long> delays = new ArrayList<>();
            long within = 0;
            for (Binding b : select("SELECT ?days ?within { " + of
                    + " ?q qlod:answerDelayDays ?days OPTIONAL { ?q qlod:answeredWithinTwoMonths ?within } }")) {
                delays.add(number(b, "days"));
                within += b.get("within") != null
                                && Boolean.TRUE.equals(b.get("within").getLiteralValue())
                        ? 1
                        : 0;
            }
            delays.sort(null);
            List<String> histogram = new ArrayList<>();
            long[] bounds = {30, 61, 91, 182, 365, Long.MAX_VALUE};
            long low = Long.MIN_VALUE;
            for (long high : bounds) {
                long from = low;
                histogram.add(String.valueOf(
                        delays.stream().filter(v -> v >= from && v <= high).count()));
                low = high + 1;
            }
            List<String> perYear = new ArrayList<>();
            select("SELECT ?year (COUNT(*) AS ?n) { " + of
                            + " ?q qlod:publicationYear ?year } GROUP BY ?year ORDER BY ?year")
                    .forEach(b -> perYear.add(b.get("year").getLiteralLexicalForm() + " " + number(b, "n")));
            assertTrue(n > 1 && delays.size() > 1 && perYear.size() > 0, what);

            // the plain aggregation
            assertEquals(String.valueOf(n), figure(d, "count"), what);
            assertEquals(Math.round(100.0 * delays.size() / n) + " %", figure(d, "answered"), what);
            assertEquals(Math.round(100.0 * within / n) + " %", figure(d, "within"), what);
            BigDecimal median = BigDecimal.valueOf(delays.get((delays.size() - 1) / 2) + delays.get(delays.size() / 2))
                    .divide(BigDecimal.valueOf(2));
            assertEquals(
                    median.stripTrailingZeros().toPlainString().replace('.', ',') + " jours",
                    figure(d, "median"),
                    what);
            assertEquals(
                    histogram,
                    d.select("#chart-delays table.chart-data tbody td.num").eachText(),
                    what);
            List<String> shown = new ArrayList<>();
            d.select("#chart-per-year table.chart-data tbody tr").forEach(tr -> shown.add(tr.text()));
            assertEquals(perYear, shown, what);

            // the statistics graph
            String slice = "GRAPH <https://w3id.org/qlod/statistics> { ?s qlod:breakdown qlod:" + k[0] + " ; qlod:"
                    + k[1] + " <" + x + "> ; ";
            Binding stats = select("SELECT * { " + slice
                            + "qlod:questionCount ?n ; qlod:answeredCount ?answered ;"
                            + " qlod:answeredWithinTwoMonthsCount ?within ; qlod:medianDelayDays ?median } }")
                    .get(0);
            assertEquals(n, number(stats, "n"), what);
            assertEquals(delays.size(), number(stats, "answered"), what);
            assertEquals(within, number(stats, "within"), what);
            assertEquals(0, median.compareTo(new BigDecimal(stats.get("median").getLiteralLexicalForm())), what);
            List<String> buckets = new ArrayList<>();
            select("SELECT ?count { " + slice + "qlod:delayBucket ?b . ?b qlod:bucketCount ?count "
                            + "OPTIONAL { ?b qlod:bucketToDays ?to } } } ORDER BY (!BOUND(?to)) ?to")
                    .forEach(b -> buckets.add(String.valueOf(number(b, "count"))));
            assertEquals(histogram, buckets, what);
            List<String> years = new ArrayList<>();
            select("SELECT ?year ?n { GRAPH <https://w3id.org/qlod/statistics> { ?s qlod:breakdown qlod:" + k[2]
                            + " ; qlod:" + k[1] + " <" + x
                            + "> ; qlod:ofYear ?year ; qlod:questionCount ?n } } ORDER BY ?year")
                    .forEach(b -> years.add(b.get("year").getLiteralLexicalForm() + " " + number(b, "n")));
            assertEquals(perYear, years, what);
        }
    }

    @Test
    void anAnsweredQuestionIsLateOnItsCardAndInTablesByTheDerivedFactsRule() throws Exception {
        String legislature = PageFixtures.iri("legislature/14").getURI();
        Document d = page(site(legislature));
        List<String> late = new ArrayList<>();
        select("SELECT ?q { ?q qlod:legislature <" + legislature
                        + "> ; qlod:answeredWithinTwoMonths false ;"
                        + " qlod:answerDelayDays ?days } ORDER BY ?q")
                .forEach(b -> late.add(site(b.get("q").getURI())));
        List<String> marked = new ArrayList<>();
        d.select("table.questions tbody tr:has(td[data-column=delay].late)")
                .forEach(tr ->
                        marked.add(tr.selectFirst("td[data-column=subject] a").attr("href")));
        marked.sort(null);

        assertFalse(late.isEmpty());
        assertEquals(late, marked);
        for (String q : late) {
            assertTrue(page(q).selectFirst("[data-fact=delay] dd").hasClass("late"), q);
        }
    }

    private static String site(String iri) {
        return "/doc/" + iri.substring((PageFixtures.BASE + "id/").length());
    }

    private static String figure(Document d, String key) {
        return d.selectFirst("[data-figure=" + key + "] .value").text();
    }

    private static List<Binding> select(String query) {
        String q = "PREFIX qlod: <https://w3id.org/qlod#> PREFIX owl: <http://www.w3.org/2002/07/owl#> " + query;
        return Txn.calculateRead(store.dataset(), () -> {
            List<Binding> rows = new ArrayList<>();
            QueryExec.dataset(store.dataset()).query(q).select().forEachRemaining(rows::add);
            return rows;
        });
    }

    private static long number(Binding b, String var) {
        return ((Number) b.get(var).getLiteralValue()).longValue();
    }

    @Test
    void theDumpsOntologyAndFragmentsPagesShareTheSiteLayoutInBothLanguages() throws Exception {
        String question = PageFixtures.iri("question/QANR5L14QE59906").getURI();
        String fragments = "/fragments?subject=" + Chrome.encode(question);
        String hostile = "/fragments?object=" + Chrome.encode("\"" + PageFixtures.HOSTILE + "\"");
        Map<String, String[]> titles = new LinkedHashMap<>();
        titles.put("/dumps/", new String[] {"Données à télécharger", "Downloads"});
        titles.put("/ontology", new String[] {"Ontologie qlod", "The qlod ontology"});
        titles.put(fragments, new String[] {"Fragments de triplets", "Triple pattern fragments"});
        for (Map.Entry<String, String[]> t : titles.entrySet()) {
            String sep = t.getKey().contains("?") ? "&" : "?";
            Document fr = page(t.getKey());
            Document en = page(t.getKey() + sep + "lang=en");
            for (Document d : List.of(fr, en)) {
                assertNotNull(d.selectFirst("header nav a[href=/search]"), t.getKey());
                assertNotNull(d.selectFirst("header form input[name=q]"), t.getKey());
                assertNotNull(d.selectFirst("footer"), t.getKey());
                assertNotNull(d.selectFirst("link[rel=stylesheet]"), t.getKey());
                assertTrue(d.select("script").isEmpty(), t.getKey());
            }
            assertEquals(t.getValue()[0], fr.selectFirst("main h1").text());
            assertEquals(t.getValue()[1], en.selectFirst("main h1").text());
            assertEquals("en", en.selectFirst("html").attr("lang"));
        }
        Document dumps = page("/dumps/");
        assertEquals(
                "tout le jeu de données",
                dumps.selectFirst("a[href=/dumps/qlod.nq.gz]")
                        .parent()
                        .nextElementSibling()
                        .text());
        assertTrue(dumps.selectFirst("table.dumps code").text().matches("sha256:[0-9a-f]{64}"));
        Document ontology = page("/ontology?lang=en");
        assertEquals(
                "asked by",
                ontology.selectFirst("th[id=qlod-askedBy] + td strong").text());
        Document triples = page(fragments);
        assertEquals(question, triples.selectFirst("form input[name=subject]").val());
        assertFalse(triples.select("table.fragments tbody tr").isEmpty());
        for (Element row : triples.select("table.fragments tbody tr")) {
            assertEquals(
                    "/doc/question/QANR5L14QE59906", row.selectFirst("td a").attr("href"));
        }
        Document escaped = page(hostile);
        assertEquals(
                "\"" + PageFixtures.HOSTILE + "\"",
                escaped.selectFirst("form input[name=object]").val());
        assertTrue(escaped.select("main script").isEmpty());
    }

    @Test
    void everyKindOfPagePrintsHostileLabelsAsText() throws Exception {
        for (String kind : KINDS) {
            Document d = page("/doc/" + kind);
            assertTrue(
                    d.selectFirst("h1").text().contains(PageFixtures.HOSTILE),
                    kind + ": " + d.selectFirst("h1").text());
            assertTrue(d.select("script").isEmpty(), kind);
            assertTrue(d.select("b, [onclick]").isEmpty(), kind);
        }
        Document search = page("/search?q=" + Chrome.encode(PageFixtures.HOSTILE + " retraites"));
        assertTrue(search.select("script").isEmpty());
        assertEquals(
                PageFixtures.HOSTILE + " retraites",
                search.selectFirst("main input[name=q]").val());
    }

    @Test
    void everyResponseHasACspWithoutUnsafeInline() throws Exception {
        String css = Assets.url(Assets.CSS);
        for (String path : List.of(
                "/",
                "/query",
                "/search?q=retraites",
                "/doc/" + PageFixtures.DEPUTY,
                "/nowhere",
                css,
                "/void",
                "/ontology",
                "/dumps/",
                "/sparql?query=ASK%7B%7D")) {
            String csp = get(port, path, null)
                    .headers()
                    .firstValue("Content-Security-Policy")
                    .orElse("");
            assertTrue(csp.contains("default-src 'self'"), path + ": " + csp);
            assertFalse(csp.contains("unsafe-inline"), path + ": " + csp);
        }
    }

    @Test
    void theStyleSheetIsServedAtAHashedAddressForAYear() throws Exception {
        HttpResponse<String> css = get(port, Assets.url(Assets.CSS), null);
        Document home = page("/");

        assertEquals(200, css.statusCode());
        assertTrue(css.headers().firstValue("Content-Type").orElse("").startsWith("text/css"));
        assertEquals(
                AssetServlet.CACHE_FOREVER,
                css.headers().firstValue("Cache-Control").orElse(null));
        assertEquals(
                Assets.url(Assets.CSS), home.selectFirst("link[rel=stylesheet]").attr("href"));
        assertTrue(Assets.url(Assets.CSS).matches("/assets/qlod\\.[0-9a-f]{12}\\.css"));
        assertEquals(404, get(port, "/assets/qlod.000000000000.css", null).statusCode());
    }

    @Test
    void searchFacetsCombineAndTheirCountsShrink() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode all =
                json.readTree(get(port, "/search?q=retraites&format=json", null).body());
        String ministry = "/doc/" + PageFixtures.MINISTRY;
        JsonNode one = json.readTree(get(port, "/search?q=retraites&format=json&ministry=" + ministry, null)
                .body());
        JsonNode two = json.readTree(
                get(port, "/search?q=retraites&ministry=" + ministry + "&year=2019&delay=beyond", "application/json")
                        .body());
        int expected = 0;
        for (int i = 0; i < PageFixtures.HOSTILE_QUESTIONS; i++) {
            expected += 2018 + i % 3 == 2019 && i % 5 != 4 && i % 6 >= 2 ? 1 : 0;
        }

        assertTrue(all.get("total").asInt() >= PageFixtures.HOSTILE_QUESTIONS, all.toString());
        assertEquals(PageFixtures.HOSTILE_QUESTIONS, one.get("total").asInt());
        assertEquals(expected, two.get("total").asInt());
        assertEquals(expected, two.get("results").size());
        for (JsonNode r : two.get("results")) {
            assertEquals(PageFixtures.HOSTILE + " ministère", r.get("ministry").asText());
            assertTrue(r.get("date").asText().startsWith("2019"));
            assertTrue(r.get("excerpt").asText().contains("retraites"));
            for (String field : List.of("iri", "title", "date", "author", "ministry", "status", "excerpt")) {
                assertTrue(r.hasNonNull(field), field);
            }
        }
        JsonNode years = two.get("facets").get("year");
        assertEquals(1, years.size());
        assertEquals(expected, years.get(0).get("count").asInt());
    }

    @Test
    void searchResultsAreQuestionsWithConceptsAsSuggestionsBeside() throws Exception {
        Document d = page("/search?q=retraites");

        for (Element a : d.select(".results .result > a.title")) {
            assertTrue(a.attr("href").startsWith("/doc/question/"), a.attr("href"));
        }
        assertFalse(d.select(".results .result .excerpt mark").isEmpty());
        assertFalse(d.select(".facet[data-facet=ministry] li").isEmpty());
    }

    @Test
    void pagesAreInEnglishByAcceptLanguageOrSwitch() throws Exception {
        Document en = Jsoup.parse(WebFixtures.HTTP
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                                        "http://localhost:" + port + "/doc/" + PageFixtures.MINISTRY))
                                .header("Accept", HTML)
                                .header("Accept-Language", "en-GB,en;q=0.9,fr;q=0.5")
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body());
        Document switched = page("/doc/" + PageFixtures.MINISTRY + "?lang=en");
        Document french = page("/doc/" + PageFixtures.MINISTRY);

        assertEquals("en", en.selectFirst("html").attr("lang"));
        assertEquals("Home", en.selectFirst("header nav a").text());
        assertEquals(
                "Answer delays (days)",
                en.selectFirst("#chart-delays figcaption").text());
        assertEquals("en", switched.selectFirst("html").attr("lang"));
        assertEquals("fr", french.selectFirst("html").attr("lang"));
        assertTrue(french.selectFirst("a.lang").attr("href").endsWith("lang=en"));
    }
}
