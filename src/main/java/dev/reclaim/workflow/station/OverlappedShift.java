package dev.reclaim.workflow.station;

import dev.reclaim.progress.Cancellation;
import dev.reclaim.progress.CancelledException;
import dev.reclaim.workflow.RecipeWizard;
import dev.reclaim.workflow.device.DeviceSession;
import dev.reclaim.workflow.journal.JournalException;
import dev.reclaim.workflow.wizard.StepRecord;
import dev.reclaim.workflow.wizard.WizardListener;
import dev.reclaim.workflow.wizard.WizardRecord;
import dev.reclaim.workflow.wizard.WizardStep;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

/**
 * A shift whose devices are witnessed in the background ({@link WitnessOverlap}): each device's recipe runs on a
 * witness thread of its own; the station's thread waits only until the device reaches its witness step (it is reset
 * and off the probe), then goes on to the next device. The witness thread keeps the device's session (the board
 * stays powered), its claim and its journal entry: it records the outcome, then releases the claim. At most
 * {@code slots} devices are open at once (the fixture's slots): the next one waits for a slot.
 */
final class OverlappedShift {
    /** How often a wait for a slot or a hand-off looks at the cancellation. */
    private static final long POLL_MS = 100;

    private final Station station;
    private final RecipeWizard.Claimer claimer;
    private final Cancellation cancellation;
    private final ShiftListener listener;
    private final Semaphore fixture;
    private final ExecutorService witnesses;
    private final InOrderResults results;
    private final AtomicReference<Exception> problem = new AtomicReference<>();

    OverlappedShift(Station station, RecipeWizard.Claimer claimer, int slots, Cancellation cancellation,
                    ShiftListener listener) {
        this.station = station;
        this.claimer = claimer;
        this.cancellation = cancellation;
        this.listener = listener;
        this.fixture = new Semaphore(slots);
        AtomicInteger threads = new AtomicInteger();
        this.witnesses = Executors.newFixedThreadPool(slots, r -> {
            Thread t = new Thread(r, "station-witness-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.results = new InOrderResults(listener);
    }

    /** Runs the shift; returns once every device's witness has finished (cancelled ones journaled as such). */
    List<DeviceResult> run(int count, BooleanSupplier goOn) throws JournalException, IOException, CancelledException {
        String last = "";
        try {
            for (int n = 1; n <= count && problem.get() == null; n++) {
                cancellation.checkpoint("between devices");
                takeSlot();
                DeviceSession device;
                try {
                    device = station.next(n, last, cancellation, listener, goOn);
                } catch (IOException | CancelledException | RuntimeException e) {
                    fixture.release();
                    throw e;
                }
                Device job = new Device(n, device, System.nanoTime());
                listener.deviceStarted(n, device.description());
                witnesses.execute(job);
                String id = job.awaitProbe();
                last = id.isEmpty() ? last : id;
            }
        } finally {
            finishWitnesses();
        }
        Exception failed = problem.get();
        if (failed instanceof JournalException e) {
            throw e;
        }
        if (failed instanceof IOException e) {
            throw e;
        }
        if (failed instanceof RuntimeException e) {
            throw e;
        }
        return results.all();
    }

    private void takeSlot() throws CancelledException {
        try {
            while (!fixture.tryAcquire(POLL_MS, TimeUnit.MILLISECONDS)) {
                cancellation.checkpoint("while waiting for a free fixture slot");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException("interrupted while waiting for a free fixture slot");
        }
    }

    /**
     * Waits for the background witnesses: a cancelled shift cancels them through the same cancellation (they stop
     * at their next look, are journaled as cancelled and release their claims), so this wait is short then too.
     */
    private void finishWitnesses() {
        witnesses.shutdown();
        boolean interrupted = false;
        while (true) {
            try {
                if (witnesses.awaitTermination(POLL_MS, TimeUnit.MILLISECONDS)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
                cancellation.cancel();
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** One device's run on a witness thread; the station's thread waits for it only until it leaves the probe. */
    private final class Device implements Runnable {
        private final int number;
        private final DeviceSession session;
        private final long t0;
        private final CountDownLatch offProbe = new CountDownLatch(1);
        private volatile long freedAt;
        private volatile String deviceId = "";

        Device(int number, DeviceSession session, long t0) {
            this.number = number;
            this.session = session;
            this.t0 = t0;
        }

        @Override
        public void run() {
            try (DeviceSession d = session) {
                results.arrived(station.runOne(number, d, claimer, cancellation, HandOff::new, t0,
                        () -> freedAt));
            } catch (Exception e) {
                problem.compareAndSet(null, e);
                results.missing(number);
            } finally {
                offProbe.countDown();
                fixture.release();
            }
        }

        /** Waits until the device is off the probe (or its run ended before); its device ID, "" if unknown. */
        String awaitProbe() {
            boolean interrupted = false;
            while (true) {
                try {
                    offProbe.await();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                    cancellation.cancel(); // the run stops at its next safe point, and the wait ends
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            return deviceId;
        }

        /**
         * Passes the device's steps to the shift's listener until its witness starts: then the probe is free, and
         * what follows is the device's result, reported in order.
         */
        private final class HandOff implements WizardListener {
            private final RecipeWizard wizard;
            private final int witnessStep;
            private boolean off;

            HandOff(RecipeWizard wizard) {
                this.wizard = wizard;
                List<WizardStep> steps = wizard.wizard().steps();
                int at = steps.stream().map(WizardStep::title).toList().indexOf(Station.WITNESS_STEP);
                this.witnessStep = at < 0 ? Integer.MAX_VALUE : at + 1; // no witness step: held to the end
            }

            @Override
            public void stepStarted(int step, WizardStep s) {
                if (!off && step >= witnessStep) {
                    off = true;
                    freedAt = System.nanoTime();
                    deviceId = wizard.deviceId();
                    listener.deviceWitnessing(number, deviceId);
                    offProbe.countDown();
                }
                if (!off) {
                    listener.stepStarted(step, s);
                }
            }

            @Override
            public void stage(int step, String description) {
                if (!off) {
                    listener.stage(step, description);
                }
            }

            @Override
            public void progress(int step, long done, long total) {
                if (!off) {
                    listener.progress(step, done, total);
                }
            }

            @Override
            public void stepFinished(StepRecord record) {
                if (!off) {
                    listener.stepFinished(record);
                }
            }

            @Override
            public void wizardFinished(WizardRecord record) {
                deviceId = wizard.deviceId();
                if (!off) {
                    listener.wizardFinished(record);
                }
            }
        }
    }
}
