package fr.qlod.bench;

import fr.qlod.query.SampleQuery;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Prints a sample query with its {@code ?_name} placeholders bound as {@code qlod query} binds them:
 * the values given as {@code name=value}, else the query's own defaults, so that the benchmark times
 * the query users run rather than its unbound text.
 *
 * <pre>
 * java -cp … fr.qlod.bench.BoundQuery queries/questions-of-deputy.rq deputy=http://localhost:3030/id/person/PA1400000
 * </pre>
 */
public final class BoundQuery {
    private BoundQuery() {}

    public static void main(String[] args) throws IOException {
        SampleQuery query = SampleQuery.read(Path.of(args[0]));
        Map<String, String> given = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            String name = args[i].substring(0, args[i].indexOf('='));
            if (query.placeholders().contains(name)) {
                given.put(name, args[i].substring(name.length() + 1));
            }
        }
        System.out.print(query.boundText(given));
    }
}
