/** The domain model: immutable records and enums for questions, answers, people and organs, shared by every reader and the RDF mapper. */
package fr.qlod.model;
