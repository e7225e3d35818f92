package fr.centressociaux.portail.promeneurs;

import java.util.List;

/** One of the year's network events as the yearly figures read it: the event and the scores its participants gave. */
public record EventFigures(PdnEvent event, List<Integer> scores) {

    public EventFigures {
        scores = List.copyOf(scores);
    }
}
