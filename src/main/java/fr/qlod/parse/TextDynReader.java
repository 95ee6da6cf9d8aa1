package fr.qlod.parse;

import fr.qlod.model.Entity;
import fr.qlod.model.Origin;
import fr.qlod.model.Question;
import fr.qlod.model.QuestionId;
import fr.qlod.model.QuestionType;
import fr.qlod.model.SourceFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Reads the text dump of a /dyn/ question page (seed 001): a title line (the tête d'analyse),
 * "14ème législature", "Question écrite n° 60037", the sections "Texte de la question" and
 * "Texte de la réponse", then "Données clés" as {@code Label : value} lines with markdown links
 * ({@code Auteur : [M. Thierry Lazaro](#)}) and "Date(s) clé(s)".
 */
final class TextDynReader implements QuestionReader {
    private static final String KEY_DATA = "donnees cles";
    private static final String QUESTION_TEXT = "texte de la question";
    private static final String ANSWER_TEXT = "texte de la reponse";
    private static final String SITE_NAME = "assemblee nationale";
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern MARKDOWN_SUPERSCRIPT = Pattern.compile("\\^(\\p{L}+)");
    private static final Pattern URL_LINE = Pattern.compile("https?://\\S+");
    private static final Pattern SNIFF_LEGISLATURE =
            Pattern.compile("(?m)^\\s*\\d{1,2}\\s*(?:e|ème)\\s+législature\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SNIFF_TITLE = Pattern.compile("(?m)^\\s*Question [^\\n]{0,30}n\\s*°\\s*\\d+\\s*$");
    private static final Pattern SNIFF_QUESTION_TEXT = Pattern.compile("(?m)^\\s*Texte de la question\\s*$");

    private enum Section {
        HEADER,
        QUESTION,
        ANSWER,
        KEY_DATA,
        DATES
    }

    @Override
    public SourceFormat format() {
        return SourceFormat.TEXT_DYN;
    }

    /**
     * A text (not markup) with the "Données clés" box, or, when a long answer pushes the box out
     * of the head, the page's own heading lines.
     */
    @Override
    public boolean accepts(byte[] head, String headText) {
        String t = headText.replace("\uFEFF", "").stripLeading();
        if (t.isEmpty() || t.charAt(0) == '<') {
            return false;
        }
        if (t.contains("Données clés") && t.contains("Numéro de la question")) {
            return true;
        }
        return SNIFF_LEGISLATURE.matcher(t).find()
                && SNIFF_TITLE.matcher(t).find()
                && SNIFF_QUESTION_TEXT.matcher(t).find();
    }

    @Override
    public void read(Input input, Consumer<? super Entity> sink, Problems problems) {
        String file = input.name();
        String text = Decoding.decode(input.bytes(), null);
        DynKeyData keyData = new DynKeyData();
        Integer legislature = null;
        DynKeyData.Title title = null;
        String subject = null;
        String sourceUrl = null;
        List<String> questionLines = new ArrayList<>();
        List<String> answerLines = new ArrayList<>();
        boolean answerSection = false;
        boolean keyDataSeen = false;
        Section section = Section.HEADER;
        int lineNumber = 0;
        for (String raw : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            lineNumber++;
            String line = Texts.clean(raw);
            String key = DynKeyData.key(line);
            if (key.equals(QUESTION_TEXT)) {
                section = Section.QUESTION;
                continue;
            }
            if (key.equals(ANSWER_TEXT)) {
                section = Section.ANSWER;
                answerSection = true;
                continue;
            }
            if (key.equals(KEY_DATA)) {
                section = Section.KEY_DATA;
                keyDataSeen = true;
                continue;
            }
            if (section.compareTo(Section.KEY_DATA) >= 0 && DynKeyData.isDatesHeading(key)) {
                section = Section.DATES;
                continue;
            }
            switch (section) {
                case QUESTION:
                    questionLines.add(raw);
                    break;
                case ANSWER:
                    answerLines.add(raw);
                    break;
                case KEY_DATA:
                    keyDataLine(keyData, plain(line));
                    break;
                case DATES:
                    if (!line.isEmpty()) {
                        keyData.dateLine(plain(line), null);
                    }
                    break;
                default:
                    if (line.isEmpty() || key.equals(SITE_NAME)) {
                        break;
                    }
                    Optional<Integer> leg = DynKeyData.legislature(line);
                    Optional<DynKeyData.Title> t = DynKeyData.Title.parse(line);
                    if (sourceUrl == null
                            && lineNumber <= 3
                            && URL_LINE.matcher(line).matches()) {
                        sourceUrl = line;
                    } else if (leg.isPresent()) {
                        legislature = leg.get();
                    } else if (t.isPresent() && title == null) {
                        title = t.get();
                        if (t.get().subject() != null) {
                            subject = t.get().subject();
                        }
                    } else if (subject == null) {
                        subject = plain(line);
                    }
                    break;
            }
        }
        if (!keyDataSeen) {
            throw new SourceFormatException(
                    file, "line " + lineNumber, "no 'Données clés' section: truncated text dump?");
        }
        QuestionType type = keyData.type().orElse(title == null ? null : title.type());
        Integer number = keyData.number().orElse(title == null ? null : title.number());
        QuestionId id = DynKeyData.requireId(file, legislature, type, number);

        Question.Builder builder = Question.builder()
                .id(id)
                .origin(new Origin(SourceFormat.TEXT_DYN, file, sourceUrl))
                .text(Texts.clean(Texts.unescape(String.join("\n", questionLines))));
        String answer = Texts.clean(Texts.unescape(String.join("\n", answerLines)));
        List<DynKeyData.AnswerText> answers =
                answerSection && !answer.isEmpty() ? List.of(new DynKeyData.AnswerText(null, answer)) : List.of();
        if (!answers.isEmpty() && keyData.answerPublications().isEmpty()) {
            problems.report(new SourceFormatException(
                    file, "Texte de la réponse", "answer text without 'Réponse publiée' date: answer not kept"));
        }
        keyData.fill(builder, id, subject, answers);
        sink.accept(builder.build());
    }

    /** "Label : value"; the value may itself hold a colon, the label never does. */
    private static void keyDataLine(DynKeyData keyData, String line) {
        int colon = line.indexOf(':');
        if (colon <= 0) {
            return;
        }
        keyData.field(line.substring(0, colon), line.substring(colon + 1));
    }

    /** Markdown reduced to its text: links to their label, {@code 6^e} to "6e"; entities decoded. */
    private static String plain(String line) {
        String t = MARKDOWN_LINK.matcher(line).replaceAll("$1");
        return Texts.unescape(MARKDOWN_SUPERSCRIPT.matcher(t).replaceAll("$1"));
    }
}
