package fr.qlod.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
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
import fr.qlod.model.Erratum;
import fr.qlod.model.ErratumTarget;
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
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FicheHtmlReaderTest {
    private static final Charset CP1252 = Charset.forName("windows-1252");
    private final FicheHtmlReader reader = new FicheHtmlReader();

    @Test
    void readsUnansweredQuestionLapsedAtTheEndOfTheLegislature() {
        Question expected = Question.builder()
                .id(new QuestionId(8, QuestionType.QE, 41235))
                .origin(new Origin(SourceFormat.HTML_FICHE, "8-41235QE.htm", null))
                .author(new Author(Civility.MME, "Jacqueline", "Vasseur", null, null))
                .group(new GroupRef("Union pour la démocratie française", "UDF", null))
                .constituency(new Constituency("62", "Pas-de-Calais", null, "Nord-Pas-de-Calais"))
                .questioned(MinistryRef.named("agriculture"))
                .allocation(new Allocation(MinistryRef.named("agriculture"), null, null))
                .indexing(new Indexing(
                        "Mutualite sociale agricole",
                        "Cotisations",
                        List.of("Calcul. exploitants en difficulte"),
                        null))
                .published(JoPublication.of(date(1988, 3, 14), 1502))
                .text("")
                .closure(new Closure(Status.LAPSED_END_OF_LEGISLATURE, "FL", null, null, null))
                .build();
        Question q = read("8-41235QE.htm");
        assertEquals(expected, q);
        assertEquals(Status.LAPSED_END_OF_LEGISLATURE, q.status());
    }

    @Test
    void readsQuestionWithdrawnByItsAuthorWithAnEmptyWithdrawalDate() {
        MinistryRef ministry = MinistryRef.named("équipement, logement, transports et mer");
        Question expected = Question.builder()
                .id(new QuestionId(9, QuestionType.QOSD, 312))
                .origin(new Origin(SourceFormat.HTML_FICHE, "9-312QOSD.htm", null))
                .author(new Author(Civility.M, "Yves-Marie", "Le Goff", null, null))
                .group(new GroupRef("Rassemblement pour la République", "RPR", null))
                .constituency(new Constituency("29", "Finistère", null, "Bretagne"))
                .questioned(ministry)
                .allocation(new Allocation(ministry, null, null))
                .indexing(new Indexing("Transports maritimes", "Ports", List.of("Brest. amenagement"), null))
                .published(JoPublication.of(date(1991, 12, 2), 4870))
                .closure(
                        new Closure(Status.WITHDRAWN_BY_AUTHOR, "AU", "Retrait à l'initiative de l'auteur", null, null))
                .build();
        assertEquals(expected, read("9-312QOSD.htm"));
    }

    @Test
    void readsAnswerComplementSignalementRenewalAttributionChangeAndErrata() {
        JoPublication answered = JoPublication.of(date(1996, 4, 1), 1762);
        Question expected = Question.builder()
                .id(new QuestionId(10, QuestionType.QE, 30551))
                .origin(new Origin(SourceFormat.HTML_FICHE, "10-30551QE.htm", null))
                .author(new Author(Civility.M, "Arnaud", "Cornut-Gentille", null, null))
                .group(new GroupRef("Rassemblement pour la République", "RPR", null))
                .constituency(new Constituency("52", "Haute-Marne", null, "Champagne-Ardenne"))
                .questioned(MinistryRef.named("industrie, postes et télécommunications"))
                .allocation(new Allocation(
                        MinistryRef.named("technologies de l'information et poste"), date(1996, 1, 18), null))
                .indexing(new Indexing("Postes", "Bureaux de poste", List.of("Zones rurales. maintien"), null))
                .published(JoPublication.of(date(1995, 11, 20), 4853))
                .text("M Arnaud Cornut-Gentille demande a M le ministre de l'industrie, des postes et "
                        + "telecommunications quelles mesures il entend prendre pour maintenir les bureaux de poste "
                        + "des communes rurales.\n\nIl souhaite connaitre le calendrier de la concertation annoncee "
                        + "avec les elus locaux.")
                .answer(new Answer(
                        "Reponse. - Le contrat de plan conclu entre l'Etat et La Poste prevoit le "
                                + "maintien d'une presence postale dans les zones rurales.\n\nComplement de reponse. - Une "
                                + "circulaire du 12 mars 1996 precise les modalites de la concertation departementale.",
                        answered))
                .closure(new Closure(Status.ANSWERED, "REP_PUB", null, date(1996, 4, 1), answered))
                .signalement(JoPublication.of(date(1996, 3, 11), null))
                .renewal(JoPublication.of(date(1996, 2, 26), null))
                .erratum(new Erratum(ErratumTarget.QUESTION, JoPublication.of(date(1995, 12, 4), 5130), null))
                .erratum(new Erratum(ErratumTarget.ANSWER, JoPublication.of(date(1996, 4, 15), 2250), null))
                .build();
        assertEquals(expected, read("10-30551QE.htm"));
    }

    @Test
    void readsGovernmentQuestionDebateAsTheAnswerOneParagraphPerBreak() {
        JoPublication sitting = JoPublication.of(date(1996, 6, 5), 3981);
        Question expected = Question.builder()
                .id(new QuestionId(10, QuestionType.QG, 1187))
                .origin(new Origin(SourceFormat.HTML_FICHE, "10-1187QG.htm", null))
                .author(new Author(Civility.M, "Henri", "Pradel", null, null))
                .group(new GroupRef("Union pour la démocratie française et du Centre", "UDF", null))
                .constituency(new Constituency("73", "Savoie", null, "Rhône-Alpes"))
                .questioned(MinistryRef.named("environnement"))
                .allocation(new Allocation(MinistryRef.named("environnement"), null, null))
                .indexing(new Indexing("Environnement", "Montagne", List.of("Avalanches. prevention"), null))
                .published(sitting)
                .text("")
                .answer(new Answer(
                        "M. le president. La parole est a M. Henri Pradel.\n\n"
                                + "M. Henri Pradel. Madame le ministre, les communes de montagne attendent les plans de "
                                + "prevention annonces.\n\n"
                                + "M. le president. La parole est a Mme le ministre de l'environnement.\n\n"
                                + "Mme le ministre de l'environnement. Les plans seront publies avant l'hiver. (Applaudissements.)",
                        sitting))
                .closure(new Closure(Status.ANSWERED, "REP_PUB", null, date(1996, 6, 5), sitting))
                .build();
        assertEquals(expected, read("10-1187QG.htm"));
    }

    @Test
    void readsLegislature11TextsDespiteNestedBrokenHtmlDocuments() {
        JoPublication answered = JoPublication.of(date(2000, 2, 23), 1214);
        Question expected = Question.builder()
                .id(new QuestionId(11, QuestionType.QOSD, 2204))
                .origin(new Origin(SourceFormat.HTML_FICHE, "11-2204QOSD.htm", null))
                .author(new Author(Civility.MME, "Hélène", "Pérol-Dumont", null, null))
                .group(new GroupRef("Socialiste", "SOC", null))
                .constituency(new Constituency("87", "Haute-Vienne", null, "Limousin"))
                .questioned(MinistryRef.named("santé"))
                .allocation(new Allocation(MinistryRef.named("santé"), null, null))
                .indexing(new Indexing("santé", "hôpitaux", List.of("maternités. fermeture. Limousin"), null))
                .published(JoPublication.of(date(2000, 2, 14), 905))
                .text("Mme Hélène Pérol-Dumont appelle l'attention de Mme la secrétaire d'État à la santé sur "
                        + "l'avenir des maternités du Limousin.")
                .answer(new Answer(
                        "M. le président. La parole est à Mme Hélène Pérol-Dumont, pour exposer sa question.\n\n"
                                + "Mme Hélène Pérol-Dumont. Madame la secrétaire d'État, les élus s'inquiètent : quelles "
                                + "garanties pouvez-vous donner ?\n\n"
                                + "M. le président. La parole est à Mme la secrétaire d'État à la santé.\n\n"
                                + "Mme la secrétaire d'État à la santé. Aucune fermeture n'est décidée sans l'avis du comité régional.",
                        answered))
                .closure(new Closure(Status.ANSWERED, "REP_PUB", null, date(2000, 2, 23), answered))
                .build();
        assertEquals(expected, read("11-2204QOSD.htm"));
    }

    @Test
    void decodesLatin1AccentsAndWindows1252Punctuation() {
        Question q = read("13-8810QE.htm");
        assertEquals(new QuestionId(13, QuestionType.QE, 8810), q.id());
        assertEquals(new Author(Civility.M, "Noël", "Lefèvre", null, null), q.author());
        assertEquals(new GroupRef("Union pour un Mouvement Populaire", "UMP", null), q.group());
        assertEquals(new Constituency("22", "Côtes-d'Armor", null, "Bretagne"), q.constituency());
        assertEquals(MinistryRef.named("Économie, industrie et emploi"), q.questioned());
        assertEquals(
                List.of(new Allocation(MinistryRef.named("Économie, industrie et emploi"), null, null)),
                q.allocations());
        assertEquals(
                new Indexing("entreprises", "très petites entreprises", List.of("crédit. accès"), null), q.indexing());
        assertEquals(JoPublication.of(date(2007, 10, 16), 6321), q.published());
        assertEquals(
                "M. Noël Lefèvre attire l’attention de Mme la ministre de l’économie sur l’accès au crédit "
                        + "des très petites entreprises, qui œuvrent pour l’emploi local.",
                q.text());
        JoPublication answered = JoPublication.of(date(2008, 2, 12), 1280);
        assertEquals(
                List.of(new Answer(
                        "Le Gouvernement a renforcé les garanties d’OSEO en faveur des très " + "petites entreprises.",
                        answered)),
                q.answers());
        assertEquals(new Closure(Status.ANSWERED, "REP_PUB", null, date(2008, 2, 12), answered), q.closure());
        assertTrue(q.signalements().isEmpty()
                && q.renewals().isEmpty()
                && q.errata().isEmpty());
    }

    @Test
    void refusesPageWithoutNumberNamingTheFileAndTheField() {
        String page = fixture("9-312QOSD.htm").replace("<NUM>312</NUM>", "<NUM></NUM>");
        SourceFormatException e = assertThrows(SourceFormatException.class, () -> read("broken.htm", page));
        assertEquals("broken.htm", e.file());
        assertEquals("line 8:1", e.place());
        assertTrue(e.problem().contains("question number"), e.problem());
    }

    @Test
    void refusesPageWithoutLegislatureNamingTheFileAndTheField() {
        String page = fixture("9-312QOSD.htm")
                .replace("<LEG>9ème législature</LEG>", "")
                .replace("<NLEG>9</NLEG>", "<NLEG></NLEG>");
        SourceFormatException e = assertThrows(SourceFormatException.class, () -> read("broken.htm", page));
        assertEquals("broken.htm", e.file());
        assertTrue(e.problem().contains("legislature"), e.problem());
    }

    @Test
    void takesTheLegislatureFromTheHiddenNlegWhenLegIsMissing() {
        String page = fixture("9-312QOSD.htm").replace("<LEG>9ème législature</LEG>", "");
        assertEquals(
                new QuestionId(9, QuestionType.QOSD, 312),
                read("nleg.htm", page).id());
    }

    @Test
    void refusesPageWithoutOrWithAnUnknownType() {
        String missing = fixture("9-312QOSD.htm").replace("<NAT>QOSD</NAT>", "");
        SourceFormatException e = assertThrows(SourceFormatException.class, () -> read("notype.htm", missing));
        assertEquals("notype.htm", e.file());
        assertTrue(e.problem().contains("question type"), e.problem());
        String unknown = fixture("9-312QOSD.htm").replace("<NAT>QOSD</NAT>", "<NAT>QX</NAT>");
        e = assertThrows(SourceFormatException.class, () -> read("badtype.htm", unknown));
        assertTrue(e.problem().contains("unknown question type: 'QX'"), e.problem());
    }

    @Test
    void refusesTruncatedPageInsideAText() {
        String page = fixture("10-30551QE.htm");
        String cut = page.substring(0, page.indexOf("Complement de reponse"));
        SourceFormatException e = assertThrows(SourceFormatException.class, () -> read("cut.htm", cut));
        assertEquals("cut.htm", e.file());
        assertTrue(e.problem().contains("truncated") && e.problem().contains("<COMPREP>"), e.problem());
        assertTrue(e.place().startsWith("line "), e.place());
    }

    @Test
    void refusesTruncatedPageAfterTheTexts() {
        String page = fixture("10-30551QE.htm");
        String cut = page.substring(0, page.indexOf("<GRP>"));
        SourceFormatException e = assertThrows(SourceFormatException.class, () -> read("cut.htm", cut));
        assertTrue(e.problem().contains("truncated"), e.problem());
    }

    @Test
    void reportsAnAnswerTextWithoutDateAndKeepsTheQuestion() {
        String page = fixture("10-1187QG.htm").replace("<DPR>05/06/1996</DPR>", "<DPR></DPR>");
        List<SourceFormatException> reported = new ArrayList<>();
        List<Entity> out = new ArrayList<>();
        reader.read(
                Input.of("nodate.htm", page.getBytes(CP1252)),
                out::add,
                new Problems(ErrorPolicy.BEST_EFFORT, reported::add));
        assertEquals(1, reported.size());
        assertEquals("nodate.htm", reported.get(0).file());
        assertTrue(reported.get(0).problem().contains("<DPR>"), reported.get(0).problem());
        Question q = (Question) out.get(0);
        assertTrue(q.answers().isEmpty());
        assertEquals(new Closure(Status.ANSWERED, "REP_PUB", null, null, null), q.closure());
    }

    @Test
    void refusesAnImpossibleDate() {
        String page = fixture("9-312QOSD.htm").replace("<DPQ>02/12/1991</DPQ>", "<DPQ>31/02/1991</DPQ>");
        SourceFormatException e = assertThrows(SourceFormatException.class, () -> read("date.htm", page));
        assertTrue(e.problem().contains("DPQ"), e.problem());
    }

    @Test
    void acceptsEveryFichePage() {
        for (String name : List.of(
                "8-41235QE.htm",
                "9-312QOSD.htm",
                "10-30551QE.htm",
                "10-1187QG.htm",
                "11-2204QOSD.htm",
                "13-8810QE.htm")) {
            byte[] bytes = resource("fiche/" + name);
            assertTrue(reader.accepts(bytes, Decoding.decode(bytes, null)), name);
        }
    }

    @Test
    void acceptsPseudoTagsWithoutTheTitle() {
        String page = fixture("9-312QOSD.htm").replace("<TITLE>FICHE QUESTION</TITLE>", "");
        assertTrue(reader.accepts(page.getBytes(CP1252), page));
    }

    @Test
    void rejectsOtherFormats() {
        for (String name : List.of(
                "xml-view/14-51234QE.xml", "xml-view/14-7702QE.xml", SeedDocuments.SEED_000, SeedDocuments.SEED_001)) {
            byte[] bytes = resource(name);
            assertFalse(reader.accepts(bytes, Decoding.decode(bytes, null)), name);
        }
        for (String text : OtherFormats.ALL) {
            assertFalse(reader.accepts(text.getBytes(StandardCharsets.UTF_8), text), text);
        }
    }

    @Test
    void sourcesDispatchFichePagesToThisReader() {
        Input input = Input.of("10-1187QG.htm", resource("fiche/10-1187QG.htm"));
        assertInstanceOf(FicheHtmlReader.class, Sources.create().readerFor(input));
    }

    private Question read(String fixture) {
        return read(fixture, resource("fiche/" + fixture));
    }

    private Question read(String name, String page) {
        return read(name, page.getBytes(CP1252));
    }

    private Question read(String name, byte[] bytes) {
        List<Entity> out = new ArrayList<>();
        reader.read(Input.of(name, bytes), out::add, Problems.strict());
        assertEquals(1, out.size());
        return (Question) out.get(0);
    }

    static String fixture(String name) {
        return new String(resource("fiche/" + name), CP1252);
    }

    static byte[] resource(String name) {
        return SeedDocuments.resource("/source/", name);
    }

    private static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    /** Heads of the other formats, written after their descriptions in FORMATS.md. */
    static final class OtherFormats {
        static final List<String> ALL = Arrays.asList(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<question xmlns=\"http://schemas.assemblee-nationale.fr/referentiel\" "
                        + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:type=\"QuestionEcrite_Type\">"
                        + "<uid>QANR5L15QE1</uid><identifiant><numero>1</numero><legislature>15</legislature></identifiant>",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<questionsEcrites><question><uid>QANR5L14QE1</uid>",
                "{\"question\": {\"@xmlns\": \"http://schemas.assemblee-nationale.fr/referentiel\", \"uid\": \"QANR5L16QG1\"}}",
                "<!DOCTYPE html>\n<html lang=\"fr-FR\"><head><meta charset=\"utf-8\"><title>Question N°47351</title></head>"
                        + "<body><header class=\"question_legislature\">14ème législature</header>"
                        + "<section class=\"question_header\"><div id=\"question_col10\">Question N° 47351</div></section></body></html>");

        private OtherFormats() {}
    }
}
