package dev.reclaim.ui.hex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class EditHistoryTest {

    @Test
    void aFieldEditIsOneGroupUndoneAndRedoneInOneStep() {
        ByteDocument doc = new ByteDocument(new byte[32], 0x08004000L);
        EditHistory h = new EditHistory(doc);
        byte[] image = doc.contents();
        image[2] = 1;
        image[3] = 2;
        image[20] = 9;
        h.replace("Edit server_address", image);

        assertThat(doc.get(2)).isEqualTo(1);
        assertThat(doc.get(20)).isEqualTo(9);
        assertThat(h.undoNameProperty().get()).isEqualTo("Edit server_address");
        assertThat(h.dirtyProperty().get()).isTrue();

        h.undo();
        assertThat(doc.contents()).isEqualTo(new byte[32]);
        assertThat(h.canUndoProperty().get()).isFalse();
        assertThat(h.canRedoProperty().get()).isTrue();
        assertThat(h.dirtyProperty().get()).isFalse();

        h.redo();
        assertThat(doc.get(3)).isEqualTo(2);
        assertThat(doc.get(20)).isEqualTo(9);
    }

    @Test
    void diffMakesOneWritePerRunOfChangedBytes() {
        byte[] before = {0, 0, 0, 0, 0, 0};
        byte[] after = {0, 7, 7, 0, 5, 0};
        EditGroup g = EditGroup.diff("x", before, after);
        assertThat(g.writes()).extracting(ByteWrite::offset).containsExactly(1, 4);
        assertThat(g.writes().get(0).after()).containsExactly(7, 7);
        assertThat(EditGroup.diff("none", before, before).isEmpty()).isTrue();
        assertThatThrownBy(() -> EditGroup.diff("y", before, new byte[3]))
                .hasMessageContaining("cannot change the image size");
    }

    @Test
    void savingMarksTheBaselineAndAnEditAfterUndoPastTheSaveLosesIt() {
        ByteDocument doc = new ByteDocument(new byte[8], 0);
        EditHistory h = new EditHistory(doc);
        h.write("a", 0, new byte[] {1});
        h.markSaved();
        assertThat(h.dirtyProperty().get()).isFalse();
        assertThat(doc.isModified(0)).isFalse();

        h.write("b", 1, new byte[] {2});
        assertThat(doc.isModified(1)).isTrue();
        h.undo();
        assertThat(h.dirtyProperty().get()).isFalse();
        h.undo();
        h.write("c", 2, new byte[] {3});
        h.undo();
        h.redo();
        assertThat(h.dirtyProperty().get()).as("the saved state is gone for good").isTrue();
    }

    @Test
    void listenersHearTheChangedRange() {
        ByteDocument doc = new ByteDocument(new byte[16], 0);
        int[] seen = new int[2];
        doc.addListener((from, to) -> {
            seen[0] = from;
            seen[1] = to;
        });
        new EditHistory(doc).write("w", 4, new byte[] {1, 2, 3});
        assertThat(seen).containsExactly(4, 7);
    }

    @Property(tries = 200)
    void undoingEveryEditRestoresTheOriginal(@ForAll("images") byte[] original, @ForAll("edits") List<int[]> edits) {
        ByteDocument doc = new ByteDocument(original, 0);
        EditHistory h = new EditHistory(doc);
        for (int[] e : edits) {
            int offset = e[0] % original.length;
            int len = Math.min(e[1], original.length - offset);
            byte[] data = new byte[len];
            java.util.Arrays.fill(data, (byte) e[2]);
            h.write("edit", offset, data);
        }
        byte[] edited = doc.contents();
        while (h.canUndoProperty().get()) {
            h.undo();
        }
        assertThat(doc.contents()).isEqualTo(original);
        while (h.canRedoProperty().get()) {
            h.redo();
        }
        assertThat(doc.contents()).isEqualTo(edited);
    }

    @Provide
    Arbitrary<byte[]> images() {
        return Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(64);
    }

    @Provide
    Arbitrary<List<int[]>> edits() {
        return Combinators.combine(Arbitraries.integers().between(0, 1000), Arbitraries.integers().between(1, 8),
                Arbitraries.integers().between(0, 255)).as((o, l, v) -> new int[] {o, l, v}).list().ofMaxSize(20);
    }
}
