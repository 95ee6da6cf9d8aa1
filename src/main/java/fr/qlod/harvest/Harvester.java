package fr.qlod.harvest;

import fr.qlod.Progress;
import fr.qlod.model.QuestionId;
import fr.qlod.model.QuestionType;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Downloads question pages and open-data dumps politely and resumably: at most one request per
 * second by default, robots.txt honoured, retries with back-off, conditional requests on
 * re-runs, and every file written under a temporary name and renamed once complete, so an
 * interrupted harvest resumes where it stopped and never leaves half a file behind.
 *
 * <pre>
 * HarvestSettings settings = HarvestSettings.builder().out(Path.of("pages")).build();
 * HarvestReport report = new Harvester(settings).pages(14, List.of(QuestionType.QE), 1, 500, false);
 * </pre>
 */
public final class Harvester {
    /** From this legislature on, question pages exist only under /dyn/. */
    static final int FIRST_DYN_ONLY_LEGISLATURE = 17;

    private final HarvestSettings settings;
    private final Fetcher fetcher;

    public Harvester(HarvestSettings settings) {
        this.settings = settings;
        this.fetcher = new Fetcher(settings);
    }

    /** The page URL of a question: the questions site for legislatures up to 16, /dyn/ after (or when asked). */
    public URI pageUrl(QuestionId id, boolean dyn) {
        if (dyn || id.legislature() >= FIRST_DYN_ONLY_LEGISLATURE) {
            return settings.dynSite().resolve("dyn/" + id.legislature() + "/questions/" + id.uid());
        }
        return settings.pagesSite()
                .resolve("q" + id.legislature() + "/" + id.legislature() + "-" + id.number()
                        + id.type().name() + ".htm");
    }

    /** The open-data dump URLs of a legislature: written, oral and government questions, and the AMO export. */
    public List<URI> dumpUrls(int legislature) {
        String suffix = legislature == 14 ? "_XIV" : legislature == 15 ? "_XV" : "";
        String base = "static/openData/repository/" + legislature + "/";
        List<URI> urls = new ArrayList<>();
        for (String[] dump : new String[][] {
            {"questions_ecrites", "Questions_ecrites"},
            {"questions_orales_sans_debat", "Questions_orales_sans_debat"},
            {"questions_gouvernement", "Questions_gouvernement"}
        }) {
            urls.add(settings.openDataSite()
                    .resolve(base + "questions/" + dump[0] + "/" + dump[1] + suffix + ".json.zip"));
        }
        urls.add(settings.openDataSite()
                .resolve(base + "amo/tous_acteurs_mandats_organes_xi_legislature/"
                        + "AMO30_tous_acteurs_tous_mandats_tous_organes_historique.json.zip"));
        return urls;
    }

    /**
     * Fetches the pages of questions {@code from..to} of the given types into
     * {@code out/pages/{legislature}/{uid}.html}, each with its {@code .fetch.json} record.
     */
    public HarvestReport pages(int legislature, List<QuestionType> types, int from, int to, boolean dyn)
            throws IOException, InterruptedException {
        if (from < 1 || to < from) {
            throw new IllegalArgumentException("question range " + from + ".." + to + " is empty");
        }
        Path folder = settings.out().resolve("pages").resolve(String.valueOf(legislature));
        Files.createDirectories(folder);
        HarvestReport report = new HarvestReport();
        Progress progress = Progress.onConsole((to - from + 1) * types.size());
        for (int n = from; n <= to; n++) {
            for (QuestionType type : types) {
                QuestionId id = new QuestionId(legislature, type, n);
                fetch(pageUrl(id, dyn), folder.resolve(id.uid() + ".html"), report, false);
                progress.update(report.done(), id.uid());
            }
        }
        return report;
    }

    /**
     * Fetches the open-data dumps of a legislature into {@code out/opendata/{legislature}/}.
     * A new dump replaces the previous one only once it is complete and reads as a valid zip.
     */
    public HarvestReport openData(int legislature) throws IOException, InterruptedException {
        Path folder = settings.out().resolve("opendata").resolve(String.valueOf(legislature));
        Files.createDirectories(folder);
        HarvestReport report = new HarvestReport();
        List<URI> urls = dumpUrls(legislature);
        Progress progress = Progress.onConsole(urls.size());
        for (URI url : urls) {
            String name = url.getPath().substring(url.getPath().lastIndexOf('/') + 1);
            fetch(url, folder.resolve(name), report, true);
            progress.update(report.done(), name);
        }
        return report;
    }

    private void fetch(URI url, Path file, HarvestReport report, boolean alwaysRevalidate)
            throws IOException, InterruptedException {
        Optional<FetchRecord> previous = FetchRecord.read(file);
        boolean complete = previous.isPresent() && (previous.get().status() != 200 || Files.isRegularFile(file));
        if (complete && !settings.refresh() && !alwaysRevalidate) {
            report.skipped();
            return;
        }
        Map<String, String> conditional =
                complete && previous.get().status() == 200 ? previous.get().conditionalHeaders() : Map.of();
        Path part = file.resolveSibling(file.getFileName() + ".part");
        try {
            Fetcher.Result<Path> result = fetcher.get(url, conditional, HttpResponse.BodyHandlers.ofFile(part));
            switch (result.status()) {
                case 200:
                    verify(part, file);
                    long bytes = Files.size(part);
                    Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                    record(url, result, file, bytes);
                    report.fetched();
                    break;
                case 304:
                    report.notModified();
                    break;
                case 404:
                case 410:
                    record(url, result, file, null);
                    report.missing();
                    break;
                default:
                    report.failed(url.toString(), "HTTP " + result.status());
                    break;
            }
        } catch (Fetcher.Forbidden e) {
            report.forbidden();
        } catch (IOException e) {
            report.failed(url.toString(), e.getMessage());
        } finally {
            Files.deleteIfExists(part);
        }
    }

    private static void record(URI url, Fetcher.Result<?> result, Path file, Long bytes) throws IOException {
        new FetchRecord(
                        url.toString(),
                        result.status(),
                        result.contentType().orElse(null),
                        result.etag().orElse(null),
                        result.lastModified().orElse(null),
                        Instant.now(),
                        bytes)
                .write(file);
    }

    /** A dump must be a whole, readable zip; a page must not be empty. */
    private static void verify(Path part, Path file) throws IOException {
        if (Files.size(part) == 0) {
            throw new IOException("empty body");
        }
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
            return;
        }
        int entries = 0;
        try (InputStream in = Files.newInputStream(part);
                ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry entry;
            byte[] buffer = new byte[64 * 1024];
            while ((entry = zip.getNextEntry()) != null) {
                entries++;
                while (zip.read(buffer) >= 0) {
                    // reading every entry checks its CRC
                }
                if (entry.isDirectory()) {
                    entries--;
                }
            }
        } catch (IOException e) {
            throw new IOException(
                    "downloaded dump is not a valid zip (" + e.getMessage() + "); previous version kept", e);
        }
        if (entries == 0) {
            throw new IOException("downloaded dump is not a valid zip (no entry); previous version kept");
        }
    }
}
