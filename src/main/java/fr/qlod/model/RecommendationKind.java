package fr.qlod.model;

/** The word a question uses for a numbered item of a report. */
public enum RecommendationKind {
    RECOMMANDATION,
    PROPOSITION,
    PRECONISATION
}
