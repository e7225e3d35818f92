package fr.centressociaux.portail.benchmark;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Times a service call against its bare equivalents in one run: warms them up, then times them in
 * turns (each iteration runs every call, starting with a different one), so a pause of the JVM or
 * the embedded server falls on all of them alike. Prints each call's median and 95th percentile,
 * and the first call's median over each other's.
 */
final class TimedInTurns {

    /**
     * One timed call, named as the figures print it, after an untimed preparation (e.g. writing the
     * mails a delivery run will send).
     */
    record Call(String label, Runnable prepare, Supplier<?> call) {

        Call(String label, Supplier<?> call) {
            this(label, () -> { }, call);
        }

        void run() {
            prepare.run();
            call.get();
        }
    }

    private TimedInTurns() {
    }

    /** Returns the first call's median, in milliseconds. */
    static double compare(String what, List<Call> calls, int iterations, int warmUps, int labelWidth) {
        for (int i = 0; i < warmUps; i++) {
            calls.forEach(Call::run);
        }
        double[][] millis = new double[calls.size()][iterations];
        for (int i = 0; i < iterations; i++) {
            for (int turn = 0; turn < calls.size(); turn++) {
                int c = (i + turn) % calls.size();
                calls.get(c).prepare().run();
                long start = System.nanoTime();
                calls.get(c).call().get();
                millis[c][i] = (System.nanoTime() - start) / 1e6;
            }
        }
        double serviceMedian = 0;
        for (int c = 0; c < calls.size(); c++) {
            Arrays.sort(millis[c]);
            double median = millis[c][iterations / 2];
            double p95 = millis[c][(int) Math.ceil(iterations * 0.95) - 1];
            if (c == 0) {
                serviceMedian = median;
            }
            String ratio = c == 0 ? "" : String.format(Locale.ROOT, "%.2f", serviceMedian / median);
            System.out.printf(Locale.ROOT, "%-" + labelWidth + "s %10.1f %10.1f %8s%n",
                    what + ": " + calls.get(c).label(), median, p95, ratio);
        }
        return serviceMedian;
    }
}
