/** RDF for qlod: vocabularies, {@link fr.qlod.rdf.Uris} (the only place IRIs are minted), the mappers from the model to quads, the report-citation extractor and the identical-answer linker. */
package fr.qlod.rdf;
