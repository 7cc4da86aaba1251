package dev.reclaim.sim;

import dev.reclaim.link.ByteLink;
import dev.reclaim.link.LinkClosedException;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A simulated Particle P1: an STM32F205 whose CPU runs either the system bootloader (BOOT0 high at reset) or the
 * firmware (BOOT0 low, or after Go), behind two UARTs: USART1 for the bootloader and a log UART. BOOT0 and NRST are
 * pins that an in-process host drives through its modem lines ({@link SimulatedWire}); a pty has none, so a
 * device on ptys is powered on with BOOT0 strapped high.
 */
public final class SimulatedP1 implements AutoCloseable {
    /** What the CPU is doing. */
    public enum Mode { OFF, RESET, BOOTLOADER, FIRMWARE }

    /** The host side of an in-process connection: each call plugs a fresh adapter into that UART. */
    public static final class HostPorts {
        private final SimulatedWire uart;
        private final SimulatedWire log;

        HostPorts(SimulatedWire uart, SimulatedWire log) {
            this.uart = uart;
            this.log = log;
        }

        /** USART1, with RTS/DTR wired to BOOT0/NRST. */
        public ByteLink bootloaderUart() {
            return uart.hostEnd();
        }

        /** The log UART; one reader at a time. */
        public ByteLink logUart() {
            return log.hostEnd();
        }
    }

    private static final Duration RESET_ACK_TIMEOUT = Duration.ofSeconds(2);

    private final Stm32F205 chip;
    private final SimulatorOptions options;
    private final Firmware firmware;
    private final Object lock = new Object();
    private ByteLink usart1;
    private ByteLink logUart;
    private Thread cpuThread;
    // guarded by lock
    private boolean boot0;
    private boolean nrstHigh = true;
    private boolean closed;
    private boolean jumpToFirmware;
    private boolean softReset;
    private int generation;
    private int readyGeneration = -1;
    private Mode mode = Mode.OFF;
    private int boots;
    private long idlePolls;

    public SimulatedP1(Stm32F205 chip, SimulatorOptions options, Firmware firmware) {
        this.chip = chip;
        this.options = options;
        this.firmware = firmware;
    }

    public Stm32F205 chip() {
        return chip;
    }

    public SimulatorOptions options() {
        return options;
    }

    /** Connects the device-side ends of both UARTs (pty or wire), paced if the options say so. */
    public void connect(ByteLink usart1DeviceSide, ByteLink logDeviceSide) {
        this.usart1 = options.paced() ? new PacedLink(usart1DeviceSide, options.bootloaderBytesPerSecond())
                : usart1DeviceSide;
        this.logUart = options.paced() ? new PacedLink(logDeviceSide, options.logBytesPerSecond()) : logDeviceSide;
    }

    /** Connects in-process wires; RTS/DTR on the returned bootloader UART drive BOOT0/NRST. */
    public HostPorts connectInProcess() {
        SimulatedWire uart = new SimulatedWire(new SimulatedWire.BoardPins() {
            @Override
            public void setBoot0(boolean high) {
                SimulatedP1.this.setBoot0(high);
            }

            @Override
            public void setNrst(boolean high) {
                SimulatedP1.this.setNrst(high);
            }
        });
        SimulatedWire log = SimulatedWire.unwired();
        connect(uart.deviceEnd(), log.deviceEnd());
        return new HostPorts(uart, log);
    }

    /** Powers the board on with BOOT0 at the given level. */
    public void powerOn(boolean boot0High) {
        if (usart1 == null) {
            throw new IllegalStateException("connect the UARTs before powering on");
        }
        synchronized (lock) {
            if (cpuThread != null) {
                throw new IllegalStateException("already powered on");
            }
            boot0 = boot0High;
            cpuThread = new Thread(this::cpuLoop, "simulated-P1 " + chip.deviceId());
            cpuThread.setDaemon(true);
            cpuThread.start();
        }
        awaitReady();
    }

    public void setBoot0(boolean high) {
        synchronized (lock) {
            boot0 = high;
        }
    }

    /** NRST low holds the chip in reset; releasing it boots per BOOT0 and returns once the CPU has started. */
    public void setNrst(boolean high) {
        synchronized (lock) {
            if (high == nrstHigh) {
                return;
            }
            nrstHigh = high;
            generation++;
            lock.notifyAll();
        }
        if (high) {
            awaitReady();
        }
    }

