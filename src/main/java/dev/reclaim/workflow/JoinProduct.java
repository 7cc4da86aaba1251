package dev.reclaim.workflow;

import dev.reclaim.workflow.wizard.StepResult;
import dev.reclaim.workflow.wizard.WizardStep;

/**
 * A station's product step: the device added to a product in the cloud ({@code POST /v1/products/:p/devices}), so
 * its key can be registered with that {@code product_id} and the product's claim codes apply to it. This, not the
 * DCT, is where a Photon/P1's product lives: the firmware overwrites {@code product_store} at every normal boot with
 * the running application's PRODUCT_ID/PRODUCT_VERSION (dct-layout-and-handshake.md §0).
 */
final class JoinProduct {
    private JoinProduct() {
    }

    static WizardStep step(DeviceRun run, int productId) {
        return run.step("Add the device to product " + productId, "Put the device ID into the product in the cloud,"
                + " before its key is registered there.", true, "product_failed", ctx -> {
                    boolean already = run.cloud().addToProduct(run.deviceId(), productId);
                    return already ? StepResult.skipped("product " + productId + " holds the device already")
                            : StepResult.done("added to product " + productId);
                });
    }
}
