package fr.qlod.model;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The INSEE codes of the French départements (and the overseas collectivities that elect
 * deputies), looked up by name as question pages print it: any case, with or without accents,
 * hyphens or the article.
 */
public final class Departements {
    private static final Pattern NOT_LETTERS = Pattern.compile("[^a-z]+");
    private static final String[][] CODES = {
        {"01", "Ain"},
        {"02", "Aisne"},
        {"03", "Allier"},
        {"04", "Alpes-de-Haute-Provence"},
        {"05", "Hautes-Alpes"},
        {"06", "Alpes-Maritimes"},
        {"07", "Ardèche"},
        {"08", "Ardennes"},
        {"09", "Ariège"},
        {"10", "Aube"},
        {"11", "Aude"},
        {"12", "Aveyron"},
        {"13", "Bouches-du-Rhône"},
        {"14", "Calvados"},
        {"15", "Cantal"},
        {"16", "Charente"},
        {"17", "Charente-Maritime"},
        {"18", "Cher"},
        {"19", "Corrèze"},
        {"2A", "Corse-du-Sud"},
        {"2B", "Haute-Corse"},
        {"21", "Côte-d'Or"},
        {"22", "Côtes-d'Armor"},
        {"23", "Creuse"},
        {"24", "Dordogne"},
        {"25", "Doubs"},
        {"26", "Drôme"},
        {"27", "Eure"},
        {"28", "Eure-et-Loir"},
        {"29", "Finistère"},
        {"30", "Gard"},
        {"31", "Haute-Garonne"},
        {"32", "Gers"},
        {"33", "Gironde"},
        {"34", "Hérault"},
        {"35", "Ille-et-Vilaine"},
        {"36", "Indre"},
        {"37", "Indre-et-Loire"},
        {"38", "Isère"},
        {"39", "Jura"},
        {"40", "Landes"},
        {"41", "Loir-et-Cher"},
        {"42", "Loire"},
        {"43", "Haute-Loire"},
        {"44", "Loire-Atlantique"},
        {"45", "Loiret"},
        {"46", "Lot"},
        {"47", "Lot-et-Garonne"},
        {"48", "Lozère"},
        {"49", "Maine-et-Loire"},
        {"50", "Manche"},
        {"51", "Marne"},
        {"52", "Haute-Marne"},
        {"53", "Mayenne"},
        {"54", "Meurthe-et-Moselle"},
        {"55", "Meuse"},
        {"56", "Morbihan"},
        {"57", "Moselle"},
        {"58", "Nièvre"},
        {"59", "Nord"},
        {"60", "Oise"},
        {"61", "Orne"},
        {"62", "Pas-de-Calais"},
        {"63", "Puy-de-Dôme"},
        {"64", "Pyrénées-Atlantiques"},
        {"65", "Hautes-Pyrénées"},
        {"66", "Pyrénées-Orientales"},
        {"67", "Bas-Rhin"},
        {"68", "Haut-Rhin"},
        {"69", "Rhône"},
        {"70", "Haute-Saône"},
        {"71", "Saône-et-Loire"},
        {"72", "Sarthe"},
        {"73", "Savoie"},
        {"74", "Haute-Savoie"},
        {"75", "Paris"},
        {"76", "Seine-Maritime"},
        {"77", "Seine-et-Marne"},
        {"78", "Yvelines"},
        {"79", "Deux-Sèvres"},
        {"80", "Somme"},
        {"81", "Tarn"},
        {"82", "Tarn-et-Garonne"},
        {"83", "Var"},
        {"84", "Vaucluse"},
        {"85", "Vendée"},
        {"86", "Vienne"},
        {"87", "Haute-Vienne"},
        {"88", "Vosges"},
        {"89", "Yonne"},
        {"90", "Territoire de Belfort"},
        {"91", "Essonne"},
        {"92", "Hauts-de-Seine"},
        {"93", "Seine-Saint-Denis"},
        {"94", "Val-de-Marne"},
        {"95", "Val-d'Oise"},
        {"971", "Guadeloupe"},
        {"972", "Martinique"},
        {"973", "Guyane"},
        {"974", "La Réunion"},
        {"975", "Saint-Pierre-et-Miquelon"},
        {"976", "Mayotte"},
        {"977", "Saint-Barthélemy et Saint-Martin"},
        {"986", "Wallis-et-Futuna"},
        {"987", "Polynésie Française"},
        {"988", "Nouvelle-Calédonie"},
    };
    private static final Map<String, String> BY_NAME = new HashMap<>();
    private static final Map<String, String> BY_CODE = new HashMap<>();

    static {
        for (String[] row : CODES) {
            BY_NAME.put(key(row[1]), row[0]);
            BY_CODE.put(row[0], row[1]);
        }
        BY_NAME.put(key("Réunion"), "974");
        BY_NAME.put(key("Corse du Sud"), "2A");
        BY_NAME.put(key("Belfort"), "90");
        BY_NAME.put(key("Seine-Inférieure"), "76");
        BY_NAME.put(key("Basses-Pyrénées"), "64");
        BY_NAME.put(key("Basses-Alpes"), "04");
        BY_NAME.put(key("Côtes-du-Nord"), "22");
        BY_NAME.put(key("Loire-Inférieure"), "44");
        BY_NAME.put(key("Saint-Martin/Saint-Barthélemy"), "977");
        BY_NAME.put(key("Polynésie"), "987");
    }

    private Departements() {}

    /** The INSEE code of a département name ("Nord" → "59", "la réunion" → "974"). */
    public static Optional<String> codeOf(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(BY_NAME.get(key(name)));
    }

    /** The name of a département code ("59" → "Nord"); codes are written as INSEE writes them ("01", "2A", "971"). */
    public static Optional<String> nameOf(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(BY_CODE.get(code.strip()));
    }

    private static String key(String name) {
        String t = NOT_LETTERS.matcher(Fold.key(name.strip())).replaceAll(" ").strip();
        return t.startsWith("la ") || t.startsWith("le ") ? t.substring(3) : t;
    }
}
