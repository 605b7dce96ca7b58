package de.lenkwerk.load;

import org.junit.jupiter.api.Test;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The load test of issue 17 (not part of {@code ./mvnw verify}): the production jar in its own process, driven
 * through Vaadin's UIDL protocol by simulated browsers ({@link UidlUser}), each doing the mixed journey with 2–5 s
 * of think time: sign in, dashboard, actions list, an action, a body, the dashboard again, round and round until
 * the time is up; then every user holds its session while the heap is measured after a full GC, and signs out.
 * <pre>
 * ./mvnw -Pproduction,load verify                                   # 200 users on H2
 * ./mvnw -Pproduction,load verify -Dload.database=postgres          # 200 users on PostgreSQL lenkwerk_load
 * ./mvnw -Pproduction,load verify -Dload.users=20 -Dload.ramp=10 -Dload.steady=20   # the short version for CI
 * </pre>
 * Writes {@code target/benchmarks/load-<database>.txt}. Settings: {@code load.users} (200), {@code load.ramp}
 * seconds over which the sign-ins are spread (60; BCrypt makes the sign-in the most expensive step),
 * {@code load.steady} seconds with all users under way (120), {@code load.database} ({@code h2} or {@code postgres}),
 * {@code load.serverJvm} (the server's JVM options, default {@code -Xmx1g}).
 */
class LoadIT {

    private static final String PASSWORD = "demo-zugang-2026";
    private static final String[] ACCOUNTS = {"geschaeftsstelle", "verantwortlich", "leser", "admin"};

    private final int users = Integer.getInteger("load.users", 200);
    private final int rampSeconds = Integer.getInteger("load.ramp", 60);
    private final int steadySeconds = Integer.getInteger("load.steady", 120);
    private final String database = System.getProperty("load.database", "h2");
    private final LoadStatistics statistics = new LoadStatistics();
    private final java.util.Map<String, Ids> visible = new java.util.concurrent.ConcurrentHashMap<>();
    private final List<String> accounts = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Test
    void theMixedJourneyOfManyUsersAgainstTheProductionJar() throws Exception {
        var jar = Path.of(System.getProperty("lenkwerk.load.jar", "target/lenkwerk-0.1.0-SNAPSHOT.jar"));
        assertThat(jar).as("the production jar (./mvnw -Pproduction,load verify builds it)").exists();
        var work = Path.of("target", "load", database);
        deleteRecursively(work);
        var appArgs = new ArrayList<String>();
        appArgs.add("--lenkwerk.traffic-light.refresh-cron=-");
        if (database.equals("postgres")) {
            var url = System.getProperty("load.postgres.url", "jdbc:postgresql://localhost:5432/lenkwerk_load");
            resetPostgres(url);
            appArgs.add("--spring.datasource.url=" + url);
            appArgs.add("--spring.datasource.username=lenkwerk");
            appArgs.add("--spring.datasource.password=lenkwerk");
        }
        var jvm = Arrays.stream(System.getProperty("load.serverJvm", "-Xmx1g").trim().split("\\s+"))
                .filter(s -> !s.isEmpty()).toList();

        try (var server = ServerProcess.start(jar, jvm, appArgs, work)) {
            var report = run(server);
            var out = Path.of("target", "benchmarks", "load-" + database + ".txt");
            Files.createDirectories(out.getParent());
            Files.write(out, report);
            report.forEach(System.out::println);
            System.out.println("written to " + out.toAbsolutePath() + " (server log: " + server.log() + ")");
        }
        assertThat(statistics.pageSteps()).as("page steps done").isGreaterThan(users);
        assertThat(statistics.errors()).as("errors (appError, sessionExpired, resynchronize, error pages)").isEmpty();
    }

    private List<String> run(ServerProcess server) throws Exception {
        var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10))
                .executor(Executors.newVirtualThreadPerTaskExecutor()).build();
        // one user through the whole journey first, so that the first real users do not pay for class loading
        warmUp(server, http);
        if (accounts.isEmpty()) {
            throw new IllegalStateException("no demo account sees an action and a body");
        }
        var baselineKb = server.heapAfterGcKb();

        var holding = new CountDownLatch(users);
        var signOut = new CountDownLatch(1);
        var signedOut = new CountDownLatch(users);
        var signedIn = new AtomicInteger();
        var start = System.nanoTime();
        var steadyEnd = start + TimeUnit.SECONDS.toNanos(rampSeconds + steadySeconds);
        var cpuStart = server.cpuMillis();
        var dumps = new ArrayList<String>();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < users; i++) {
                var index = i;
                pool.submit(() -> user(index, server, http, start, steadyEnd, signedIn, holding, signOut, signedOut));
            }
            // a thread dump in the middle of the full load: where do request threads wait?
            sleepUntil(start + TimeUnit.SECONDS.toNanos(rampSeconds + steadySeconds / 2));
            dumps.add(server.threadDump());
            holding.await();
            var cpuMillis = server.cpuMillis() - cpuStart;
            var seconds = (System.nanoTime() - start) / 1e9;
            var pageSteps = statistics.pageSteps();
            var requests = statistics.requests();
            statistics.stopRecording();
            var heldKb = server.heapAfterGcKb();
            var heldClasses = server.classHistogram();
            signOut.countDown();
            signedOut.await();
            var afterKb = server.heapAfterGcKb();
            heapGrowth = growth(heldClasses, server.classHistogram());
            return report(server, seconds, pageSteps, requests, cpuMillis, baselineKb, heldKb, afterKb,
                    signedIn.get(), dumps.getFirst());
        }
    }

    private void user(int index, ServerProcess server, HttpClient http, long start, long steadyEnd,
                      AtomicInteger signedIn, CountDownLatch holding, CountDownLatch signOut, CountDownLatch signedOut) {
        var account = accounts.get(index % accounts.size());
        var user = new UidlUser(http, server.baseUrl(), statistics);
        try {
            sleepUntil(start + TimeUnit.SECONDS.toNanos(rampSeconds) * index / users);
            var ids = signIn(user, account);
            signedIn.incrementAndGet();
            var round = 0;
            while (System.nanoTime() < steadyEnd) {
                try {
                    round(user, ids, ++round);
                } catch (LoadError e) {
                    // what a user does after an error page: open the start page again, signing in if need be
                    user = new UidlUser(http, server.baseUrl(), statistics);
                    ids = signIn(user, account);
                }
            }
        } catch (LoadError e) {
            statistics.error("journey", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            holding.countDown();
        }
        try {
            signOut.await();
            var last = user;
            step("sign-out", user, last::signOut);
        } catch (LoadError e) {
            // counted in step()
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            signedOut.countDown();
        }
    }

    /** Actions list, an action, a body, the dashboard (every third time by reloading the page). */
    private void round(UidlUser user, Ids ids, int round) throws InterruptedException {
        var random = ThreadLocalRandom.current();
        think();
        step("actions list", user, () -> user.navigate("massnahmen"));
        think();
        step("action", user, () -> user.navigate("massnahmen/" + ids.action(random)));
        think();
        step("body", user, () -> user.navigate("gremien/" + ids.body(random)));
        think();
        if (round % 3 == 0) {
            // now and then the browser reloads: the old UI gets UNLOAD, a new one starts
            step("dashboard (reload)", user, () -> user.openPage(""));
        } else {
            step("dashboard", user, () -> user.navigate(""));
        }
    }

    private Ids signIn(UidlUser user, String account) throws InterruptedException {
        step("sign-in page", user, () -> user.openPage("login"));
        think();
        step("sign-in and dashboard", user, () -> user.signIn(account, PASSWORD));
        return visible.get(account);
    }

    private void step(String name, UidlUser user, Runnable action) {
        user.takeStepBytes();
        var begin = System.nanoTime();
        try {
            action.run();
            var wire = user.stepWireBytes();
            statistics.step(name, System.nanoTime() - begin, user.takeStepBytes(), wire);
        } catch (LoadError e) {
            statistics.error(name, e.getMessage());
            throw e;
        } catch (RuntimeException e) {
            statistics.error(name, e.toString());
            throw new LoadError(e.toString());
        }
    }

    /**
     * Signs each account in once, finds by probing which actions and bodies it may see (the grids open rows by a
     * click on the server, so the pages hold no links to read), and goes through the journey once, so that the
     * first measured users do not pay for class loading.
     */
    private void warmUp(ServerProcess server, HttpClient http) {
        var quiet = new LoadStatistics();
        for (var account : ACCOUNTS) {
            var user = new UidlUser(http, server.baseUrl(), quiet);
            user.openPage("login");
            user.signIn(account, PASSWORD);
            var ids = new Ids();
            probe(user, "massnahmen/", ids.actions, 200);
            probe(user, "gremien/", ids.bodies, 50);
            if (ids.actions.isEmpty() || ids.bodies.isEmpty()) {
                // an account that sees nothing would only measure the not-found page
                user.signOut();
                continue;
            }
            visible.put(account, ids);
            accounts.add(account);
            for (int i = 0; i < 3; i++) {
                user.navigate("massnahmen");
                user.navigate("massnahmen/" + ids.action(ThreadLocalRandom.current()));
                user.navigate("gremien/" + ids.body(ThreadLocalRandom.current()));
                user.navigate("");
            }
            user.openPage("");
            user.signOut();
        }
    }

    /** Ids 1, 2, 3 … until 40 in a row show the not-found page. */
    private static void probe(UidlUser user, String route, List<String> found, int max) {
        var misses = 0;
        for (int id = 1; id <= max && misses < 40; id++) {
            if (user.probe(route + id)) {
                found.add(String.valueOf(id));
                misses = 0;
            } else {
                misses++;
            }
        }
    }

    private List<String> report(ServerProcess server, double seconds, long pageSteps, long requests, long cpuMillis,
                                long baselineKb, long heldKb, long afterKb, int signedIn, String dump) {
        var lines = new ArrayList<String>();
        lines.add("Lenkwerk load test (UIDL), " + LocalDateTime.now().withNano(0) + ", database " + database
                + ", production jar, demo data, server JVM " + System.getProperty("load.serverJvm", "-Xmx1g"));
        lines.add("%d users, sign-ins spread over %d s, then %d s with all under way, think time 2-5 s"
                .formatted(users, rampSeconds, steadySeconds));
        var seen = new ArrayList<String>();
        accounts.forEach(a -> seen.add(a + " (" + visible.get(a).actions.size() + " actions, " + visible.get(a).bodies.size() + " bodies)"));
        lines.add("demo accounts in turn: " + String.join(", ", seen) + "; left out, as they see no action or body: "
                + Arrays.stream(ACCOUNTS).filter(a -> !accounts.contains(a)).toList());
        lines.add("machine: %d cores, load average at the end %.1f (other processes disturb the figures; re-run on a quiet machine)"
                .formatted(Runtime.getRuntime().availableProcessors(), loadAverage()));
        lines.add("cold start of the jar (process start to the first 200 on /login): %.1f s".formatted(server.startSeconds()));
        lines.add("");
        lines.add("%-22s %7s %9s %9s %9s %9s %10s %9s".formatted("step", "count", "p50 ms", "p95 ms", "p99 ms", "max ms",
                "KB/step", "KB sent"));
        var worstP95 = 0.0;
        for (var step : statistics.stepNames()) {
            var s = statistics.summary(step);
            lines.add("%-22s %7d %9.0f %9.0f %9.0f %9.0f %10.1f %9.1f".formatted(step, s.count(), s.p50(), s.p95(),
                    s.p99(), s.max(), s.meanBytes() / 1024.0, s.meanWireBytes() / 1024.0));
            if (!step.startsWith("sign")) {
                worstP95 = Math.max(worstP95, s.p95());
            }
        }
        lines.add("(KB/step: the answers of a step as JSON; KB sent: as they went over the wire, compressed where the server compresses)");
        lines.add("");
        lines.add("signed in: %d of %d users".formatted(signedIn, users));
        lines.add("errors: %d".formatted(statistics.errorCount()));
        statistics.errors().entrySet().stream().sorted(Comparator.comparing(e -> -e.getValue().get()))
                .forEach(e -> lines.add("  %6d  %s".formatted(e.getValue().get(), e.getKey())));
        lines.add("HTTP requests: %d in %.0f s = %.1f requests/s; page steps: %d = %.1f per s".formatted(requests, seconds,
                requests / seconds, pageSteps, pageSteps / seconds));
        lines.add("server CPU: %.1f s in %.0f s = %.0f %% of %d00 %%; per page step %.1f ms (sign-ins included)".formatted(
                cpuMillis / 1000.0, seconds, cpuMillis / 10.0 / seconds, Runtime.getRuntime().availableProcessors(),
                (double) cpuMillis / pageSteps));
        lines.add("heap after full GC: %d MB before the users, %d MB with %d sessions held, %d MB after all signed out"
                .formatted(baselineKb / 1024, heldKb / 1024, users, afterKb / 1024));
        lines.add("heap per held session: %d KB (held - after sign-out) / users; %d KB against the baseline".formatted(
                (heldKb - afterKb) / users, (heldKb - baselineKb) / users));
        lines.add("what the held sessions hold (heap by class, held minus after sign-out, per session):");
        lines.addAll(heapGrowth);
        lines.add(threadDumpSummary(dump));
        lines.add("");
        lines.add("targets at 200 users: p95 of every page step < 300 ms (worst here %.0f ms), 0 errors, < 200 KB heap per session, < 10 ms CPU per page step"
                .formatted(worstP95));
        return lines;
    }

    private List<String> heapGrowth = List.of();

    private List<String> growth(java.util.Map<String, Long> held, java.util.Map<String, Long> after) {
        return held.entrySet().stream()
                .map(e -> java.util.Map.entry(e.getKey(), e.getValue() - after.getOrDefault(e.getKey(), 0L)))
                .filter(e -> e.getValue() > 0)
                .sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed()).limit(12)
                .map(e -> "  %8.1f KB  %s".formatted(e.getValue() / 1024.0 / users, e.getKey())).toList();
    }

    /** How many request threads were blocked, and how many of them on SecureRandom (UUID.randomUUID). */
    static String threadDumpSummary(String dump) {
        var threads = dump.split("\n\n");
        int request = 0;
        int blocked = 0;
        int secureRandom = 0;
        for (var thread : threads) {
            if (!thread.startsWith("\"http-nio")) {
                continue;
            }
            request++;
            if (thread.contains("java.lang.Thread.State: BLOCKED")) {
                blocked++;
                if (thread.contains("SecureRandom")) {
                    secureRandom++;
                }
            }
        }
        return "thread dump at mid-load: %d request threads, %d blocked, %d of them on SecureRandom".formatted(request,
                blocked, secureRandom);
    }

    private static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static void think() throws InterruptedException {
        Thread.sleep(ThreadLocalRandom.current().nextLong(2000, 5001));
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        var wait = nanoTime - System.nanoTime();
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }

    private static void resetPostgres(String url) throws Exception {
        try (var connection = DriverManager.getConnection(url, "lenkwerk", "lenkwerk");
             var statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA public CASCADE");
            statement.execute("CREATE SCHEMA public");
        }
    }

    private static void deleteRecursively(Path dir) throws Exception {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (var p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** The actions and bodies an account may see, to pick the next click from. */
    static final class Ids {
        final List<String> actions = new ArrayList<>();
        final List<String> bodies = new ArrayList<>();

        String action(ThreadLocalRandom random) {
            return actions.get(random.nextInt(actions.size()));
        }

        String body(ThreadLocalRandom random) {
            return bodies.get(random.nextInt(bodies.size()));
        }
    }
}
