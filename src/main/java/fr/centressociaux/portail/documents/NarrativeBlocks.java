package fr.centressociaux.portail.documents;

import java.util.ArrayList;
import java.util.List;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * Reads a narrative's Markdown (figures already in it) into {@link NarrativeBlock}s: the same
 * CommonMark parser as the portal's pages, with tables. HTML written in the text is dropped (the
 * page shows it escaped; a document has no use for it), links keep their text and address.
 */
final class NarrativeBlocks {

    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();

    private NarrativeBlocks() {
    }

    static List<NarrativeBlock> of(String markdown) {
        List<NarrativeBlock> blocks = new ArrayList<>();
        blocks(PARSER.parse(markdown), 0, blocks);
        return blocks;
    }

    private static void blocks(Node parent, int depth, List<NarrativeBlock> out) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            switch (node) {
                case Heading heading -> out.add(new NarrativeBlock.Heading(heading.getLevel(), runs(heading)));
                case Paragraph paragraph -> out.add(new NarrativeBlock.Paragraph(runs(paragraph)));
                case ListBlock list -> items(list, depth, out);
                case BlockQuote quote -> blocks(quote, depth, out);
                case FencedCodeBlock code -> lines(code.getLiteral(), out);
                case IndentedCodeBlock code -> lines(code.getLiteral(), out);
                case TableBlock table -> out.add(table(table));
                default -> {
                    // thematic breaks and raw HTML blocks: nothing to lay out
                }
            }
        }
    }

    private static void items(ListBlock list, int depth, List<NarrativeBlock> out) {
        int number = list instanceof OrderedList ordered && ordered.getMarkerStartNumber() != null
                ? ordered.getMarkerStartNumber() : 1;
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            String marker = list instanceof BulletList ? "•" : number++ + ".";
            List<NarrativeBlock.Run> runs = new ArrayList<>();
            List<NarrativeBlock> nested = new ArrayList<>();
            for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof Paragraph paragraph) {
                    if (!runs.isEmpty()) {
                        runs.add(new NarrativeBlock.Run(" ", false, false));
                    }
                    runs.addAll(runs(paragraph));
                } else if (child instanceof ListBlock inner) {
                    items(inner, depth + 1, nested);
                } else {
                    blocks(wrap(child), depth + 1, nested);
                }
            }
            out.add(new NarrativeBlock.ListItem(depth, marker, runs));
            out.addAll(nested);
        }
    }

    private static Node wrap(Node child) {
        Node holder = new ListItem();
        holder.appendChild(child);
        return holder;
    }

    private static void lines(String literal, List<NarrativeBlock> out) {
        literal.lines().forEach(line -> out.add(NarrativeBlock.plain(line)));
    }

    private static NarrativeBlock.Table table(TableBlock table) {
        List<List<String>> rows = new ArrayList<>();
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                if (row instanceof TableRow) {
                    List<String> cells = new ArrayList<>();
                    for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                        if (cell instanceof TableCell) {
                            cells.add(runs(cell).stream().map(NarrativeBlock.Run::text).reduce("", String::concat));
                        }
                    }
                    rows.add(cells);
                }
            }
        }
        return new NarrativeBlock.Table(rows);
    }

    private static List<NarrativeBlock.Run> runs(Node parent) {
        List<NarrativeBlock.Run> runs = new ArrayList<>();
        inline(parent, false, false, runs);
        return runs;
    }

    private static void inline(Node parent, boolean bold, boolean italic, List<NarrativeBlock.Run> out) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            switch (node) {
                case Text text -> out.add(new NarrativeBlock.Run(text.getLiteral(), bold, italic));
                case Code code -> out.add(new NarrativeBlock.Run(code.getLiteral(), bold, italic));
                case StrongEmphasis strong -> inline(strong, true, italic, out);
                case Emphasis emphasis -> inline(emphasis, bold, true, out);
                case SoftLineBreak ignored -> out.add(new NarrativeBlock.Run(" ", bold, italic));
                case HardLineBreak ignored -> out.add(new NarrativeBlock.Run(" ", bold, italic));
                case Link link -> {
                    inline(link, bold, italic, out);
                    out.add(new NarrativeBlock.Run(" (" + link.getDestination() + ")", bold, italic));
                }
                case Image image -> inline(image, bold, italic, out);
                default -> inline(node, bold, italic, out);
            }
        }
    }
}
