package fr.qlod.model;

/** What an erratum corrects. */
public enum ErratumTarget {
    QUESTION,
    ANSWER
}
