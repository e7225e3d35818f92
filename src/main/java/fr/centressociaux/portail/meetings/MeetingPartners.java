package fr.centressociaux.portail.meetings;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/**
 * The partner organisations present at meetings, as far as meetings know them: ids chosen from the
 * register behind {@link PartnerChoices}, checked before a meeting is saved, named for its page and
 * its export. When no register is plugged in, meetings record no partners and show none.
 */
@Component
public class MeetingPartners {

    private final ObjectProvider<PartnerChoices> register;

    MeetingPartners(ObjectProvider<PartnerChoices> register) {
        this.register = register;
    }

    /** Whether a register is plugged in: the form shows the field, the page the partners present. */
    public boolean available() {
        return register.getIfAvailable() != null;
    }

    /**
     * What the meeting form offers: the active organisations, plus those the meeting already records
     * that are no longer active (so editing its title does not silently drop them).
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'DELEGATE')")
    public List<PartnerChoice> choicesKeeping(Collection<String> recorded) {
        PartnerChoices choices = register.getIfAvailable();
        if (choices == null) {
            return List.of();
        }
        List<PartnerChoice> offered = new ArrayList<>(choices.active());
        Set<String> offeredIds = offered.stream().map(PartnerChoice::id).collect(Collectors.toSet());
        List<String> kept = recorded.stream().filter(id -> !offeredIds.contains(id)).toList();
        choices.labels(kept).forEach((id, label) -> offered.add(new PartnerChoice(id, label, false)));
        return offered;
    }

    /** The names of the partners present at the meeting, in the order they were recorded. */
    @PreAuthorize("isAuthenticated()")
    public List<String> namesOf(Meeting meeting) {
        return namesOf(meeting.getPartnerIds());
    }

    List<String> namesOf(List<String> partnerIds) {
        Map<String, String> labels = labels(partnerIds);
        return partnerIds.stream().map(labels::get).filter(Objects::nonNull).toList();
    }

    /** The names of these partners by id (none without a register), read at once for a list of meetings. */
    Map<String, String> labels(Collection<String> partnerIds) {
        PartnerChoices choices = register.getIfAvailable();
        return choices == null || partnerIds.isEmpty() ? Map.of() : choices.labels(partnerIds);
    }

    /**
     * Whether a meeting may record these partners: each must be an active organisation of the
     * register, or one the meeting already records (an organisation that left the register's choices
     * stays on the meetings it attended, like a retired kind of meeting). Without a register, only
     * those already recorded.
     */
    boolean allowed(Collection<String> partnerIds, @Nullable Meeting existing) {
        Set<String> allowed = new HashSet<>(existing == null ? List.of() : existing.getPartnerIds());
        PartnerChoices choices = partnerIds.isEmpty() ? null : register.getIfAvailable();
        if (choices != null) {
            choices.active().forEach(choice -> allowed.add(choice.id()));
        }
        return allowed.containsAll(partnerIds);
    }
}
