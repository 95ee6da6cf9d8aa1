package fr.qlod.rdf;

import fr.qlod.model.Author;
import fr.qlod.model.Civility;
import fr.qlod.model.Closure;
import fr.qlod.model.Constituency;
import fr.qlod.model.Entity;
import fr.qlod.model.GroupRef;
import fr.qlod.model.Indexing;
import fr.qlod.model.JoPublication;
import fr.qlod.model.JoType;
import fr.qlod.model.Mandate;
import fr.qlod.model.MinistryRef;
import fr.qlod.model.Organ;
import fr.qlod.model.OrganType;
import fr.qlod.model.Origin;
import fr.qlod.model.Person;
import fr.qlod.model.Question;
import fr.qlod.model.QuestionId;
import fr.qlod.model.QuestionType;
import fr.qlod.model.SourceFormat;
import fr.qlod.model.Status;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * Records built in Java for the mapping tests that need what no fixture file holds (an invented mandate, a
 * homonym), and the context every mapping test shares. The golden cases ({@link MappingGoldenTest}) read source
 * files instead.
 */
final class MappingCases {
    static final Instant GENERATED = Instant.parse("2025-01-02T03:04:05Z");
    static final String VERSION = "0.1.0-test";
    static final String BASE = "http://localhost:3030/";

    /** A case: the entities to map (AMO first), and whether AMO entities also fill the directory. */
    record Case(List<Entity> entities, boolean directory) {}

    private MappingCases() {}

    /** Maps a case into an in-memory dataset, as convert would. */
    static DatasetGraph map(Case c) {
        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        StreamRDF out = StreamRDFLib.dataset(dsg);
        Directory directory = Directory.empty();
        if (c.directory()) {
            c.entities().forEach(directory::add);
        }
        MappingContext context = context(directory, e -> {});
        EntityMapper mapper = EntityMapper.create(context);
        out.start();
        EntityMapper.prefixes(out);
        IdenticalAnswers links = new IdenticalAnswers();
        for (Entity e : c.entities()) {
            mapper.emit(e, out);
            if (e instanceof Question q) {
                links.add(q);
            }
        }
        context.mentions().emit(out, context);
        links.emit(out, context);
        out.finish();
        return dsg;
    }

    static MappingContext context(Directory directory, java.util.function.Consumer<MappingException> warnings) {
        return MappingContext.create()
                .uris(Uris.create(BASE))
                .converterVersion(VERSION)
                .generatedAt(GENERATED)
                .directory(directory)
                .warnings(warnings)
                .build();
    }

    static Origin amoOrigin(String id) {
        return new Origin(SourceFormat.AMO_JSON, "amo/" + id + ".json", null);
    }

