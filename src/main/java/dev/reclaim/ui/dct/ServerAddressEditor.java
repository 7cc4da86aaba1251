package dev.reclaim.ui.dct;

import dev.reclaim.dct.codec.ServerAddress;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** A server address: its type (domain or IPv4), host and port, and the Particle cloud preset where it applies. */
final class ServerAddressEditor extends VBox {

    ServerAddressEditor(FieldRow row, FieldEditorModel model) {
        super(6);
        ServerAddress now = row.decoded().parsed(ServerAddress.class)
                .filter(a -> a.type() != ServerAddress.Type.INVALID).orElse(null);
        ChoiceBox<ServerAddress.Type> type = new ChoiceBox<>();
        type.setId("server-type");
        type.getItems().setAll(ServerAddress.Type.DOMAIN, ServerAddress.Type.IP);
        type.setConverter(new StringConverter<>() {
            @Override
            public String toString(ServerAddress.Type t) {
                return t == ServerAddress.Type.IP ? "IPv4 address" : "Domain name";
            }

            @Override
            public ServerAddress.Type fromString(String s) {
                throw new UnsupportedOperationException("not editable");
            }
        });
        type.setValue(now != null ? now.type() : ServerAddress.Type.DOMAIN);
        TextField host = new TextField(now != null ? now.host() : "");
        host.setId("server-host");
        host.setPromptText(ServerAddress.PARTICLE_HOST);
        TextField port = new TextField(now != null && !now.defaultPort() ? String.valueOf(now.port()) : "");
        port.setId("server-port");
        port.setPromptText(ServerAddress.DEFAULT_TCP_PORT + " (default)");
        port.setPrefColumnCount(7);
        Button apply = EditorParts.apply("server-apply",
                () -> model.setServerAddress(row.name(), type.getValue(), host.getText(), port.getText()));
        GridPane grid = EditorParts.grid();
        grid.addRow(0, new Label("Type"), type);
        grid.addRow(1, new Label("Host"), host);
        grid.addRow(2, new Label("Port"), port);
        GridPane.setHgrow(host, Priority.ALWAYS);
        HBox actions = EditorParts.buttons(apply);
        if (model.partOfParticleCloud(row.name())) {
            Button particle = new Button("Particle cloud");
            particle.setId("server-particle");
            particle.setTooltip(new Tooltip(ServerAddress.PARTICLE_HOST
                    + " on the default port, with Particle's server public key"));
            particle.setOnAction(e -> model.setParticleCloud());
            actions.getChildren().add(particle);
        }
        actions.getChildren().add(EditorParts.erase(row, model));
        getChildren().addAll(grid, actions);
    }
}
