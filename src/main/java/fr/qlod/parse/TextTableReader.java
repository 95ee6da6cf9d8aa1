package fr.qlod.parse;

import fr.qlod.model.Entity;
import fr.qlod.model.Question;
import fr.qlod.model.QuestionId;
import fr.qlod.model.QuestionType;
import fr.qlod.model.SourceFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Reads the text dump of the 2009–2015 table page (seed 000): a damaged source URL, a
 * {@code ## 14ème legislature} heading, tab-separated header rows ("Question N° : 59906",
 * "De M. … (Group - Département", "Question écrite", "label &gt; value" cells, the dates line)
 * and the texts under {@code ## Texte de la question} and {@code ## Texte de la réponse}.
 */
final class TextTableReader implements QuestionReader {
    private static final Pattern HEADER_NUMBER = Pattern.compile("(?m)^Question N\\S{0,3}\\s*:\\s*\\d+");
    private static final Pattern TABBED_NUMBER = Pattern.compile("(?m)^Question N\\S{0,3}\\s*:\\s*\\d+\\s*\t");
    private static final Pattern LABEL_CELL = Pattern.compile("(?m)^Minist\\S{1,3}re (interrog|attributaire)\\S*\\s*>");
    private static final Pattern MARKUP =
            Pattern.compile("<(td|tr|table|div|html|body|head|span|p|header|section)\\b", Pattern.CASE_INSENSITIVE);
    private static final String HEADING = "##";
    private static final String QUESTION_HEADING = "texte de la question";
    private static final String ANSWER_HEADING = "texte de la reponse";
    private static final String SITE = "assemblee-nationale.fr";
    private static final String DYN_URL = "https://www.assemblee-nationale.fr/dyn/%d/questions/%s";

    @Override
    public SourceFormat format() {
        return SourceFormat.TEXT_TABLE;
    }

    @Override
    public boolean accepts(byte[] head, String headText) {
        if (MARKUP.matcher(headText).find()) {
            return false;
        }
        return TABBED_NUMBER.matcher(headText).find()
                || (HEADER_NUMBER.matcher(headText).find()
                        && LABEL_CELL.matcher(headText).find());
    }

    @Override
    public void read(Input input, Consumer<? super Entity> sink, Problems problems) {
        sink.accept(parse(input.name(), Decoding.decode(input.bytes(), null)));
    }

    static Question parse(String file, String content) {
        String[] lines = Texts.unescape(content)
                .replace("\r\n", "\n")
                .replace('\r', '\n')
                .split("\n", -1);
        TableDraft draft = new TableDraft(SourceFormat.TEXT_TABLE, file);
        boolean damagedUrl = false;
        int i = 0;
        for (; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith(HEADING) && section(line) != null) {
                break;
            }
            // the first line is the page's URL, damaged ("ttps://…/QANR5I 14QF59906"): its fields rebuild it
            if (!damagedUrl && line.contains(SITE) && line.indexOf('\t') < 0) {
                damagedUrl = true;
            } else if (line.startsWith(HEADING)) {
                if (draft.legislature == null) {
                    draft.legislature = TableLines.legislature(line);
                }
            } else {
                header(line, draft);
            }
        }
        int headerEnd = i;
        List<String> questionTexts = new ArrayList<>();
        boolean sections = false;
        while (i < lines.length) {
            String kind = section(lines[i].strip());
            int start = ++i;
            while (i < lines.length && !(lines[i].strip().startsWith(HEADING) && section(lines[i].strip()) != null)) {
                i++;
            }
            String text = Texts.clean(String.join("\n", Arrays.asList(lines).subList(start, i)));
            sections = true;
            if (kind.equals(QUESTION_HEADING)) {
                questionTexts.add(text);
            } else {
                draft.answerText(text);
            }
        }
        draft.questionText = String.join("\n\n", questionTexts);
        if (damagedUrl && draft.legislature != null && draft.number != null && draft.type != null) {
            draft.sourceUrl = String.format(
                    DYN_URL, draft.legislature, new QuestionId(draft.legislature, draft.type, draft.number).uid());
        }
        Question q = draft.build("header, lines 1-" + headerEnd);
        if (!sections) {
            throw new SourceFormatException(
                    file,
                    "line " + (headerEnd + 1),
                    "truncated: no '## Texte de la question' or '## Texte de la réponse' section");
        }
        return q;
    }

    private static void header(String line, TableDraft draft) {
        for (String raw : line.split("\t")) {
            String cell = raw.strip();
            if (cell.isEmpty()) {
                continue;
            }
            Optional<TableLines.Labelled> labelled = TableLines.labelled(cell);
            if (labelled.isPresent()) {
                draft.label(labelled.get());
                continue;
            }
            List<TableLines.DateEntry> dates = TableLines.dates(cell);
            if (!dates.isEmpty()) {
                draft.dates(dates);
                continue;
            }
            if (draft.number == null && TableLines.number(cell) != null) {
                draft.number = TableLines.number(cell);
            } else if (draft.author == null && TableLines.fold(cell).startsWith("de ")) {
                draft.author = TableLines.author(cell, null);
            } else if (draft.type == null) {
                draft.type = QuestionType.parse(cell).orElse(null);
            }
        }
    }

    /** The kind of a {@code ## Texte de …} heading, or null for another heading. */
    private static String section(String line) {
        String t = TableLines.fold(line.substring(HEADING.length()).replace("#", ""));
        if (t.startsWith(QUESTION_HEADING)) {
            return QUESTION_HEADING;
        }
        if (t.startsWith(ANSWER_HEADING)) {
            return ANSWER_HEADING;
        }
        return null;
    }
}
