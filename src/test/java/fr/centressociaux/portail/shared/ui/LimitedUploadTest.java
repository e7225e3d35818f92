package fr.centressociaux.portail.shared.ui;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.server.streams.UploadEvent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The server keeps its upload limit whatever the browser was told (issue 17 §7): a delegate who
 * raises the page's limit and sends 200 MB has at most the limit read into memory, and nothing
 * reaches the service.
 */
class LimitedUploadTest {

    private static final long LIMIT = 10L * 1024 * 1024;
    private static final long HUGE = 200L * 1024 * 1024;

    private final List<byte[]> received = new ArrayList<>();
    private final List<String> journaled = new ArrayList<>();
    private final LimitedUpload handler = new LimitedUpload(LIMIT, (name, content) -> received.add(content),
            () -> (fileName, bytes, reason) -> journaled.add(fileName + " " + bytes + " " + reason));
    private final UI ui = mock(UI.class);

    @Test
    void an_upload_announced_larger_than_the_limit_is_refused_without_reading_it() throws Exception {
        CountingStream body = new CountingStream(HUGE);
        UploadEvent event = upload(HUGE, body);

        handler.handleUploadRequest(event);

        verify(event).reject();
        assertThat(body.read.get()).isZero();
        assertThat(received).isEmpty();
        assertThat(journaled).containsExactly("emargement.pdf " + HUGE + " too-big");
    }

    @Test
    void a_body_longer_than_announced_is_read_only_up_to_the_limit_and_refused() throws Exception {
        CountingStream body = new CountingStream(HUGE);
        UploadEvent event = upload(1024, body);

        handler.handleUploadRequest(event);

        verify(event).reject();
        assertThat(body.read.get()).isLessThanOrEqualTo(LIMIT + 1);
        assertThat(received).isEmpty();
        assertThat(journaled).containsExactly("emargement.pdf 1024 too-big");
    }

    @Test
    void a_file_within_the_limit_reaches_the_receiver_inside_the_ui_lock() throws Exception {
        CountingStream body = new CountingStream(4096);
        UploadEvent event = upload(4096, body);
        when(ui.access(any())).thenAnswer(call -> {
            call.getArgument(0, Command.class).execute();
            return null;
        });

        handler.handleUploadRequest(event);

        verify(event, never()).reject();
        assertThat(journaled).isEmpty();
        assertThat(received).singleElement().satisfies(content -> assertThat(content).hasSize(4096));
    }

    private UploadEvent upload(long announced, InputStream body) {
        UploadEvent event = mock(UploadEvent.class);
        when(event.getUI()).thenReturn(ui);
        when(event.getFileSize()).thenReturn(announced);
        when(event.getFileName()).thenReturn("emargement.pdf");
        when(event.getInputStream()).thenReturn(body);
        return event;
    }

    /** A body of the given length that counts what was read of it, without holding it. */
    private static final class CountingStream extends InputStream {
        private final long length;
        final AtomicLong read = new AtomicLong();

        CountingStream(long length) {
            this.length = length;
        }

        @Override
        public int read() {
            return read.get() < length ? (int) (read.incrementAndGet() & 0x7F) : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int count) {
            long left = length - read.get();
            if (left <= 0) {
                return -1;
            }
            int n = (int) Math.min(count, left);
            read.addAndGet(n);
            return n;
        }
    }
}
