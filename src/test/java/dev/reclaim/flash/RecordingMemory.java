package dev.reclaim.flash;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * A {@link MemoryAccess} that writes down every access ("W 40023C04 45670123", "WORDS 08004000 16") and answers
 * register reads from per-address queues (the last value repeats), so a test can script a flash controller's states.
 */
final class RecordingMemory implements MemoryAccess {
    private final List<String> log = new ArrayList<>();
    private final Map<Long, Deque<Integer>> reads = new HashMap<>();
    private final Map<Long, byte[]> blocks = new HashMap<>();

    RecordingMemory answer(long address, int... values) {
        Deque<Integer> q = reads.computeIfAbsent(address, a -> new ArrayDeque<>());
        for (int v : values) {
            q.add(v);
        }
        return this;
    }

    List<String> log() {
        return log;
    }

    byte[] block(long address) {
        return blocks.get(address);
    }

    @Override
    public int readWord(long address) {
        log.add(String.format("R %08X", address));
        Deque<Integer> q = reads.get(address);
        if (q == null || q.isEmpty()) {
            throw new AssertionError(String.format("unscripted read of 0x%08X", address));
        }
        return q.size() > 1 ? q.poll() : q.peek();
    }

    @Override
    public void writeWord(long address, int value) {
        log.add(String.format("W %08X %08X", address, value));
    }

    @Override
    public byte[] read(long address, int length) {
        log.add(String.format("READ %08X %d", address, length));
        return new byte[length];
    }

    @Override
    public void writeWords(long address, byte[] data) {
        log.add(String.format("WORDS %08X %s", address, HexFormat.of().withUpperCase().formatHex(data)));
        blocks.put(address, data);
    }

    @Override
    public void writeBytes(long address, byte[] data) {
        log.add(String.format("BYTES %08X %s", address, HexFormat.of().withUpperCase().formatHex(data)));
        blocks.put(address, data);
    }
}
