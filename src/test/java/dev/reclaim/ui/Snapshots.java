package dev.reclaim.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** Writes a snapshot of a node as PNG (call on the FX thread); used for screenshots and for looking at a test. */
public final class Snapshots {
    private Snapshots() {
    }

    public static void png(Node node, Path file) throws IOException {
        WritableImage img = node.snapshot(null, null);
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader px = img.getPixelReader();
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            px.getPixels(0, y, w, 1, javafx.scene.image.PixelFormat.getIntArgbInstance(), row, 0, w);
            out.setRGB(0, y, w, 1, row, 0, w);
        }
        ImageIO.write(out, "png", file.toFile());
    }
}
