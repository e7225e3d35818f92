package fr.centressociaux.portail.trainings;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import fr.centressociaux.portail.shared.InputCheck;
import org.jspecify.annotations.Nullable;

/**
 * A session as staff schedule it: one or more days, or "sur mesure" for a host centre, with a
 * capacity and a registration deadline. Field names for problems: {@code days}, {@code days[i].date},
 * {@code days[i].start}, {@code days[i].end}, {@code days[i].place}, {@code hostCentre},
 * {@code capacity}, {@code registrationDeadline}.
 */
public record SessionDraft(List<Day> days, @Nullable String hostCentreId, @Nullable Integer capacity,
        @Nullable LocalDate registrationDeadline) {

    public SessionDraft {
        days = days == null ? List.of() : List.copyOf(days);
    }

    static final int MAX_DAYS = 60;
    static final int MAX_CAPACITY = 500;
    static final int MAX_PLACE = 200;

    /**
     * Every field checked at once: at least one day, each with a date, times ending after they
     * start and a place, no date twice; a capacity; a deadline not after the first day. Days come
     * back in date order. {@code thisYear} bounds the dates.
     */
    Valid validate(int thisYear) {
        InputCheck check = new InputCheck();
        if (days.isEmpty()) {
            check.problem("days", "training.session.days.required");
        }
        if (days.size() > MAX_DAYS) {
            check.problem("days", "training.session.days.too-many", MAX_DAYS);
        }
        List<SessionDay> valid = new ArrayList<>();
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; i < days.size(); i++) {
            Day day = days.get(i);
            String field = "days[" + i + "]";
            LocalDate date = check.required(field + ".date", day.date());
            LocalTime start = check.required(field + ".start", day.start());
            LocalTime end = check.required(field + ".end", day.end());
            String place = check.text(field + ".place", day.place(), MAX_PLACE);
            if (start != null && end != null && !end.isAfter(start)) {
                check.problem(field + ".end", "training.session.end.before-start");
            }
            if (date != null && (date.getYear() < 2000 || date.getYear() > thisYear + 5)) {
                check.problem(field + ".date", "training.session.date.out-of-range");
            } else if (date != null && !seen.add(date)) {
                check.problem(field + ".date", "training.session.date.twice");
            }
            if (date != null && start != null && end != null && end.isAfter(start)) {
                valid.add(new SessionDay(date, start, end, place));
            }
        }
        Integer validCapacity = check.required("capacity", capacity);
        if (validCapacity != null && (validCapacity < 1 || validCapacity > MAX_CAPACITY)) {
            check.problem("capacity", "training.session.capacity.out-of-range", MAX_CAPACITY);
        }
        LocalDate deadline = check.required("registrationDeadline", registrationDeadline);
        valid.sort(Comparator.comparing(SessionDay::date));
        if (deadline != null && !valid.isEmpty() && deadline.isAfter(valid.getFirst().date())) {
            check.problem("registrationDeadline", "training.session.deadline.after-first-day");
        }
        check.throwIfAny();
        return new Valid(List.copyOf(valid), hostCentreId == null || hostCentreId.isBlank() ? null : hostCentreId,
                Objects.requireNonNull(validCapacity), Objects.requireNonNull(deadline));
    }

    record Valid(List<SessionDay> days, @Nullable String hostCentreId, int capacity, LocalDate deadline) {
    }

    /** One day as typed. */
    public record Day(@Nullable LocalDate date, @Nullable LocalTime start, @Nullable LocalTime end,
            @Nullable String place) {
    }
}
