package dev.reclaim.cli;

import dev.reclaim.workflow.RecoverKeys;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code reclaim recover --via SPEC}: the recover-keys wizard. */
@Command(name = "recover", description = {
    "Recover the device's keys: back up the DCT, keep the device key if usable (else make a new RSA-1024 pair),",
    "register its public key with the cloud BEFORE writing, write it with the safe DCT write, check it, reset the",
    "device and wait until its next handshake completes. Exit 0 only when the handshake was witnessed."})
final class RecoverCommand extends DeviceWizardCommand implements Callable<Integer> {
    @Option(names = "--resume", description = {"Finish an interrupted recovery with the key it kept in",
        "~/.reclaim/pending-keys/ (a run finds that key without it too; --resume insists on one)."})
    boolean resume;

    @Override
    public Integer call() {
        return execute("Recover keys", setting -> new RecoverKeys(setting, resume));
    }
}
