package dev.reclaim.workflow;

import dev.reclaim.workflow.PulledCable.Boots;
import dev.reclaim.workflow.PulledCable.Boundary;
import java.nio.file.Files;
import java.util.List;

/**
 * The full fault-injection sweep: the cable pulled after every byte k of a safe DCT write, from the first to the
 * last, each on a fresh simulated P1; prints what each firmware rule selects per stage. A main, not a test: it
 * takes about half an hour. Lives beside the test it extends because it reuses its package-private rig.
 * Run: {@code java -cp target/classes:target/test-classes:<deps> dev.reclaim.workflow.FaultSweep [MODE] [from] [to]}.
 * MODE {@code cut} (the default): what each rule selects after the cut; {@code rerun}: after the cut, the same write
 * run again must leave both rules on the new copy; {@code flip}: byte k the device sends is flipped instead, and
 * nothing unverified may be written (k counts received bytes then).
 */
public final class FaultSweep {
    private FaultSweep() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 && !args[0].matches("\\d+") ? args[0] : "cut";
        String[] range = mode.equals("cut") && (args.length == 0 || args[0].matches("\\d+")) ? args
                : java.util.Arrays.copyOfRange(args, 1, args.length);
        switch (mode) {
            case "cut" -> cuts(range);
            case "rerun" -> reruns(range);
            case "flip" -> flips(range);
            default -> throw new IllegalArgumentException("MODE is cut, rerun or flip, not " + mode);
        }
    }

    private static void reruns(String[] args) throws Exception {
        PulledCable cable = new PulledCable(new WriteRig(), Files.createTempDirectory("reclaim-sweep"));
        long end = cable.measure().get(cable.measure().size() - 1).byteOffset();
        long from = args.length > 0 ? Long.parseLong(args[0]) : 1;
        long to = args.length > 1 ? Long.parseLong(args[1]) : end;
        long notNew = 0;
        long started = System.nanoTime();
        for (long k = from; k <= to; k++) {
            Boots[] boots = cable.cutThenRerun(k);
            if (boots[0] != Boots.NEW || boots[1] != Boots.NEW) {
                notNew++;
                System.out.println("After a cut after byte " + k + " and a re-run: " + java.util.Arrays.toString(boots));
            }
        }
        System.out.printf("Re-ran the write after each cut k = %d..%d (%d) in %.0f s: %d ended with a rule not on the"
                + " new copy%n", from, to, to - from + 1, (System.nanoTime() - started) / 1e9, notNew);
    }

    private static void flips(String[] args) throws Exception {
        FlippedRead relay = new FlippedRead(new WriteRig(), Files.createTempDirectory("reclaim-sweep"));
        long end = relay.measure();
        long from = args.length > 0 ? Long.parseLong(args[0]) : 1;
        long to = args.length > 1 ? Long.parseLong(args[1]) : end;
        long[] endings = new long[FlippedRead.Ending.values().length];
        long unverified = 0;
        long started = System.nanoTime();
        for (long k = from; k <= to; k++) {
            try {
                endings[relay.flipAt(k).ordinal()]++;
            } catch (AssertionError e) {
                unverified++;
                System.out.println("Byte " + k + " flipped: " + e.getMessage());
            }
        }
        System.out.printf("Flipped each received byte k = %d..%d (%d) in %.0f s: %d written and verified, %d gave up"
                + " safely, %d wrote something unverified%n", from, to, to - from + 1,
                (System.nanoTime() - started) / 1e9, endings[0], endings[1], unverified);
    }

    private static void cuts(String[] args) throws Exception {
        PulledCable cable = new PulledCable(new WriteRig(), Files.createTempDirectory("reclaim-sweep"));
        List<Boundary> boundaries = cable.measure();
        long end = boundaries.get(boundaries.size() - 1).byteOffset();
        long from = args.length > 0 ? Long.parseLong(args[0]) : 1;
        long to = args.length > 1 ? Long.parseLong(args[1]) : end;
        System.out.println("Boundaries (bytes sent when each stage began): " + boundaries);
        long neither = 0;
        long[][] counts = new long[2][Boots.values().length];
        int stage = 0;
        long started = System.nanoTime();
        for (long k = from; k <= to; k++) {
            while (stage + 1 < boundaries.size() && k >= boundaries.get(stage + 1).byteOffset()) {
                report(boundaries.get(stage).stage(), counts);
                counts = new long[2][Boots.values().length];
                stage++;
            }
            Boots[] boots = cable.cutAfter(k);
            for (int rule = 0; rule < boots.length; rule++) {
                counts[rule][boots[rule].ordinal()]++;
                if (boots[rule] == Boots.NEITHER) {
                    neither++;
                    System.out.println("NEITHER after byte " + k + " (rule " + rule + ")");
                }
            }
        }
        report(boundaries.get(stage).stage(), counts);
        System.out.printf("Swept k = %d..%d (%d cuts) in %.0f s: %d cuts left a device with neither DCT;"
                + " %d runs stopped for another reason than the cut%n", from, to, to - from + 1,
                (System.nanoTime() - started) / 1e9, neither, cable.failuresWithoutCut());
    }

    private static void report(String stage, long[][] counts) {
        System.out.printf("  %-100.100s legacy(<=0.6) old/new/neither %d/%d/%d, versioned(>=0.7) %d/%d/%d%n", stage,
                counts[0][0], counts[0][1], counts[0][2], counts[1][0], counts[1][1], counts[1][2]);
        System.out.flush();
    }
}
