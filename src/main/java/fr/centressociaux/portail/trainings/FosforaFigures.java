package fr.centressociaux.portail.trainings;

import java.math.BigDecimal;

/**
 * One line (or subtotal) of the FOSFORA table: centres with a volunteer present, distinct
 * volunteers present, sessions they attended, séances (the days of those sessions) and the
 * amount funded (euros). A subtotal adds its lines up, as the federation's table does: a
 * volunteer or centre on two lines counts on both.
 */
public record FosforaFigures(int centres, int volunteers, int sessions, int days, BigDecimal amount) {

    public static final FosforaFigures NONE = new FosforaFigures(0, 0, 0, 0, BigDecimal.ZERO.setScale(2));

    public FosforaFigures plus(FosforaFigures other) {
        return new FosforaFigures(centres + other.centres, volunteers + other.volunteers, sessions + other.sessions,
                days + other.days, amount.add(other.amount));
    }
}
