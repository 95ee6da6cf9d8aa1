package fr.qlod.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.qlod.SeedDocuments;
import fr.qlod.model.Allocation;
import fr.qlod.model.Answer;
import fr.qlod.model.Author;
import fr.qlod.model.Civility;
import fr.qlod.model.Closure;
import fr.qlod.model.Constituency;
import fr.qlod.model.Entity;
import fr.qlod.model.GroupRef;
import fr.qlod.model.Indexing;
import fr.qlod.model.JoPublication;
import fr.qlod.model.MinistryRef;
import fr.qlod.model.Origin;
import fr.qlod.model.Question;
import fr.qlod.model.QuestionId;
import fr.qlod.model.QuestionType;
import fr.qlod.model.SourceFormat;
import fr.qlod.model.Status;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextDynReaderTest {
    static final String FOLDER = "/source/dyn/";
    private static final String SEED = SeedDocuments.SEED_001;

    private static final String SEED_QUESTION =
            """
            M. Thierry Lazaro attire l'attention de Mme la garde des sceaux, ministre de la justice, sur les\s\
            propositions du groupe de travail interministériel sur la lutte contre la cybercriminalité formulées\s\
            dans le rapport remis le 30 juin 2014 par son président, et lui demande la suite qu'entend réserver\s\
            le Gouvernement à l'un des aspects de la recommandation n° 43 relative au cryptage et au chiffrement\s\
            des données, visant à autoriser l'officier de police judiciaire, s'agissant des données chiffrées et\s\
            lorsque la convention de chiffrement ne peut être obtenue du maître du système ou du tiers dont\s\
            l'assistance est requis, à requérir toute personne qualifiée, y compris, par le biais de l'OCLCTIC\s\
            ou de l'IRCGN, le centre technique d'assistance.""";
    private static final String SEED_ANSWER =
            """
            La garde des sceaux tient à saluer la qualité et l'exhaustivité de la tâche accomplie par le groupe\s\
            de travail interministériel chargé d'élaborer une stratégie globale de lutte contre la\s\
            cybercriminalité qui, sous l'autorité de Monsieur le Procureur général Marc ROBERT, est parvenu à\s\
            formuler, dans un esprit à la fois innovant et pragmatique, 55 propositions qui visent, en prenant\s\
            en compte à la fois l'impératif de sécurité et le respect des libertés, à mieux protéger les\s\
            internautes en améliorant la sensibilisation des publics, la prévention des infractions et la\s\
            réponse répressive. Lors de la remise du rapport le 30 juin 2014, la garde des sceaux a insisté sur\s\
            la nécessité pour le ministère de la justice de mener une politique pénale efficace et adaptée aux\s\
            enjeux posés par les nouvelles technologies. La garde des sceaux a chargé les services du ministère\s\
            de la justice d'étudier les propositions de ce rapport et les conditions de leur mise en oeuvre, en\s\
            concertation avec tous les acteurs concernés. Ainsi, afin notamment de répondre efficacement aux\s\
            besoins actuels, de mettre en place une politique pénale adaptée, et de placer la réflexion sur les\s\
            moyens de lutter contre la cybercriminalité au coeur de l'organisation judiciaire, la garde des\s\
            sceaux a d'ores et déjà annoncé la création au sein de la direction des affaires criminelles et des\s\
            grâces d'une mission cybercriminalité ayant des compétences civiles, pénales et internationales, et\s\
            chargée de proposer une politique judiciaire cohérente et de participer à l'ensemble des travaux\s\
            nationaux et internationaux sur le sujet. Ces évolutions s'inscrivent par ailleurs dans le cadre des\s\
            actions déjà menées par le ministère de la justice pour lutter efficacement contre la\s\
            cybercriminalité, telles que les actions de formation initiale et continue des magistrats organisées\s\
            et dispensées par l'Ecole Nationale de la Magistrature ou la désignation d'un magistrat référent en\s\
            matière de cybercriminalité dans chaque parquet.""";

    private final TextDynReader reader = new TextDynReader();

    @Test
    void readsEveryFieldOfTheSeed() {
        Question expected = Question.builder()
                .id(new QuestionId(14, QuestionType.QE, 60037))
                .origin(new Origin(SourceFormat.TEXT_DYN, SEED, null))
                .author(new Author(Civility.M, "Thierry", "Lazaro", null, null))
                .group(new GroupRef("Les Républicains", null, null))
                .constituency(new Constituency("59", "Nord", 6, null))
                .questioned(MinistryRef.named("Justice"))
                .allocation(new Allocation(MinistryRef.named("Justice"), null, null))
                .indexing(new Indexing("Télécommunications", "Internet", List.of(), null))
                .published(JoPublication.of(LocalDate.of(2014, 7, 8), 5800))
                .text(SEED_QUESTION)
                .answer(new Answer(SEED_ANSWER, JoPublication.of(LocalDate.of(2014, 9, 16), 7835)))
                .build();

        Question actual = read(SEED);

        assertEquals(expected, actual);
        assertEquals(Status.ANSWERED, actual.status());
        assertEquals("59", actual.constituency().departmentCode());
    }

    @Test
    void readsAnUnansweredQuestionWithItsParagraphsAndTitle() {
        Question expected = Question.builder()
                .id(new QuestionId(15, QuestionType.QE, 21874))
                .origin(new Origin(SourceFormat.TEXT_DYN, "text-unanswered.txt", null))
                .author(new Author(Civility.MME, "Claire", "Fontaine", null, null))
                .group(new GroupRef("La République en Marche", null, null))
                .constituency(new Constituency("13", "Bouches-du-Rhône", 11, null))
                .questioned(MinistryRef.named("Solidarités et santé"))
                .allocation(new Allocation(MinistryRef.named("Solidarités et santé"), null, null))
                // from the 15th legislature on, the page's title line is a "Titre", not a tête d'analyse
                .indexing(new Indexing("Santé", null, List.of(), "Déserts médicaux"))
                .published(JoPublication.of(LocalDate.of(2019, 7, 30), 7042))
                .text("Mme Claire Fontaine attire l'attention de Mme la ministre des solidarités et de la santé sur "
                        + "la difficulté croissante des habitants des communes rurales à trouver un médecin traitant."
                        + "\n\nElle lui demande quelles mesures le Gouvernement entend prendre pour inciter les jeunes "
                        + "médecins à s'installer dans les zones sous-dotées.")
                .build();

        Question actual = read("text-unanswered.txt");

        assertEquals(expected, actual);
        assertEquals(Status.PENDING, actual.status());
    }

    @Test
    void readsWithdrawalChangeOfAttributionAndSignalement() {
        Question expected = Question.builder()
                .id(new QuestionId(14, QuestionType.QE, 70512))
                .origin(new Origin(SourceFormat.TEXT_DYN, "text-withdrawn.txt", null))
                .author(new Author(Civility.M, "Paul", "Lemercier", null, null))
                .group(new GroupRef("Union des démocrates et indépendants", null, null))
                .constituency(new Constituency("21", "Côte-d'Or", 2, null))
                .questioned(MinistryRef.named("Intérieur"))
                .allocation(
                        new Allocation(MinistryRef.named("Transports, mer et pêche"), LocalDate.of(2015, 2, 3), null))
                .indexing(new Indexing("Sécurité routière", "Sécurité routière", List.of(), null))
                .published(JoPublication.of(LocalDate.of(2014, 11, 25), 9785))
                .text("M. Paul Lemercier interroge M. le ministre de l’intérieur sur le nombre de radars automatiques "
                        + "installés sur les routes départementales de la Côte-d'Or depuis 2012.")
                .signalement(JoPublication.of(LocalDate.of(2015, 5, 12), 3520))
                .closure(new Closure(
                        Status.WITHDRAWN_END_OF_MANDATE, null, "Fin de mandat", LocalDate.of(2017, 6, 20), null))
                .build();

        Question actual = read("text-withdrawn.txt");

        assertEquals(expected, actual);
        assertEquals("Transports, mer et pêche", actual.attributaire().name());
    }

    @Test
    void takesTheSourceUrlPrintedOnTheFirstLine() {
        String dump = "https://www.assemblee-nationale.fr/dyn/14/questions/QANR5L14QE60037\n\n" + fixture(SEED);

        Question actual = read("with-url.txt", dump);

        assertEquals(
                "https://www.assemblee-nationale.fr/dyn/14/questions/QANR5L14QE60037",
                actual.origin().sourceUrl());
        assertEquals(new QuestionId(14, QuestionType.QE, 60037), actual.id());
    }

    @Test
    void repairsMojibakeAndReadsWindows1252() {
        String dump = fixture("text-unanswered.txt");
        byte[] latin = dump.getBytes(java.nio.charset.Charset.forName("windows-1252"));

        Question actual = read("latin.txt", latin);

        assertEquals("Santé", actual.indexing().rubrique());
        assertEquals(new Constituency("13", "Bouches-du-Rhône", 11, null), actual.constituency());
    }

    @Test
    void takesNumberAndTypeFromTheTitleWhenTheBoxOmitsThem() {
        String dump = fixture(SEED)
                .replace("Numéro de la question : 60037\n", "")
                .replace("Type de question : Question écrite\n", "");

        assertEquals(
                new QuestionId(14, QuestionType.QE, 60037),
                read("short.txt", dump).id());
    }

    @Test
    void rejectsADumpWithoutNumber() {
        String dump = fixture(SEED)
                .replace("Numéro de la question : 60037", "Numéro de la question :")
                .replace("Question écrite n° 60037", "Question écrite");

        SourceFormatException e = assertThrows(SourceFormatException.class, () -> read("no-number.txt", dump));

        assertEquals("no-number.txt", e.file());
        assertTrue(e.problem().contains("number"), e.problem());
    }

    @Test
    void rejectsADumpWithoutLegislatureNamingIt() {
        String dump = fixture(SEED).replace("14ème législature", "");

        SourceFormatException e = assertThrows(SourceFormatException.class, () -> read("no-leg.txt", dump));

        assertEquals("no-leg.txt", e.file());
        assertEquals("missing required field(s): legislature", e.problem());
    }

    @Test
    void rejectsADumpWithoutTypeNamingIt() {
        String dump = fixture(SEED)
                .replace("Type de question : Question écrite", "Type de question :")
                .replace("Question écrite n° 60037", "Question n° 60037");

        SourceFormatException e = assertThrows(SourceFormatException.class, () -> read("no-type.txt", dump));

        assertEquals("missing required field(s): type", e.problem());
    }

    @Test
    void rejectsATruncatedDump() {
        String full = fixture(SEED);
        String truncated = full.substring(0, full.indexOf("Texte de la réponse") + 40);

        SourceFormatException e = assertThrows(SourceFormatException.class, () -> read("cut.txt", truncated));

        assertEquals("cut.txt", e.file());
        assertTrue(e.problem().contains("truncated"), e.problem());
    }

    @Test
    void reportsAnAnswerTextWithoutItsDate() {
        String dump = fixture(SEED).replaceAll("\nRéponse publiée au JO le : .*", "");
        List<SourceFormatException> reported = new ArrayList<>();
        List<Entity> out = new ArrayList<>();

        reader.read(
                Input.of("nodate.txt", dump.getBytes(StandardCharsets.UTF_8)),
                out::add,
                new Problems(ErrorPolicy.BEST_EFFORT, reported::add));

        assertEquals(1, reported.size());
        assertEquals("nodate.txt", reported.get(0).file());
        assertEquals(List.of(), ((Question) out.get(0)).answers());
    }

    @Test
    void acceptsItsOwnDumpsOnly() {
        for (String name : List.of(SEED, "text-unanswered.txt", "text-withdrawn.txt")) {
            assertTrue(accepts(reader, fixture(name)), name);
        }
        for (String name : List.of("html-answered.html", "html-unanswered.html", "html-withdrawn.html")) {
            assertFalse(accepts(reader, fixture(name)), name);
        }
        // the 2009-2015 table dump (seed 000) has a different layout
        assertFalse(accepts(
                reader,
                "ttps://www.assemblee-nationale.fr/dyn/14/questions/QANR5I 14QF59906\n\n"
                        + "## 14ème legislature\n\nQuestion N° : 59906\tDe M. Thierry Lazaro (Union pour un Mouvement "
                        + "Populaire - Nord\t\t\t\tQuestion écrite\n\n## Texte de la question\n\nM. Thierry Lazaro…"));
        assertFalse(accepts(reader, "{\"question\": {\"uid\": \"QANR5L16QG1\"}}"));
    }

    @Test
    void acceptsADumpWhoseKeyDataLieBeyondTheHead() {
        String full = fixture(SEED);
        String head = full.substring(0, full.indexOf("Texte de la réponse"));

        assertTrue(accepts(reader, head));
    }

    static boolean accepts(QuestionReader reader, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Input input = Input.of("sniff", bytes);
        return reader.accepts(input.head(), input.headText());
    }

    private Question read(String fixture) {
        return read(fixture, fixture(fixture));
    }

    private Question read(String name, String content) {
        return read(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private Question read(String name, byte[] content) {
        return only(reader, name, content);
    }

    static Question only(QuestionReader reader, String name, byte[] content) {
        List<Entity> out = new ArrayList<>();
        reader.read(Input.of(name, content), out::add, Problems.strict());
        assertEquals(1, out.size());
        return (Question) out.get(0);
    }

    static String fixture(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    static byte[] bytes(String name) {
        return SeedDocuments.resource(FOLDER, name);
    }
}
