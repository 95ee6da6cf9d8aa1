package fr.qlod.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A question's reference to a numbered recommendation of a government report, as in the seeds
 * ("la recommandation n° 3" of "le rapport remis le 30 juin 2014" by the interministerial
 * working group on cybercrime).
 *
 * @param reportAuthor   who wrote the report, as the question names it ("groupe de travail interministériel sur la lutte contre la cybercriminalité")
 * @param reportDate     when the report was delivered, or null when the question does not say
 * @param kind           recommandation, proposition or préconisation
 * @param number         the recommendation number
 */
public record ReportCitation(String reportAuthor, LocalDate reportDate, RecommendationKind kind, int number) {
    public ReportCitation {
        reportAuthor = Checks.notBlank(reportAuthor, "reportAuthor").strip();
        Objects.requireNonNull(kind, "kind");
        if (number < 1) {
            throw new IllegalArgumentException("recommendation number must be positive: " + number);
        }
    }
}
