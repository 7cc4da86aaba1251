package dev.reclaim.cli;

import dev.reclaim.workflow.RecoverKeys;
import java.util.Optional;
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

    @Option(names = "--product", paramLabel = "ID", description = {"The product the device belongs to: its key is"
        + " registered with this product_id", "(needed for a product's device this account does not own)."})
    Integer product;

    @Override
    public Integer call() {
        if (product != null && product <= 0) {
            throw new UserFacingException("--product takes the product's id, a positive number (in the Particle"
                    + " console), not " + product + ".", ExitCodes.USAGE);
        }
        return execute("Recover keys", setting -> new RecoverKeys(setting, resume, Optional.ofNullable(product)));
    }
}
