package de.lenkwerk.load;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The production jar in a process of its own, on a free port, with the demo profile (its four accounts and data),
 * so the load sees what an operator runs. Reads the process's CPU time from /proc and its heap after a full GC
 * through jcmd.
 */
final class ServerProcess implements AutoCloseable {

    private static final Pattern HEAP_USED = Pattern.compile("heap\\s+total[^\\n]*?used (\\d+)K");
    private static final long CLOCK_TICKS_PER_SECOND = 100;

    private final Process process;
    private final int port;
    private final Path log;
    private final double startSeconds;

    private ServerProcess(Process process, int port, Path log, double startSeconds) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.startSeconds = startSeconds;
    }

    static ServerProcess start(Path jar, List<String> jvmArgs, List<String> appArgs, Path workDir) throws Exception {
        Files.createDirectories(workDir);
        var port = freePort();
        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArgs);
        command.add("-jar");
        command.add(jar.toAbsolutePath().toString());
        command.add("--server.port=" + port);
        command.add("--spring.profiles.active=demo");
        command.add("--lenkwerk.data-dir=" + workDir.resolve("data").toAbsolutePath());
        command.addAll(appArgs);
        var log = workDir.resolve("server.log");
        var begin = System.nanoTime();
        var process = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        var deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        double started = -1;
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                var status = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status == 200) {
                    started = (System.nanoTime() - begin) / 1e9;
                    break;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        var server = new ServerProcess(process, port, log, started);
        if (started < 0) {
            server.close();
            throw new IllegalStateException("the production jar did not answer /login; see " + log);
        }
        // the demo data loads in runners after Tomcat answers: accounts first, then bodies, actions and papers
        while (System.nanoTime() < deadline && !Files.readString(log).contains("Demo content ready")) {
            Thread.sleep(200);
        }
        return server;
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    long pid() {
        return process.pid();
    }

    double startSeconds() {
        return startSeconds;
    }

    Path log() {
        return log;
    }

    /** User plus system CPU of the server process so far, in milliseconds (from /proc/&lt;pid&gt;/stat). */
    long cpuMillis() throws IOException {
        var stat = Files.readString(Path.of("/proc", String.valueOf(pid()), "stat"));
        var fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // after the name: state is field 3, utime field 14, stime field 15
        var ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        return ticks * 1000 / CLOCK_TICKS_PER_SECOND;
    }

    /** Heap in use after two full collections, in KB. */
    long heapAfterGcKb() throws Exception {
        jcmd("GC.run");
        jcmd("GC.run");
        var info = jcmd("GC.heap_info");
        var matcher = HEAP_USED.matcher(info);
        if (!matcher.find()) {
            throw new IllegalStateException("no heap figure in: " + info);
        }
        return Long.parseLong(matcher.group(1));
    }

    /** Bytes per class on the heap (jcmd GC.class_histogram, which collects first). */
    java.util.Map<String, Long> classHistogram() throws Exception {
        var histogram = new java.util.HashMap<String, Long>();
        for (var line : jcmd("GC.class_histogram").split("\n")) {
            var parts = line.trim().split("\\s+");
            if (parts.length >= 4 && parts[0].endsWith(":")) {
                histogram.merge(parts[3], Long.parseLong(parts[2]), Long::sum);
            }
        }
        return histogram;
    }

    /** A thread dump, to see where request threads wait. */
    String threadDump() throws Exception {
        return jcmd("Thread.print");
    }

    private String jcmd(String command) throws Exception {
        var jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        var p = new ProcessBuilder(jcmd, String.valueOf(pid()), command).redirectErrorStream(true).start();
        var out = new String(p.getInputStream().readAllBytes());
        p.waitFor(60, TimeUnit.SECONDS);
        return out;
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
