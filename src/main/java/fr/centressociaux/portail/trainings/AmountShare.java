package fr.centressociaux.portail.trainings;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

import fr.centressociaux.portail.territories.Department;
import org.jspecify.annotations.Nullable;

/**
 * The part of a session's FOSFORA amount a department's table shows: the whole amount network-wide;
 * for a department, the amount in proportion to the session's volunteers present from its centres.
 * The departments' shares add up to the amount to the cent: each takes its rounded share in
 * department order, and the last department with volunteers takes what remains.
 */
record AmountShare(@Nullable Department department, Map<String, Map<Department, Integer>> volunteersBySession) {

    static final AmountShare WHOLE = new AmountShare(null, Map.of());

    BigDecimal of(String sessionId, BigDecimal amount) {
        if (department == null) {
            return amount;
        }
        Map<Department, Integer> volunteers = volunteersBySession.getOrDefault(sessionId, Map.of());
        int total = volunteers.values().stream().mapToInt(Integer::intValue).sum();
        List<Department> present = volunteers.keySet().stream().filter(each -> volunteers.get(each) > 0).sorted()
                .toList();
        if (total == 0 || !present.contains(department)) {
            return BigDecimal.ZERO.setScale(2);
        }
        BigDecimal given = BigDecimal.ZERO.setScale(2);
        for (Department each : present) {
            BigDecimal part = each == present.getLast() ? amount.subtract(given).setScale(2, RoundingMode.HALF_UP)
                    : amount.multiply(BigDecimal.valueOf(volunteers.get(each)))
                            .divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_UP);
            if (each == department) {
                return part;
            }
            given = given.add(part);
        }
        return BigDecimal.ZERO.setScale(2);
    }
}
