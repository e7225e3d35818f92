package fr.centressociaux.portail.trainings;

import java.util.Arrays;
import java.util.List;

/**
 * The line of the FOSFORA table a training counts in. A training with a line is eligible to the
 * fund; its sessions' amounts and volunteers add up on that line.
 */
public enum FosforaLine {
    VOLUNTEERS_CATALOGUE(FosforaGroup.VOLUNTEERS, "fosfora.line.VOLUNTEERS_CATALOGUE"),
    VOLUNTEERS_CUSTOM(FosforaGroup.VOLUNTEERS, "fosfora.line.VOLUNTEERS_CUSTOM"),
    BOARD_CONFERENCE(FosforaGroup.VOLUNTEERS, "fosfora.line.BOARD_CONFERENCE"),
    NEW_BOARD_MEMBERS_DAY(FosforaGroup.VOLUNTEERS, "fosfora.line.NEW_BOARD_MEMBERS_DAY"),
    MIXED(FosforaGroup.MIXED, "fosfora.line.MIXED"),
    POWER_TO_ACT(FosforaGroup.MIXED, "fosfora.line.POWER_TO_ACT"),
    TERRITORIAL_ACTION(FosforaGroup.MIXED, "fosfora.line.TERRITORIAL_ACTION"),
    AMEPP(FosforaGroup.AMEPP, "fosfora.line.AMEPP"),
    INTERNAL_SEMINAR(FosforaGroup.INTERNAL, "fosfora.line.INTERNAL_SEMINAR");

    private final FosforaGroup group;
    private final String labelKey;

    FosforaLine(FosforaGroup group, String labelKey) {
        this.group = group;
        this.labelKey = labelKey;
    }

    public FosforaGroup group() {
        return group;
    }

    public String labelKey() {
        return labelKey;
    }

    public static List<FosforaLine> of(FosforaGroup group) {
        return Arrays.stream(values()).filter(line -> line.group == group).toList();
    }
}
