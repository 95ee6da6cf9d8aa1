package fr.qlod.parse;

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
import java.time.LocalDate;
import java.util.List;

/** What seed 000 (question 14/QE/59906 by Thierry Lazaro) says, whatever the layout it is read from. */
final class Seed000 {
    static final String QUESTION_TEXT =
            "M. Thierry Lazaro attire l'attention de Mme la garde des sceaux, ministre de la justice, sur les "
                    + "propositions du groupe de travail interministériel sur la lutte contre la cybercriminalité formulées"
                    + " dans le rapport remis le 30 juin 2014 par son président, et lui demande la suite qu'entend réserver"
                    + " le Gouvernement à l'un des aspects de la recommandation n° 3 relative à la prévention de la "
                    + "cybercriminalité, visant notamment à mobiliser les professionnels en instaurant un cahier des "
                    + "charges pour les établissements, publics ou privés, offrant l'accès à internet - en arrêtant "
                    + "contractuellement ou en définissant en tant que de besoin les obligations préventives à respecter "
                    + "par le commerce en ligne, les opérateurs - notamment les fournisseurs d'accès mais aussi les "
                    + "plateformes de téléchargement, les vendeurs d'appareils numériques, sous peine d'une mise en cause "
                    + "financière.";

    static final String ANSWER_TEXT =
            "La garde des sceaux tient à saluer la qualité et l'exhaustivité de la tâche accomplie par le groupe "
                    + "de travail interministériel chargé d'élaborer une stratégie globale de lutte contre la "
                    + "cybercriminalité qui, sous l'autorité de Monsieur le Procureur général Marc ROBERT, est parvenu à "
                    + "formuler, dans un esprit à la fois innovant et pragmatique, 55 propositions qui visent, en prenant "
                    + "en compte à la fois l'impératif de sécurité et le respect des libertés, à mieux protéger les "
                    + "internautes en améliorant la sensibilisation des publics, la prévention des infractions et la "
                    + "réponse répressive. Lors de la remise du rapport le 30 juin 2014, la garde des sceaux a insisté sur "
                    + "la nécessité pour le ministère de la justice de mener une politique pénale efficace et adaptée aux "
                    + "enjeux posés par les nouvelles technologies. La garde des sceaux a chargé les services du ministère "
                    + "de la justice d'étudier les propositions de ce rapport et les conditions de leur mise en oeuvre, en "
                    + "concertation avec tous les acteurs concernés. Ainsi, afin notamment de répondre efficacement aux "
                    + "besoins actuels, de mettre en place une politique pénale adaptée, et de placer la réflexion sur les "
                    + "moyens de lutter contre la cybercriminalité au coeur de l'organisation judiciaire, la garde des "
                    + "sceaux a d'ores et déjà annoncé la création au sein de la direction des affaires criminelles et des "
                    + "grâces d'une mission cybercriminalité ayant des compétences civiles, pénales et internationales, et "
                    + "chargée de proposer une politique judiciaire cohérente et de participer à l'ensemble des travaux "
                    + "nationaux et internationaux sur le sujet. Ces évolutions s'inscrivent par ailleurs dans le cadre des"
                    + " actions déjà menées par le ministère de la justice pour lutter efficacement contre la "
                    + "cybercriminalité, telles que les actions de formation initiale et continue des magistrats organisées"
                    + " et dispensées par l'Ecole Nationale de la Magistrature ou la désignation d'un magistrat référent en"
                    + " matière de cybercriminalité dans chaque parquet.";

    private Seed000() {}

    /** The question as every table-family layout gives it, with the origin left to the caller. */
    static Question expected(Origin origin) {
        return Question.builder()
                .id(new QuestionId(14, QuestionType.QE, 59906))
                .origin(origin)
                .author(new Author(Civility.M, "Thierry", "Lazaro", null, null))
                .group(new GroupRef("Union pour un Mouvement Populaire", null, null))
                .constituency(new Constituency(null, "Nord", null, null))
                .questioned(MinistryRef.named("Justice"))
                .allocation(new Allocation(MinistryRef.named("Justice"), LocalDate.of(2014, 8, 27), null))
                .indexing(new Indexing(
                        "télécommunications", "Internet", List.of("cybercriminalité. rapport. préconisations."), null))
                .published(JoPublication.of(LocalDate.of(2014, 7, 8), null))
                .text(QUESTION_TEXT)
                .answer(new Answer(ANSWER_TEXT, JoPublication.of(LocalDate.of(2014, 9, 16), 7835)))
                .build();
    }
}
