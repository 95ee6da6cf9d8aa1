/**
 * The web server: an embedded Fuseki with a read-only SPARQL endpoint, linked-data pages with
 * content negotiation, full-text search, the ontology, a VoID description and dumps.
 */
package fr.qlod.web;
