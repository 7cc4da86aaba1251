package dev.reclaim.workflow.station;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Devices' results as their witnesses finish, passed on in device order: a device witnessed faster than the one
 * before it waits for it, so a shift's lines read 1, 2, 3… however the handshakes came.
 */
final class InOrderResults {
    private final ShiftListener listener;
    // guarded by this
    private final Map<Integer, Optional<DeviceResult>> waiting = new HashMap<>();
    private final List<DeviceResult> reported = new ArrayList<>();
    private int next = 1;

    InOrderResults(ShiftListener listener) {
        this.listener = listener;
    }

    /** Device {@code result.number()} finished: reports it and any later ones that were waiting for it. */
    synchronized void arrived(DeviceResult result) {
        waiting.put(result.number(), Optional.of(result));
        flush();
    }

    /** Device {@code number} ended without a result (its journal failed): the later ones are not held up. */
    synchronized void missing(int number) {
        waiting.put(number, Optional.empty());
        flush();
    }

    private void flush() {
        while (waiting.containsKey(next)) {
            Optional<DeviceResult> r = waiting.remove(next++);
            if (r.isPresent()) {
                reported.add(r.get());
                listener.deviceFinished(r.get());
            }
        }
    }

    /** The results reported so far, in device order. */
    synchronized List<DeviceResult> all() {
        return List.copyOf(reported);
    }
}
