package fr.qlod.harvest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * The rules of a robots.txt for one user agent (RFC 9309): the group naming our product token,
 * else the {@code *} group; the longest matching rule wins, Allow on a tie; {@code *} and
 * {@code $} patterns; Crawl-delay.
 */
final class RobotsTxt {
    static final RobotsTxt ALLOW_ALL = new RobotsTxt(List.of(), OptionalLong.empty());
    static final RobotsTxt DISALLOW_ALL = new RobotsTxt(List.of(new Rule(false, "/")), OptionalLong.empty());

    private record Rule(boolean allow, String pattern) {}

    private final List<Rule> rules;
    private final OptionalLong crawlDelaySeconds;

    private RobotsTxt(List<Rule> rules, OptionalLong crawlDelaySeconds) {
        this.rules = rules;
        this.crawlDelaySeconds = crawlDelaySeconds;
    }

    static RobotsTxt parse(String text, String productToken) {
        String token = productToken.toLowerCase(Locale.ROOT);
        List<Rule> mine = new ArrayList<>();
        List<Rule> star = new ArrayList<>();
        OptionalLong mineDelay = OptionalLong.empty();
        OptionalLong starDelay = OptionalLong.empty();
        boolean forMe = false;
        boolean forStar = false;
        boolean sawMine = false;
        boolean inAgents = false;
        for (String raw : text.split("\r?\n|\r")) {
            String line = raw.replaceAll("#.*", "").strip();
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            if (key.equals("user-agent")) {
                if (!inAgents) {
                    forMe = false;
                    forStar = false;
                    inAgents = true;
                }
                String agent = value.toLowerCase(Locale.ROOT);
                if (agent.equals("*")) {
                    forStar = true;
                } else if (!agent.isEmpty() && token.contains(agent)) {
                    forMe = true;
                    sawMine = true;
                }
                continue;
            }
            inAgents = false;
            if (key.equals("allow") || key.equals("disallow")) {
                if (value.isEmpty()) {
                    continue;
                }
                Rule rule = new Rule(key.equals("allow"), value);
                if (forMe) {
                    mine.add(rule);
                }
                if (forStar) {
                    star.add(rule);
                }
            } else if (key.equals("crawl-delay")) {
                try {
                    long seconds = (long) Math.ceil(Double.parseDouble(value));
                    if (forMe) {
                        mineDelay = OptionalLong.of(seconds);
                    }
                    if (forStar) {
                        starDelay = OptionalLong.of(seconds);
                    }
                } catch (NumberFormatException e) {
                    // an unreadable Crawl-delay is ignored, as crawlers do
                }
            }
        }
        return sawMine ? new RobotsTxt(mine, mineDelay) : new RobotsTxt(star, starDelay);
    }

    boolean allows(String pathAndQuery) {
        Rule best = null;
        for (Rule rule : rules) {
            if (matches(rule.pattern(), pathAndQuery)
                    && (best == null
                            || rule.pattern().length() > best.pattern().length()
                            || (rule.pattern().length() == best.pattern().length() && rule.allow()))) {
                best = rule;
            }
        }
        return best == null || best.allow();
    }

    OptionalLong crawlDelaySeconds() {
        return crawlDelaySeconds;
    }

    private static boolean matches(String pattern, String path) {
        boolean anchored = pattern.endsWith("$");
        String p = anchored ? pattern.substring(0, pattern.length() - 1) : pattern;
        StringBuilder regex = new StringBuilder();
        for (String part : p.split("\\*", -1)) {
            if (regex.length() > 0) {
                regex.append(".*");
            }
            regex.append(java.util.regex.Pattern.quote(part));
        }
        return path.matches(regex + (anchored ? "" : ".*"));
    }
}
