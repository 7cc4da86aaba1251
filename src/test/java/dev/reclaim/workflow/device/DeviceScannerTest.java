package dev.reclaim.workflow.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeviceScannerTest {
    private static final Candidate PORT = new Candidate("/dev/ttyUSB0", "ttyUSB0", "FT232R USB UART");
    private static final Candidate A = new Candidate("AAA", "ST-Link/V2", "AAA");
    private static final Candidate B = new Candidate("BBB", "STLINK-V3E", "BBB");

    @Test
    void reportsTheFirstListingAndThenOnlyChanges() {
        Deque<Object> scans = new ArrayDeque<>(List.of(List.of(A), List.of(A), List.of(A, B),
                new IOException("USB access is not available"), new IOException("USB access is not available"),
                List.of(B)));
        DeviceScanner scanner = new DeviceScanner(() -> List.of(PORT), () -> {
            Object next = scans.poll();
            if (next instanceof IOException e) {
                throw e;
            }
            @SuppressWarnings("unchecked")
            List<Candidate> list = (List<Candidate>) next;
            return list;
        });

        List<Optional<DeviceScanner.Scan>> heard = List.of(scanner.poll(), scanner.poll(), scanner.poll(),
                scanner.poll(), scanner.poll(), scanner.poll());

        assertThat(heard).extracting(o -> o.map(DeviceScanner.Scan::probes).orElse(null))
                .containsExactly(List.of(A), null, List.of(A, B), List.of(), null, List.of(B));
        assertThat(heard.get(3)).hasValueSatisfying(s -> {
            assertThat(s.probeProblem()).isEqualTo("ST-Link probes cannot be listed: USB access is not available");
            assertThat(s.ports()).as("no USB access must not hide the serial ports").containsExactly(PORT);
        });
    }

    @Test
    void theSystemScannerListsWithoutFailing() {
        DeviceScanner.Scan scan = DeviceScanner.system().scan();
        assertThat(scan.ports()).allSatisfy(p -> assertThat(p.argument()).isNotBlank());
    }
}
