package fr.qlod.parse;

import static fr.qlod.model.JoType.JO_DEBAT;
import static fr.qlod.model.JoType.JO_LOI_DECRET;
import static fr.qlod.model.JoType.JO_QUESTION;

import fr.qlod.model.Allocation;
import fr.qlod.model.Answer;
import fr.qlod.model.Author;
import fr.qlod.model.Closure;
import fr.qlod.model.Entity;
import fr.qlod.model.GroupRef;
import fr.qlod.model.Indexing;
import fr.qlod.model.JoPublication;
import fr.qlod.model.JoType;
import fr.qlod.model.MinistryRef;
import fr.qlod.model.Origin;
import fr.qlod.model.Question;
import fr.qlod.model.QuestionId;
import fr.qlod.model.QuestionType;
import fr.qlod.model.SourceFormat;
import fr.qlod.model.Status;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The open-data fixtures of src/test/resources/source/opendata and the questions they hold. */
final class OpenDataFixtures {
    static final String FOLDER = "/source/opendata/";
    static final String DUMP_JSON = "questions-xiv.json";
    static final String DUMP_XML = "questions-xiv.xml";

    private OpenDataFixtures() {}

    static byte[] bytes(String name) {
        try (InputStream in = OpenDataFixtures.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What one document gave: the questions and the reported faults. */
    record Result(List<Question> questions, List<SourceFormatException> problems) {}

    static Result read(QuestionReader reader, String name, byte[] content) {
        List<Question> questions = new ArrayList<>();
        List<SourceFormatException> faults = new ArrayList<>();
        Problems problems = new Problems(ErrorPolicy.BEST_EFFORT, faults::add);
        reader.read(Input.of(name, content), (Entity e) -> questions.add((Question) e), problems);
        return new Result(questions, faults);
    }

    static Result read(QuestionReader reader, String fixture) {
        return read(reader, fixture, bytes(fixture));
    }

    static JoPublication jo(int y, int m, int d, Integer page, JoType type, Integer number) {
        return new JoPublication(LocalDate.of(y, m, d), page, type, number, null);
    }

    /** Record 1 of the dump: answered, two attributions (a reshuffle), a signalement, a renewal. */
    static Question lazaro59906(SourceFormat format, String file) {
        JoPublication question = jo(2014, 7, 8, 5800, JO_QUESTION, 27);
        JoPublication decree = new JoPublication(
                LocalDate.of(2014, 8, 27),
                null,
                JO_LOI_DECRET,
                198,
                "https://www.legifrance.gouv.fr/jorf/jo/2014/08/27/0198");
        JoPublication answer = jo(2014, 9, 16, 7835, JO_QUESTION, 37);
        MinistryRef justice = new MinistryRef("Justice", "Ministère de la justice", "PO700722");
        return Question.builder()
                .id(new QuestionId(14, QuestionType.QE, 59906))
                .origin(new Origin(format, file, null))
                .author(new Author(null, null, "PA1857", "PA1857", "PM645505"))
                .group(new GroupRef("Union pour un Mouvement Populaire", "UMP", "PO656006"))
                .questioned(justice)
                .allocation(new Allocation(justice, LocalDate.of(2014, 7, 8), question))
                .allocation(new Allocation(
                        new MinistryRef("Justice", "Ministère de la justice", "PO702926"),
                        LocalDate.of(2014, 8, 27),
                        decree))
                .indexing(new Indexing(
                        "télécommunications", "Internet", List.of("cybercriminalité. rapport. préconisations"), null))
                .published(question)
                .text("M. Thierry Lazaro interroge Mme la garde des sceaux, ministre de la justice, sur le rapport du "
                        + "groupe de travail interministériel sur la lutte contre la cybercriminalité remis le 30 juin "
                        + "2014. Il souhaite connaître la suite donnée à la recommandation n° 3 sur la prévention.")
                .answer(new Answer(
                        "La garde des sceaux salue le travail du groupe interministériel.\n\n"
                                + "Une mission cybercriminalité est créée au sein de la direction des affaires criminelles "
                                + "et des grâces.",
                        answer))
                .closure(new Closure(Status.ANSWERED, "REP_PUB", "Réponse publiée", LocalDate.of(2014, 9, 16), answer))
                .signalement(jo(2014, 9, 2, 7350, JO_QUESTION, 35))
                .renewal(jo(2014, 9, 9, 7561, JO_QUESTION, 36))
                .build();
    }

    /** Record 2: withdrawn by its author (an unknown code, classified by its label), no answer. */
    static Question morel81234(SourceFormat format, String file) {
        JoPublication question = jo(2015, 6, 2, 4088, JO_QUESTION, 22);
        MinistryRef ecologie = new MinistryRef(
                "Écologie", "Ministère de l'écologie, du développement durable et de l'énergie", "PO702894");
        return Question.builder()
                .id(new QuestionId(14, QuestionType.QE, 81234))
                .origin(new Origin(format, file, null))
                .author(new Author(null, null, "PA610002", "PA610002", "PM644993"))
                .group(new GroupRef("Socialiste, républicain et citoyen", "SRC", "PO656014"))
                .questioned(ecologie)
                .allocation(new Allocation(ecologie, LocalDate.of(2015, 6, 2), question))
                .indexing(new Indexing(
                        "énergie et carburants", null, List.of("éolien", "implantation. réglementation"), null))
                .published(question)
                .text("Mme Claire Morel appelle l’attention de Mme la ministre sur les distances entre les éoliennes "
                        + "et les habitations.\n\nElle lui demande si une révision est prévue.")
                .closure(new Closure(
                        Status.WITHDRAWN_BY_AUTHOR,
                        "RET",
                        "Retrait à l'initiative de l'auteur",
                        LocalDate.of(2015, 9, 22),
                        jo(2015, 9, 22, 7112, JO_QUESTION, null)))
                .build();
    }

    /** Record 3: an oral question without debate, answered in the sitting (JO Débats). */
    static Question lazaroOral812(SourceFormat format, String file) {
        JoPublication question = jo(2014, 9, 30, 8140, JO_QUESTION, 39);
        JoPublication debate = jo(2014, 10, 8, null, JO_DEBAT, null);
        MinistryRef transports = new MinistryRef(
                "Transports, mer et pêche", "Secrétariat d'État aux transports, à la mer et à la pêche", null);
        return Question.builder()
                .id(new QuestionId(14, QuestionType.QOSD, 812))
                .origin(new Origin(format, file, null))
                .author(new Author(null, null, "PA1857", "PA1857", "PM645505"))
                .group(new GroupRef("Union pour un Mouvement Populaire", "UMP", "PO656006"))
                .questioned(transports)
                .allocation(new Allocation(transports, LocalDate.of(2014, 9, 30), question))
                .indexing(new Indexing(
                        "transports ferroviaires", "ligne Lille-Arras", List.of("dessertes. maintien"), null))
                .published(question)
                .text(
                        "M. Thierry Lazaro interroge M. le secrétaire d'État sur l'avenir des dessertes de la ligne Lille-Arras.")
                .answer(new Answer(
                        "M. le président. La parole est à M. Thierry Lazaro.\n\n"
                                + "M. Thierry Lazaro. Monsieur le secrétaire d'État, les usagers s'inquiètent.",
                        debate))
                .closure(new Closure(
                        Status.ANSWERED,
                        "REP_PUB",
                        "Réponse publiée",
                        LocalDate.of(2014, 10, 8),
                        jo(2014, 10, 8, 6925, JO_DEBAT, null)))
                .build();
    }

    /** The three records of the legislature XIV style dump, in order. */
    static List<Question> dump(SourceFormat format, String file) {
        return List.of(lazaro59906(format, file), morel81234(format, file), lazaroOral812(format, file));
    }
}
