package fr.centressociaux.portail.shared;

import java.util.List;

/**
 * A spreadsheet read as text: its header (its first non-empty line) and its other non-empty
 * lines, each numbered as the spreadsheet numbers it.
 */
public record Table(int headerLine, List<String> header, List<Line> lines) {

    public record Line(int number, List<String> cells) {

        public String cell(int index) {
            return index < cells.size() ? cells.get(index) : "";
        }
    }
}
