package fr.centressociaux.portail.documents;

import fr.centressociaux.portail.reporting.BilanLine;
import fr.centressociaux.portail.reporting.FigureText;
import fr.centressociaux.portail.shared.Texts;
import org.springframework.stereotype.Component;

/**
 * An indicator's line as the Word and PDF bilans print it under the narrative: "Assemblées
 * territoriales : 3 (2023 : 2, écart +1)", or the reason in place of a broken figure.
 */
@Component
class FigureLines {

    private final Texts texts;

    FigureLines(Texts texts) {
        this.texts = texts;
    }

    String of(BilanLine line, int year) {
        String label = line.indicator().label();
        if (line.current().isBroken()) {
            return texts.get("documents.figure.broken", label, line.current().problem());
        }
        String value = FigureText.value(line.current());
        return line.difference().map(difference -> texts.get("documents.figure.compared", label, value,
                String.valueOf(year - 1), FigureText.value(line.previous()),
                FigureText.difference(difference, line.current().unit())))
                .orElseGet(() -> texts.get("documents.figure", label, value));
    }

    String text(String key, Object... arguments) {
        return texts.get(key, arguments);
    }
}
