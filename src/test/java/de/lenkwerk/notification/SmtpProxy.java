package de.lenkwerk.notification;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay in front of the test mail server (GreenMail), so a test can slow the mail server down: with a delay,
 * each piece of data in either direction waits that long before it is passed on, as with an overloaded server. While
 * the mail server behind it is stopped, the relay takes the connection and closes it at once, as a dead server's
 * host would refuse it.
 */
final class SmtpProxy implements AutoCloseable {

    private final ServerSocket server;
    private final int backendPort;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile long delayMillis;

    SmtpProxy(int backendPort) throws IOException {
        this.backendPort = backendPort;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        var acceptor = new Thread(this::accept, "smtp-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return server.getLocalPort();
    }

    void slowDown(long millis) {
        this.delayMillis = millis;
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                var client = server.accept();
                open.add(client);
                Socket backend;
                try {
                    backend = new Socket(InetAddress.getLoopbackAddress(), backendPort);
                } catch (IOException refused) {
                    client.close();
                    continue;
                }
                open.add(backend);
                pump(client, backend);
                pump(backend, client);
            } catch (IOException e) {
                if (server.isClosed()) {
                    return;
                }
            }
        }
    }

    private void pump(Socket from, Socket to) {
        var thread = new Thread(() -> {
            var buffer = new byte[8192];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    var delay = delayMillis;
                    if (delay > 0) {
                        Thread.sleep(delay);
                    }
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException | InterruptedException e) {
                // one side closed: close both below
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "smtp-proxy-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        open.forEach(SmtpProxy::closeQuietly);
    }

    static int freePort() throws IOException {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
