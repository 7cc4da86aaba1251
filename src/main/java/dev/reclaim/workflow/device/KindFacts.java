package dev.reclaim.workflow.device;

/**
 * The fixed words and abilities of a kind, so each kind class holds only what differs in behaviour (its argument,
 * its description, its candidates, how it connects).
 */
abstract class KindFacts implements DeviceKind {
    /** What a kind reaches on the device. */
    enum Reaches { FLASH, LOG, FLASH_AND_LOG }

    private final String prefix;
    private final String form;
    private final String summary;
    private final String accessLabel;
    private final Attachment attachment;
    private final Reaches reaches;

    KindFacts(String prefix, String form, String summary, String accessLabel, Attachment attachment,
              Reaches reaches) {
        this.prefix = prefix;
        this.form = form;
        this.summary = summary;
        this.accessLabel = accessLabel;
        this.attachment = attachment;
        this.reaches = reaches;
    }

    @Override
    public final String prefix() {
        return prefix;
    }

    @Override
    public final String form() {
        return form;
    }

    @Override
    public final String summary() {
        return summary;
    }

    @Override
    public final String accessLabel() {
        return accessLabel;
    }

    @Override
    public final Attachment attachment() {
        return attachment;
    }

    @Override
    public final boolean reachesFlash() {
        return reaches != Reaches.LOG;
    }

    @Override
    public final boolean reachesLog() {
        return reaches != Reaches.FLASH;
    }

    @Override
    public String toString() {
        return form;
    }
}
