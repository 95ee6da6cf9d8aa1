package fr.qlod.rdf;

import fr.qlod.SeedDocuments;
import fr.qlod.model.Allocation;
import fr.qlod.model.Answer;
import fr.qlod.model.Author;
import fr.qlod.model.Civility;
import fr.qlod.model.Constituency;
import fr.qlod.model.GroupRef;
import fr.qlod.model.Indexing;
import fr.qlod.model.JoPublication;
import fr.qlod.model.MinistryRef;
import fr.qlod.model.Origin;
import fr.qlod.model.Question;
import fr.qlod.model.QuestionId;
import fr.qlod.model.QuestionType;
import fr.qlod.model.SourceFormat;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * The two seed documents ({@link SeedDocuments}) as records, each named as in ../shared/seeds: the facts
 * are typed in here from the files, the texts cut from the files themselves so that they stay byte-exact.
 * Seed 000's reader also finds the page's URL on its first line, which this record leaves out: the golden
 * cases built on it predate that reading.
 */
final class Seeds {
    static final String SEED_000 = "000_c01afe447f689a50.txt";
    static final String SEED_001 = "001_8635c9412bd7bc5a.txt";

    private Seeds() {}

    /** Seed 000, the 2009-2015 table page as text: question 59906, group and département only, a change of attribution. */
    static Question seed000() {
        String text = resource(SEED_000);
        String question = between(text, "## Texte de la question", "## Texte de la réponse");
        String answer = after(text, "## Texte de la réponse");
        return Question.builder()
                .id(new QuestionId(14, QuestionType.QE, 59906))
                .origin(new Origin(SourceFormat.TEXT_TABLE, SEED_000, null))
                .author(new Author(Civility.M, "Thierry", "Lazaro", null, null))
                .group(new GroupRef("Union pour un Mouvement Populaire", null, null))
                .constituency(new Constituency(null, "Nord", null, null))
                .questioned(MinistryRef.named("Justice"))
                .allocation(new Allocation(MinistryRef.named("Justice"), LocalDate.of(2014, 8, 27), null))
                .indexing(new Indexing(
                        "télécommunications", "Internet", List.of("cybercriminalité. rapport. préconisations."), null))
                .published(JoPublication.of(LocalDate.of(2014, 7, 8), null))
                .text(question)
                .answer(new Answer(answer, JoPublication.of(LocalDate.of(2014, 9, 16), 7835)))
                .build();
    }

    /** Seed 001, the /dyn/ page as text: question 60037, 6th constituency of Nord, the group printed as "Les Républicains". */
    static Question seed001() {
        String text = resource(SEED_001);
        String question = between(text, "Texte de la question", "Texte de la réponse");
        String answer = between(text, "Texte de la réponse", "Données clés");
        return Question.builder()
                .id(new QuestionId(14, QuestionType.QE, 60037))
                .origin(new Origin(SourceFormat.TEXT_DYN, SEED_001, null))
                .author(new Author(Civility.M, "Thierry", "Lazaro", null, null))
                .group(new GroupRef("Les Républicains", null, null))
                .constituency(new Constituency(null, "Nord", 6, null))
                .questioned(MinistryRef.named("Justice"))
                .allocation(new Allocation(MinistryRef.named("Justice"), null, null))
                .indexing(new Indexing("Télécommunications", "Internet", List.of(), null))
                .published(JoPublication.of(LocalDate.of(2014, 7, 8), 5800))
                .text(question)
                .answer(new Answer(answer, JoPublication.of(LocalDate.of(2014, 9, 16), 7835)))
                .build();
    }

    private static String resource(String name) {
        String resource = name.equals(SEED_000) ? SeedDocuments.SEED_000 : SeedDocuments.SEED_001;
        return new String(SeedDocuments.resource("", resource), StandardCharsets.UTF_8);
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start) + start.length();
        return text.substring(from, text.indexOf(end, from)).strip();
    }

    private static String after(String text, String start) {
        return text.substring(text.indexOf(start) + start.length()).strip();
    }
}
