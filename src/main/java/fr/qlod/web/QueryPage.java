package fr.qlod.web;

import java.util.List;

/**
 * The query page: the query shown, the endpoint, the sample queries (their text bound to this
 * server's base), and the YASGUI assets when the build packaged them.
 */
record QueryPage(
        Chrome chrome,
        String text,
        String endpoint,
        int resultLimit,
        String unknownSample,
        List<SampleLink> samples,
        String yasguiJs,
        String yasguiCss,
        String queryJs) {
    QueryPage {
        samples = List.copyOf(samples);
    }
}
