/** The sample SPARQL queries shipped in {@code queries/}: their headers, parameters and defaults, for {@code qlod query} and the query page. */
package fr.qlod.query;