    /** Thierry Lazaro's AMO records, after samples/opendata-amo (real ids and dates; PM690001 is invented: his return to UMP in 2013). */
    static List<Entity> amo() {
        Mandate deputy = new Mandate(
                "PM645505",
                amoOrigin("PM645505"),
                "PA1857",
                "PO644420",
                OrganType.ASSEMBLEE,
                14,
                LocalDate.of(2012, 6, 20),
                LocalDate.of(2017, 6, 20),
                "membre",
                new Constituency("59", "Nord", 6, "Hauts-de-France"));
        Person lazaro = new Person(
                "PA1857",
                amoOrigin("PA1857"),
                Civility.M,
                "Thierry",
                "Lazaro",
                LocalDate.of(1960, 9, 27),
                "Lille",
                List.of(deputy));
        List<Entity> out = new ArrayList<>();
        out.add(lazaro);
        out.add(new Mandate(
                "PM656428",
                amoOrigin("PM656428"),
                "PA1857",
                "PO656006",
                OrganType.GP,
                14,
                LocalDate.of(2012, 6, 26),
                LocalDate.of(2012, 11, 27),
                "Membre",
                null));
        out.add(new Mandate(
                "PM685005",
                amoOrigin("PM685005"),
                "PA1857",
                "PO684957",
                OrganType.GP,
                14,
                LocalDate.of(2012, 11, 27),
                LocalDate.of(2013, 1, 15),
                "Membre",
                null));
        out.add(new Mandate(
                "PM690001",
                amoOrigin("PM690001"),
                "PA1857",
                "PO656006",
                OrganType.GP,
                14,
                LocalDate.of(2013, 1, 16),
                LocalDate.of(2015, 6, 1),
                "Membre",
                null));
        out.add(new Organ(
                "PO644420",
                amoOrigin("PO644420"),
                OrganType.ASSEMBLEE,
                "ASSEMBLEE",
                "Assemblée nationale de la 14ème législature",
                "Assemblée",
                "AN",
                LocalDate.of(2012, 6, 20),
                LocalDate.of(2017, 6, 20),
                null,
                14));
        out.add(new Organ(
                "PO656006",
                amoOrigin("PO656006"),
                OrganType.GP,
                "GP",
                "Union pour un Mouvement Populaire",
                "UMP",
                "UMP",
                LocalDate.of(2012, 6, 26),
                LocalDate.of(2015, 6, 1),
                null,
                14));
        out.add(new Organ(
                "PO684957",
                amoOrigin("PO684957"),
                OrganType.GP,
                "GP",
                "Rassemblement - Union pour un Mouvement Populaire",
                "Rassemblement-UMP",
                "R-UMP",
                LocalDate.of(2012, 11, 27),
                LocalDate.of(2013, 1, 15),
                null,
                14));
        out.add(new Organ(
                "PO700706",
                amoOrigin("PO700706"),
                OrganType.GOUVERNEMENT,
                "GOUVERNEMENT",
                "Gouvernement",
                "VALLS",
                "GVT",
                LocalDate.of(2014, 4, 1),
                LocalDate.of(2014, 8, 25),
                null,
                null));
        out.add(new Organ(
                "PO700722",
                amoOrigin("PO700722"),
                OrganType.MINISTERE,
                "MINISTERE",
                "Ministère de la justice",
                "Justice",
                "JUS",
                LocalDate.of(2014, 4, 3),
                LocalDate.of(2014, 8, 26),
                "PO700706",
                null));
        out.add(new Organ(
                "PO702883",
                amoOrigin("PO702883"),
                OrganType.GOUVERNEMENT,
                "GOUVERNEMENT",
                "Gouvernement",
                "VALLS 2",
                "GVT",
                LocalDate.of(2014, 8, 26),
                LocalDate.of(2016, 12, 6),
                null,
                null));
        out.add(new Organ(
                "PO702926",
                amoOrigin("PO702926"),
                OrganType.MINISTERE,
                "MINISTERE",
                "Ministère de la justice",
                "Justice",
                "JUS",
                LocalDate.of(2014, 8, 27),
                LocalDate.of(2016, 1, 27),
                "PO702883",
                null));
        return out;
    }

    /** A FICHE-like oral question of the 8th legislature withdrawn by its author (invented content). */
    static Question withdrawnOralQuestion() {
        return Question.builder()
                .id(new QuestionId(8, QuestionType.QOSD, 174))
                .origin(new Origin(SourceFormat.HTML_FICHE, "fiche/8-174QOSD.htm", null))
                .author(new Author(Civility.MME, "Yvette", "Roudy", null, null))
                .group(new GroupRef("Socialiste", "SOC", null))
                .constituency(new Constituency(null, "Calvados", null, null))
                .questioned(MinistryRef.named("culture et communication"))
                .indexing(
                        new Indexing("enseignement", "programmes", List.of("enseignement artistique", "musique"), null))
                .published(new JoPublication(LocalDate.of(1987, 4, 27), 2401, JoType.JO_QUESTION, null, null))
                .text(
                        "Mme Yvette Roudy appelle l'attention de M. le ministre de la culture et de la communication "
                                + "sur la place de l'enseignement musical à l'école.\n\nElle lui demande quelles mesures il compte prendre.")
                .closure(new Closure(
                        Status.WITHDRAWN_BY_AUTHOR,
                        "AU",
                        "Retrait à l'initiative de l'auteur",
                        LocalDate.of(1987, 5, 4),
                        new JoPublication(LocalDate.of(1987, 5, 4), 2520, JoType.JO_QUESTION, null, null)))
                .build();
    }
}
