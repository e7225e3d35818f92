package fr.centressociaux.portail.trainings;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import fr.centressociaux.portail.shared.EndsAfterStart;
import fr.centressociaux.portail.shared.PortalYear;
import fr.centressociaux.portail.shared.TextInput;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.constraints.Range;
import org.jspecify.annotations.Nullable;

/**
 * A session as staff schedule it: one or more days, or "sur mesure" for a host centre, with a
 * capacity and a registration deadline. Problems are told under {@code days},
 * {@code days[i].date}, {@code days[i].start}, {@code days[i].end}, {@code days[i].place},
 * {@code hostCentreId}, {@code capacity}, {@code registrationDeadline}.
 */
@ConsistentSessionDays
public record SessionDraft(
        @NotEmpty(message = "{portal.validation.session.days-required}")
        @Size(max = SessionDraft.MAX_DAYS, message = "{portal.validation.session.too-many-days}")
        List<@Valid Day> days,
        @Nullable String hostCentreId,
        @NotNull(message = "{portal.validation.required}")
        @Range(min = 1, max = SessionDraft.MAX_CAPACITY, message = "{portal.validation.count}")
        @Nullable Integer capacity,
        @NotNull(message = "{portal.validation.required}") @Nullable LocalDate registrationDeadline) {

    public SessionDraft {
        days = days == null ? List.of() : List.copyOf(days);
    }

    static final int MAX_DAYS = 60;
    static final int MAX_CAPACITY = 500;
    static final int MAX_PLACE = 200;

    /** The draft of a stored session, to edit it. */
    public static SessionDraft of(TrainingSession session) {
        return new SessionDraft(session.getDays().stream().map(Day::of).toList(),
                session.getHost() == null ? null : session.getHost().centreId(), session.getCapacity(),
                session.getRegistrationDeadline());
    }

    /** The session as stored, once its constraints have passed: days in date order. */
    Tidy tidy() {
        List<SessionDay> valid = days.stream()
                .map(day -> new SessionDay(Objects.requireNonNull(day.date()), Objects.requireNonNull(day.start()),
                        Objects.requireNonNull(day.end()), TextInput.tidy(day.place())))
                .sorted(Comparator.comparing(SessionDay::date)).toList();
        return new Tidy(valid, hostCentreId == null || hostCentreId.isBlank() ? null : hostCentreId,
                Objects.requireNonNull(capacity), Objects.requireNonNull(registrationDeadline));
    }

    record Tidy(List<SessionDay> days, @Nullable String hostCentreId, int capacity, LocalDate deadline) {
    }

    /** One day as typed. */
    @EndsAfterStart(start = "start", end = "end")
    public record Day(@NotNull(message = "{portal.validation.required}") @PortalYear @Nullable LocalDate date,
            @NotNull(message = "{portal.validation.required}") @Nullable LocalTime start,
            @NotNull(message = "{portal.validation.required}") @Nullable LocalTime end,
            @NotBlank(message = "{portal.validation.required}")
            @Size(max = SessionDraft.MAX_PLACE, message = "{portal.validation.too-long}") @Nullable String place) {

        static Day of(SessionDay day) {
            return new Day(day.date(), day.start(), day.end(), day.place());
        }
    }
}
