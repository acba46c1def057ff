package org.peelrms.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.locks.LockSupport;

/**
 * A TCP relay on the loopback interface that holds every chunk of bytes for a fixed time before passing it on, each
 * way: a database "across a network" on a machine that has only one host. A production PostgreSQL runs on a machine
 * of its own, a fraction of a millisecond away from the Peel nodes; what that costs a protocol that holds a lock
 * across round trips is what the benchmark shows with it (ADR 0029).
 */
final class NetworkDelay implements AutoCloseable {
    private final ServerSocket listening;
    private final int targetPort;
    private final long delayNanos;

    /** Relays connections to {@code targetPort}, delaying each direction by {@code delayMicros}. */
    NetworkDelay(int targetPort, long delayMicros) throws IOException {
        this.listening = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
        this.targetPort = targetPort;
        this.delayNanos = delayMicros * 1000;
        Thread accepting = new Thread(this::accept, "network-delay");
        accepting.setDaemon(true);
        accepting.start();
    }

    /** The port to connect to instead of the target's. */
    int port() {
        return listening.getLocalPort();
    }

    private void accept() {
        while (!listening.isClosed()) {
            try {
                Socket client = listening.accept();
                Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                client.setTcpNoDelay(true);
                server.setTcpNoDelay(true);
                pump(client, server);
                pump(server, client);
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void pump(Socket from, Socket to) {
        Thread pumping = new Thread(() -> {
            byte[] buffer = new byte[64 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    long due = System.nanoTime() + delayNanos;
                    while (System.nanoTime() < due) {
                        LockSupport.parkNanos(due - System.nanoTime());
                    }
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException ended) {
                // one side closed: close both
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "network-delay-pump");
        pumping.setDaemon(true);
        pumping.start();
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
        listening.close();
    }
}
