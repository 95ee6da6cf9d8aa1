package fr.qlod.bench.sg;

import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.Option;
import fr.mines_stetienne.ci.sparql_generate.function.FunctionLoader;
import fr.mines_stetienne.ci.sparql_generate.iterator.IteratorFunctionBase;
import fr.mines_stetienne.ci.sparql_generate.iterator.IteratorFunctionLoader;
import fr.mines_stetienne.ci.sparql_generate.iterator.IteratorFunctionRegistry;
import java.util.ArrayList;
import java.util.List;
import net.minidev.json.JSONValue;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionBase2;
import org.apache.jena.sparql.function.FunctionRegistry;

/**
 * Bench-only stand-in for SPARQL-Generate's JSON module (sparql-generate-json), which is not
 * published on Maven Central for 2.1.0: registers {@code iter:JSONPath} and {@code fun:JSONPath}
 * through the engine's own ServiceLoader hooks, implemented as the upstream module does: Jayway
 * JsonPath over the parsed document; each iterated element is bound as a JSON literal
 * (re-serialised), and each extra path of the iterator is read on that element (missing = unbound);
 * as upstream, the last two outputs are the element's position (0-based) and whether another element
 * follows. An unbound document or a missing or null result yields no row, and null elements of a
 * list are skipped.
 */
public final class JsonPathModule implements IteratorFunctionLoader, FunctionLoader {
    static final String ITER = "http://w3id.org/sparql-generate/iter/JSONPath";
    static final String FUN = "http://w3id.org/sparql-generate/fn/JSONPath";
    static final RDFDatatype JSON = TypeMapper.getInstance()
            .getSafeTypeByName("https://www.iana.org/assignments/media-types/application/json");
    static final Configuration LENIENT = Configuration.defaultConfiguration()
            .addOptions(Option.SUPPRESS_EXCEPTIONS);

    @Override
    public void load(IteratorFunctionRegistry registry) {
        registry.put(ITER, Iter.class);
    }

    @Override
    public void load(FunctionRegistry registry) {
        registry.put(FUN, Fun.class);
    }

    static NodeValue toNodeValue(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof String) {
            return NodeValue.makeString((String) value);
        }
        if (value instanceof Integer || value instanceof Long) {
            return NodeValue.makeInteger(((Number) value).longValue());
        }
        if (value instanceof Number) {
            return NodeValue.makeDouble(((Number) value).doubleValue());
        }
        if (value instanceof Boolean) {
            return NodeValue.makeBoolean((Boolean) value);
        }
        return NodeValue.makeNode(NodeFactory.createLiteral(JSONValue.toJSONString(value), JSON));
    }

    /** {@code iter:JSONPath(json, path, subpath…)}: one row per element of {@code path}. */
    public static final class Iter extends IteratorFunctionBase {
        @Override
        public void checkBuild(ExprList args) {
            if (args.size() < 2) {
                throw new ExprEvalException("iter:JSONPath needs a document and a path");
            }
        }

        @Override
        public List<List<NodeValue>> exec(List<NodeValue> args) {
            if (args.get(0) == null) {
                return List.of(); // an unbound document: nothing to iterate
            }
            String json = args.get(0).asNode().getLiteralLexicalForm();
            String path = args.get(1).asString();
            Object result = JsonPath.using(LENIENT).parse(json).read(path);
            List<Object> values = new ArrayList<>();
            if (result instanceof List) {
                for (Object value : (List<?>) result) {
                    if (value != null) {
                        values.add(value);
                    }
                }
            } else if (result != null) {
                values.add(result);
            }
            List<List<NodeValue>> rows = new ArrayList<>(values.size());
            for (int position = 0; position < values.size(); position++) {
                Object value = values.get(position);
                List<NodeValue> row = new ArrayList<>(args.size() + 1);
                row.add(NodeValue.makeNode(NodeFactory.createLiteral(JSONValue.toJSONString(value), JSON)));
                if (args.size() > 2) {
                    DocumentContext element = JsonPath.using(LENIENT).parse(value);
                    for (int i = 2; i < args.size(); i++) {
                        row.add(toNodeValue(element.read(args.get(i).asString())));
                    }
                }
                row.add(NodeValue.makeInteger(position));
                row.add(NodeValue.makeBoolean(position < values.size() - 1));
                rows.add(row);
            }
            return rows;
        }
    }

    /** {@code fun:JSONPath(json, path)}: the value at {@code path}, parsing the JSON literal. */
    public static final class Fun extends FunctionBase2 {
        @Override
        public NodeValue exec(NodeValue json, NodeValue path) {
            Object value = JsonPath.using(LENIENT).parse(json.asNode().getLiteralLexicalForm()).read(path.asString());
            NodeValue result = toNodeValue(value);
            if (result == null) {
                throw new ExprEvalException("no value at " + path.asString());
            }
            return result;
        }
    }

}
