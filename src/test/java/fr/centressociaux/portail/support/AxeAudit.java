package fr.centressociaux.portail.support;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;

/**
 * Runs axe-core (Deque's engine, shipped in {@code com.deque.html.axe-core:playwright}) on the page
 * a browser journey shows, and says what it finds in lines a person can act on: the page, the
 * rule, its impact, what to fix and where.
 */
public final class AxeAudit {

    /** What WCAG calls serious or critical: barriers, not annoyances. */
    private static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");

    private AxeAudit() {
    }

    /**
     * The violations on the page as shown now that are serious or critical, or of one of these
     * rules whatever their impact (rules once fixed that must stay fixed).
     */
    public static List<String> blockingViolations(Page page, String pageName, Set<String> alsoBlocking) {
        // Frames are left out: the newsletter's preview is a sandboxed frame without scripts, where
        // axe cannot run and the default per-frame run waits for it forever. What it holds is a
        // mail, not a page of the portal. Legacy mode runs axe once in the page with these options.
        AxeRunOptions options = new AxeRunOptions();
        options.setIFrames(false);
        return new AxeBuilder(page).setLegacyMode(true).options(options).analyze().getViolations().stream()
                .filter(rule -> BLOCKING_IMPACTS.contains(rule.getImpact()) || alsoBlocking.contains(rule.getId()))
                .map(rule -> describe(pageName, rule))
                .toList();
    }

    private static String describe(String pageName, Rule rule) {
        String where = rule.getNodes().stream().map(AxeAudit::describe).collect(Collectors.joining("\n      "));
        return pageName + ": " + rule.getId() + " (" + rule.getImpact() + ") " + rule.getHelp()
                + "\n      " + where;
    }

    private static String describe(CheckedNode node) {
        String html = node.getHtml();
        return node.getTarget() + "  " + (html.length() > 160 ? html.substring(0, 160) + "…" : html);
    }
}
