package dev.reclaim.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class StLinkProbeWatcherTest {
    private static final StLinkProbe A = new StLinkProbe(StLinkProduct.V2, Optional.of("AAA"), 1, 4, Optional.empty());
    private static final StLinkProbe B = new StLinkProbe(StLinkProduct.V3E, Optional.of("BBB"), 1, 5, Optional.empty());

    @Test
    void reportsTheFirstListAndThenOnlyChanges() throws Exception {
        Deque<Object> scans = new ArrayDeque<>(List.of(List.of(A), List.of(A), List.of(A, B),
                new IOException("USB access is not available"), new IOException("USB access is not available"),
                List.of(B)));
        List<List<StLinkProbe>> heard = Collections.synchronizedList(new ArrayList<>());
        List<String> problems = new ArrayList<>();
        StLinkProbeWatcher.Scanner scanner = () -> {
            Object next = scans.poll();
            if (next instanceof IOException e) {
                throw e;
            }
            @SuppressWarnings("unchecked")
            List<StLinkProbe> list = (List<StLinkProbe>) next;
            return list;
        };
        StLinkProbeWatcher watcher = StLinkProbeWatcher.start(scanner, 3_600_000, heard::add, problems::add);
        awaitSize(heard, 1);

        for (int i = 0; i < 5; i++) {
            watcher.poll();
        }
        watcher.close();

        assertThat(heard).containsExactly(List.of(A), List.of(A, B), List.of(B));
        assertThat(problems).containsExactly("USB access is not available");
    }

    private static void awaitSize(List<?> list, int size) throws InterruptedException {
        CountDownLatch never = new CountDownLatch(1);
        for (int i = 0; i < 200 && list.size() < size; i++) {
            never.await(10, TimeUnit.MILLISECONDS);
        }
        assertThat(list).hasSize(size);
    }
}
