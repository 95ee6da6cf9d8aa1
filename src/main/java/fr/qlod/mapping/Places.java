package fr.qlod.mapping;

import fr.qlod.model.Constituency;
import fr.qlod.model.Departements;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;

/** Constituencies and départements, shared by the question and mandate mappings. */
final class Places {
    private Places() {}

    /**
     * Writes a constituency and its département and returns the constituency's node. A
     * département is named as INSEE names it when its code is known, and linked to INSEE; an
     * unknown name is kept as printed, without a link.
     */
    static Node constituency(GraphWriter w, Uris uris, Constituency c) {
        String code = c.departmentCode();
        String name =
                code == null ? c.departmentName() : Departements.nameOf(code).orElse(c.departmentName());
        Node constituency = GraphWriter.iri(uris.constituency(departementKey(c), c.number()));
        Node departement = GraphWriter.iri(departementIri(uris, c));
        w.type(constituency, Qlod.Nodes.Constituency);
        w.fr(
                constituency,
                RDFS.Nodes.label,
                c.number() == null
                        ? name
                        : name + " (" + c.number() + (c.number() == 1 ? "re" : "e") + " circonscription)");
        w.integer(constituency, Qlod.Nodes.constituencyNumber, c.number());
        w.string(constituency, Qlod.Nodes.region, c.region());
        w.add(constituency, Qlod.Nodes.department, departement);
        w.type(departement, Qlod.Nodes.Departement);
        w.fr(departement, RDFS.Nodes.label, name);
        w.string(departement, DCTerms.identifier.asNode(), code);
        if (code != null) {
            w.link(departement, OWL.sameAs.asNode(), Uris.insee(code));
        }
        return constituency;
    }

    /** The IRI of a constituency's département, by its INSEE code, else by its name. */
    static String departementIri(Uris uris, Constituency c) {
        return uris.departement(departementKey(c));
    }

    private static String departementKey(Constituency c) {
        return c.departmentCode() != null ? c.departmentCode() : c.departmentName();
    }
}