    /** A press of the reset button: NRST low, then high; the chip restarts per BOOT0. */
    public void reset() {
        setNrst(false);
        setNrst(true);
    }

    public Mode mode() {
        synchronized (lock) {
            return mode;
        }
    }

    /** How many times the CPU has started (power-on, resets, jumps): lets tests see a reset happened. */
    public int boots() {
        synchronized (lock) {
            return boots;
        }
    }

    private void bootloaderIdle() {
        synchronized (lock) {
            idlePolls++;
            lock.notifyAll();
        }
    }

    /**
     * Waits until the bootloader has dealt with every byte sent before this call: it polls for input only once it
     * has carried out the command in hand, and a poll that comes back empty after this call began proves nothing
     * was left. For tests that cut a link and then look at the flash. False if that did not happen in time.
     */
    public boolean awaitBootloaderIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            long target = idlePolls + 1;
            while (idlePolls < target) {
                long left = deadline - System.nanoTime();
                if (left <= 0 || mode != Mode.BOOTLOADER) {
                    return false;
                }
                lock.wait(Math.max(1, left / 1_000_000L));
            }
            return true;
        }
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + RESET_ACK_TIMEOUT.toNanos();
        synchronized (lock) {
            while (readyGeneration != generation && !closed) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                try {
                    lock.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private void cpuLoop() {
        while (true) {
            int started;
            Mode running;
            boolean keepInput;
            synchronized (lock) {
                while (!closed && !nrstHigh) {
                    mode = Mode.RESET;
                    readyGeneration = generation;
                    lock.notifyAll();
                    waitQuietly();
                }
                if (closed) {
                    mode = Mode.OFF;
                    return;
                }
                started = generation;
                running = jumpToFirmware || !boot0 ? Mode.FIRMWARE : Mode.BOOTLOADER;
                keepInput = softReset || jumpToFirmware;
                jumpToFirmware = false;
                softReset = false;
                mode = running;
                boots++;
            }
            try {
                // Bytes sent while the chip was held in reset or ran its firmware never reach the bootloader;
                // a software reset takes microseconds, so what the host sends right after it is kept.
                if (!keepInput) {
                    usart1.discardInput();
                }
                synchronized (lock) {
                    readyGeneration = started;
                    lock.notifyAll();
                }
                Cpu cpu = new RunningCpu(started);
                if (running == Mode.BOOTLOADER) {
                    new BootloaderEndpoint(chip, usart1, cpu, options, this::bootloaderIdle).run();
                } else {
                    firmware.boot(chip, logUart, cpu);
                    cpu.sleep(Duration.ofDays(365));
                }
            } catch (Cpu.ResetSignal reset) {
                // restart per the pins
            } catch (LinkClosedException gone) {
                synchronized (lock) {
                    closed = true;
                }
            } catch (IOException e) {
                synchronized (lock) {
                    closed = true;
                }
            }
        }
    }

    private void waitQuietly() {
        try {
            lock.wait(100);
        } catch (InterruptedException e) {
            closed = true;
        }
    }

    /** The CPU as the code started at one reset sees it: any later reset makes it stale. */
    private final class RunningCpu implements Cpu {
        private final int started;

        RunningCpu(int started) {
            this.started = started;
        }

        @Override
        public void checkNotReset() {
            synchronized (lock) {
                if (generation != started || closed) {
                    throw new ResetSignal();
                }
            }
        }

        @Override
        public void sleep(Duration duration) {
            long deadline = System.nanoTime() + duration.toNanos();
            synchronized (lock) {
                while (generation == started && !closed) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        return;
                    }
                    try {
                        lock.wait(left / 1_000_000L, (int) (left % 1_000_000L));
                    } catch (InterruptedException e) {
                        closed = true;
                    }
                }
            }
            throw new ResetSignal();
        }

        @Override
        public ResetSignal systemReset() {
            synchronized (lock) {
                softReset = true;
                generation++;
                lock.notifyAll();
            }
            return new ResetSignal();
        }

        @Override
        public ResetSignal jumpToFirmware() {
            synchronized (lock) {
                jumpToFirmware = true;
                generation++;
                lock.notifyAll();
            }
            return new ResetSignal();
        }
    }

    @Override
    public void close() {
        Thread t;
        synchronized (lock) {
            closed = true;
            generation++;
            lock.notifyAll();
            t = cpuThread;
        }
        if (t != null) {
            try {
                t.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (usart1 != null) {
            usart1.close();
            logUart.close();
        }
    }
}
