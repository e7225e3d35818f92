package fr.centressociaux.portail.centres;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A centres spreadsheet written for a test, as CSV or XLSX: rows of values by header. Names get a
 * suffix of their own so tests sharing a database do not meet.
 */
final class CentreSheet {

    private final List<String> header;
    private final List<Map<String, String>> rows = new ArrayList<>();

    CentreSheet(List<String> header) {
        this.header = List.copyOf(header);
    }

    static CentreSheet withAllColumns() {
        return new CentreSheet(CentreColumn.headers());
    }

    /** A centre the import accepts, in Littoral 62, associative, with people, approval and figures. */
    static Map<String, String> centre(String name) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("nom", name);
        row.put("type", "CS");
        row.put("gestion", "ASSOCIATIVE");
        row.put("adresse", "12 rue de la Paix");
        row.put("code_postal", "62100");
        row.put("commune", "Calais");
        row.put("departement", "62");
        row.put("epci", "CA Grand Calais Terres et Mers");
        row.put("territoire", "LIT62");
        row.put("siret", newSiret());
        row.put("courriel", "contact@" + name.toLowerCase().replaceAll("[^a-z0-9]+", "-") + ".example.org");
        row.put("telephone", "03 21 00 00 01");
        row.put("site_web", "https://centre.example.org");
        row.put("agrement_debut", "01/01/2024");
        row.put("agrement_fin", "31/12/2027");
        row.put("salaries", "28");
        row.put("etp", "23,4");
        row.put("benevoles", "57");
        row.put("direction_nom", "Alix Directrice");
        row.put("direction_courriel", "alix." + ThreadLocalRandom.current().nextInt(1_000_000) + "@example.org");
        row.put("presidence_nom", "Bruno Président");
        row.put("presidence_courriel", "");
        row.put("adhesion_fin", "");
        row.put("motif_depart", "");
        return row;
    }

    static String uniqueName(String name) {
        return name + " " + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
    }

    /** Fourteen digits whose Luhn key is right, different each time. */
    static String newSiret() {
        String start = "8" + String.format("%012d", ThreadLocalRandom.current().nextLong(1_000_000_000_000L));
        for (int last = 0; last <= 9; last++) {
            if (Siret.isValid(start + last)) {
                return start + last;
            }
        }
        throw new IllegalStateException("No Luhn key for " + start);
    }

    /** A SIRET whose key is wrong. */
    static String wrongSiret() {
        String siret = newSiret();
        int last = siret.charAt(13) - '0';
        return siret.substring(0, 13) + ((last + 1) % 10);
    }

    CentreSheet row(Map<String, String> values) {
        rows.add(new LinkedHashMap<>(values));
        return this;
    }

    List<Map<String, String>> rows() {
        return rows;
    }

    byte[] csv(String separator, boolean byteOrderMark) {
        StringBuilder text = new StringBuilder(byteOrderMark ? "\uFEFF" : "");
        text.append(String.join(separator, header)).append("\r\n");
        for (Map<String, String> row : rows) {
            text.append(header.stream().map(column -> quoted(row.getOrDefault(column, ""), separator))
                    .collect(Collectors.joining(separator))).append("\r\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    byte[] csv() {
        return csv(";", false);
    }

    /** The same rows in a workbook, numbers as numbers and dates as dates, as a spreadsheet program writes them. */
    byte[] xlsx() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "portail-test", "1.0");
            Worksheet sheet = workbook.newWorksheet("Centres");
            for (int column = 0; column < header.size(); column++) {
                sheet.value(0, column, header.get(column));
            }
            for (int line = 0; line < rows.size(); line++) {
                for (int column = 0; column < header.size(); column++) {
                    write(sheet, line + 1, column, header.get(column), rows.get(line).getOrDefault(header.get(column), ""));
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void write(Worksheet sheet, int line, int column, String header, String value) {
        if (value.isEmpty()) {
            return;
        }
        switch (header) {
            case "salaries", "benevoles", "etp" -> sheet.value(line, column, new BigDecimal(value.replace(',', '.')));
            case "agrement_debut", "agrement_fin" -> {
                String[] parts = value.split("/");
                sheet.value(line, column, LocalDate.of(Integer.parseInt(parts[2]), Integer.parseInt(parts[1]),
                        Integer.parseInt(parts[0])));
                sheet.style(line, column).format("dd/mm/yyyy").set();
            }
            default -> sheet.value(line, column, value);
        }
    }

    private static String quoted(String value, String separator) {
        return value.contains(separator) || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
