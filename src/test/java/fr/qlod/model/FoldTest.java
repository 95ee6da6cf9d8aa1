package fr.qlod.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FoldTest {
    @Test
    void stripsAccentsAndKeepsCase() {
        assertEquals("Eleve a l'ecole, ca va", Fold.fold("Élève à l'école, ça va"));
    }

    @Test
    void expandsLigaturesBeforeStrippingMarks() {
        assertEquals("OEuvre coeur AEgis Strasse", Fold.fold("Œuvre cœur Ægis Straße"));
    }

    @Test
    void keyLowersTheFoldedText() {
        assertEquals("politique penale", Fold.key("POLITIQUE PÉNALE"));
        assertEquals(Fold.key("Politique pénale"), Fold.key("POLITIQUE PENALE"));
    }

    @Test
    void foldsCompatibilityForms() {
        assertEquals("fin 2e", Fold.fold("ﬁn 2ᵉ"));
    }

    @Test
    void leavesPlainAsciiAsItIs() {
        String ascii = "Nord 6e circonscription";
        assertEquals(ascii, Fold.fold(ascii));
    }
}
