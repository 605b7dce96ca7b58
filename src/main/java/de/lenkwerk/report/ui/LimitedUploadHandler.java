package de.lenkwerk.report.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * Receives one upload into memory, but never more than {@code maxBytes}: a request that announces a larger body is
 * refused before a byte is read, and one that streams more (no or a false Content-Length) is cut off at the limit.
 * The rest of the body is then swallowed by the container only up to {@code server.tomcat.max-swallow-size}, after
 * which it closes the connection. Vaadin's {@code UploadHandler.inMemory} would buffer the whole request first.
 */
final class LimitedUploadHandler implements UploadHandler {

    private final long maxBytes;
    private final SerializableBiConsumer<String, byte[]> received;
    private final SerializableRunnable tooLarge;
    private final String tooLargeMessage;

    /** Both callbacks run inside {@code UI.access}, with the session locked. */
    LimitedUploadHandler(long maxBytes, String tooLargeMessage, SerializableBiConsumer<String, byte[]> received,
                         SerializableRunnable tooLarge) {
        this.maxBytes = maxBytes;
        this.tooLargeMessage = tooLargeMessage;
        this.received = received;
        this.tooLarge = tooLarge;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        var ui = event.getUI();
        if (event.getFileSize() > maxBytes) {
            refuse(event, ui);
            return;
        }
        var buffer = new ByteArrayOutputStream((int) Math.min(Math.max(event.getFileSize(), 8192), maxBytes));
        var chunk = new byte[8192];
        long total = 0;
        try (var in = event.getInputStream()) {
            int read;
            while ((read = in.read(chunk)) >= 0) {
                total += read;
                if (total > maxBytes) {
                    refuse(event, ui);
                    return;
                }
                buffer.write(chunk, 0, read);
            }
        }
        var data = buffer.toByteArray();
        var name = event.getFileName();
        ui.access(() -> received.accept(name, data));
    }

    private void refuse(UploadEvent event, UI ui) {
        event.reject(tooLargeMessage);
        ui.access(tooLarge::run);
    }

    /** Used by Vaadin to refuse a multipart request beyond the limit before its parts are read. */
    @Override
    public long getRequestSizeMax() {
        return maxBytes + 64 * 1024;
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    @Override
    public long getFileCountMax() {
        return 1;
    }
}
