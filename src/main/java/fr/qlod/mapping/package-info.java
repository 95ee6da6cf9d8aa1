/** Mapping the model to RDF: vocabularies, {@link fr.qlod.mapping.Uris} (the only place IRIs are minted), the mappers from the model to quads, the report-citation extractor and the identical-answer linker. */
package fr.qlod.mapping;
