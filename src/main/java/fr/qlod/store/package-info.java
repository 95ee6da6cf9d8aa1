/**
 * The TDB2 store of questions with its French full-text index, loading with replace-by-graph
 * semantics in one transaction, and loading into a remote SPARQL 1.1 Graph Store.
 */
package fr.qlod.store;
