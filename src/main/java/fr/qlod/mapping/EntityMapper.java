package fr.qlod.mapping;

import fr.qlod.model.Entity;
import fr.qlod.model.Mandate;
import fr.qlod.model.Organ;
import fr.qlod.model.Person;
import fr.qlod.model.Question;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;

/**
 * Maps any {@link Entity} a reader yields to quads in the entity's own named graph: questions
 * with {@link QuestionMapper}, AMO people, mandates and organs with their own mapping. The entry
 * point of the {@code rdf} package.
 *
 * <pre>
 * EntityMapper mapper = EntityMapper.create(context);
 * StreamRDF out = StreamRDFWriter.getWriterStream(stream, RDFFormat.NQUADS);
 * out.start();
 * EntityMapper.prefixes(out);
 * sources.read(path, entity -&gt; mapper.emit(entity, out), problems);
 * out.finish();
 * </pre>
 */
public final class EntityMapper {
    private final QuestionMapper questions;
    private final AmoMapper amo;

    private EntityMapper(MappingContext context) {
        this.questions = new QuestionMapper(context);
        this.amo = new AmoMapper(context);
    }

    public static EntityMapper create(MappingContext context) {
        return new EntityMapper(context);
    }

    /** Emits the entity's quads; never calls {@code start()} or {@code finish()}. */
    public void emit(Entity entity, StreamRDF out) {
        if (entity instanceof Question q) {
            questions.emit(q, out);
        } else if (entity instanceof Person p) {
            amo.person(p, out);
        } else if (entity instanceof Mandate m) {
            amo.mandate(m, out);
        } else if (entity instanceof Organ o) {
            amo.organ(o, out);
        }
    }

    /** Declares the prefixes of every vocabulary qlod writes, for readable Turtle and TriG. */
    public static void prefixes(StreamRDF out) {
        out.prefix("qlod", Qlod.NS);
        out.prefix("rdf", RDF.getURI());
        out.prefix("rdfs", RDFS.getURI());
        out.prefix("xsd", XSD.NS);
        out.prefix("owl", OWL.NS);
        out.prefix("dcterms", DCTerms.NS);
        out.prefix("foaf", FOAF.NS);
        out.prefix("org", ORG.NS);
        out.prefix("skos", SKOS.uri);
        out.prefix("prov", Prov.NS);
        out.prefix("eli", Eli.NS);
        out.prefix("time", Time.NS);
    }
}
