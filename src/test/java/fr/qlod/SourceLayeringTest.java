package fr.qlod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layering of {@link ArchitectureTest}, read on the source text rather than the bytecode: javac copies a
 * constant ({@code static final String}) of another class into the class that uses it, so a package that uses
 * only another package's constants shows no dependency to ArchUnit. Every import and qualified name
 * {@code fr.qlod.<package>} outside comments counts.
 */
class SourceLayeringTest {
    private static final Path MAIN = Path.of("src/main/java/fr/qlod");
    private static final Pattern QLOD_PACKAGE = Pattern.compile("\\bfr\\.qlod\\.([a-z][a-z0-9_]*)\\b");
    /** A comment, or a string or character literal (matched so that a "*\/*" in one starts no comment). */
    private static final Pattern COMMENT = Pattern.compile(
            "\"(?:\\\\.|[^\"\\\\\\n])*\"|'(?:\\\\.|[^'\\\\\\n])+'|/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);

    @Test
    void noSourceFileNamesAPackageAboveItsOwn() throws IOException {
        List<String> violations = new ArrayList<>();
        int files = 0;
        for (String name : ArchitectureTest.MAY_USE.keySet()) {
            Path folder = name.isEmpty() ? MAIN : MAIN.resolve(name);
            List<Path> sources;
            try (Stream<Path> list = Files.list(folder)) {
                sources = list.filter(p -> p.toString().endsWith(".java"))
                        .sorted()
                        .toList();
            }
            for (Path file : sources) {
                files++;
                violations.addAll(violations(name, file));
            }
        }
        assertTrue(files > 100, "read only " + files + " source files below " + MAIN.toAbsolutePath());
        assertEquals(List.of(), violations);
    }

    @Test
    void aConstantOfAnUpperPackageIsCaught() {
        String text = "package fr.qlod.model;\n/** see fr.qlod.web.QlodServer */\nfinal class X {\n"
                + "    static final String ANY = \"*/*\";\n"
                + "    static final String BIND = fr.qlod.web.QlodServer.DEFAULT_BIND; // fr.qlod.cli\n}\n";
        List<String> found = violations("model", Path.of("X.java"), text);
        assertEquals(
                List.of("X.java:5 names fr.qlod.web, against the rule '" + ArchitectureTest.layeringRule("model")
                        + "'"),
                found);
    }

    private static List<String> violations(String name, Path file) throws IOException {
        return violations(name, file, Files.readString(file, StandardCharsets.UTF_8));
    }

    private static List<String> violations(String name, Path file, String text) {
        // comments become blanks of the same lines, so that line numbers stay true
        Matcher comments = COMMENT.matcher(text);
        StringBuilder code = new StringBuilder();
        while (comments.find()) {
            String found = comments.group();
            comments.appendReplacement(
                    code, Matcher.quoteReplacement(found.startsWith("/") ? found.replaceAll("[^\\n]", " ") : found));
        }
        comments.appendTail(code);
        List<String> allowed = ArchitectureTest.MAY_USE.get(name);
        List<String> violations = new ArrayList<>();
        Matcher m = QLOD_PACKAGE.matcher(code);
        while (m.find()) {
            String used = m.group(1);
            if (!used.equals(name) && !allowed.contains(used)) {
                int line = 1
                        + (int) code.substring(0, m.start())
                                .chars()
                                .filter(c -> c == '\n')
                                .count();
                violations.add(file + ":" + line + " names " + ArchitectureTest.pkg(used) + ", against the rule '"
                        + ArchitectureTest.layeringRule(name) + "'");
            }
        }
        return violations;
    }
}
