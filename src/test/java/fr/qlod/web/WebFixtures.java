package fr.qlod.web;

import fr.qlod.store.QuestionStore;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;

/** A store loaded with the TriG fixtures, and an HTTP client that does not follow redirects. */
final class WebFixtures {
    static final URI BASE = URI.create("http://example.test/");
    static final String QUESTION = "question/QANR5L14QE59906";
    static final String ORGAN = "organ/PO702926";
    /** Extra questions pointing at the ministry, to page its inverse links. */
    static final int EXTRA_LINKS = 60;

    static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private WebFixtures() {}

    static QuestionStore store(Path dir) {
        QuestionStore store = QuestionStore.open(dir);
        store.load(out -> {
            for (String resource : new String[] {"web/questions.trig", "web/script-label.trig"}) {
                DatasetGraph data = RDFDataMgr.loadDatasetGraph(resource);
                data.find().forEachRemaining(out::quad);
            }
            Node organ = NodeFactory.createURI(BASE + "id/" + ORGAN);
            Node addressedTo = NodeFactory.createURI("https://w3id.org/qlod#addressedTo");
            for (int i = 0; i < EXTRA_LINKS; i++) {
                Node q = NodeFactory.createURI(BASE + "id/question/QANR5L14QE7" + String.format("%04d", i));
                Node g = NodeFactory.createURI(BASE + "graph/question/QANR5L14QE7" + String.format("%04d", i));
                out.quad(Quad.create(g, q, addressedTo, organ));
                out.quad(Quad.create(g, q, RDFS.label.asNode(), NodeFactory.createLiteralLang("Question " + i, "fr")));
            }
        });
        return store;
    }

    /**
     * The server the web ITs start on a fixture store: a free loopback port, IRIs under {@link #BASE}, the test
     * ontology. A test adds its own settings (a result limit, a query time-out…) before {@code build().start()}.
     */
    static QlodServer.Builder server(QuestionStore store) {
        return QlodServer.create().store(store).port(0).base(BASE).ontology("web/ontology.ttl");
    }

    /** Stops the servers, then closes the store even when a server fails to stop. */
    static void stop(QuestionStore store, QlodServer... servers) {
        try {
            for (QlodServer server : servers) {
                server.stop();
            }
        } finally {
            store.close();
        }
    }

    /** Parses a document of the server (its relative IRIs against {@code http://localhost/}). */
    static Graph parse(String body, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(body, lang).base("http://localhost/").parse(g);
        return g;
    }

    static HttpResponse<String> get(int port, String path, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder req = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .GET();
        if (accept != null) {
            req.header("Accept", accept);
        }
        return HTTP.send(req.build(), HttpResponse.BodyHandlers.ofString());
    }
}
