package org.unionaid.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.ConfigurableApplicationContext;
import org.unionaid.UnionAidApplication;
import org.unionaid.hardship.HardshipFileJobs;
import org.unionaid.hardship.ReviewReminders;
import org.unionaid.notifications.EmailOutboxSender;
import org.unionaid.shared.jobs.InstanceId;
import org.unionaid.support.IntegrationTestSupport;
import org.unionaid.support.TestDatabase;

/**
 * Two application instances on one database, as behind a load balancer (docs/operations.md "Scaling out"): the
 * shared test application is the first, a second one is started here on its own port with the same configuration.
 * One browser (one cookie jar; cookies are not port-bound) alternates between them: the session is in PostgreSQL
 * (Spring Session JDBC), so a sign-in on one is valid on the other and a form of one posts to the other with its
 * CSRF token; uploads live in the database, so a photo uploaded to one is served by the other; and each scheduled
 * job, triggered on both at the same moment, runs once (ShedLock), as {@code job_run} shows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesIntegrationTests extends IntegrationTestSupport {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final List<String> JOBS = List.of("email-outbox", "hardship-file-dates", "hardship-review-reminders");

    @Autowired
    InstanceId firstInstance;

    @Autowired
    EmailOutboxSender firstOutbox;

    @Autowired
    HardshipFileJobs firstFileJobs;

    @Autowired
    ReviewReminders firstReminders;

    private ConfigurableApplicationContext second;
    private String secondUrl;

    @BeforeAll
    void startSecondInstance() {
        TestDatabase.Connection db = TestDatabase.get();
        // the first instance configured logging for the JVM; the second must not reset it (nor clean it up on close)
        System.setProperty(LoggingSystem.SYSTEM_PROPERTY, LoggingSystem.NONE);
        try {
            // command-line arguments, so they win over application.yml as the first's test properties do
            second = new SpringApplicationBuilder(UnionAidApplication.class)
                    .profiles("test")
                    .run("--server.port=0",
                            "--spring.datasource.url=" + db.url(),
                            "--spring.datasource.username=" + db.username(),
                            "--spring.datasource.password=" + db.password(),
                            "--spring.datasource.hikari.maximum-pool-size=5",
                            "--unionaid.instance-id=second-" + UUID.randomUUID().toString().substring(0, 8));
        } finally {
            System.clearProperty(LoggingSystem.SYSTEM_PROPERTY);
        }
        secondUrl = "http://localhost:" + second.getEnvironment().getProperty("local.server.port");
        assertThat(secondUrl).isNotEqualTo(baseUrl());
    }

    @AfterAll
    void stopSecondInstance() {
        if (second != null) {
            second.close();
        }
        // other tests run these jobs through their locks: give the locks back
        jdbc.update("delete from shedlock where name = any(?)", (Object) JOBS.toArray(String[]::new));
    }

    @Test
    void aSignInAndAFormOfOneInstanceWorkOnTheOtherAndAnUploadOnOneIsServedByTheOther() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String first = baseUrl();

        // the login form comes from the first instance, the sign-in is posted to the second
        HttpResponse<String> loginPage = get(browser, first + "/login");
        String token = csrf(loginPage.body());
        HttpResponse<String> signIn = browser.send(HttpRequest.newBuilder(URI.create(secondUrl + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=caseworker&password=unionaid-demo&_csrf="
                        + URLEncoder.encode(token, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signIn.statusCode()).as(signIn.body()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));

        // the session made by the second is the first's session too
        HttpResponse<String> workersOnFirst = get(browser, first + "/workers");
        assertThat(workersOnFirst.statusCode()).isEqualTo(200);
        assertThat(workersOnFirst.body()).contains("id=\"user-menu\"");

        // a form rendered by the first, posted with a photo to the second
        String form = get(browser, first + "/leads/new").body();
        long branchId = jdbc.queryForObject("select branch_id from user_account where username = 'caseworker'", Long.class);
        String person = "双实例 " + UUID.randomUUID().toString().substring(0, 6);
        byte[] photo = png();
        String boundary = "----unionaid" + UUID.randomUUID();
        byte[] body = multipart(boundary, Map.of("_csrf", csrf(form), "branchId", String.valueOf(branchId),
                "personName", person, "situation", "两个实例之间的线索"), "photos", "visit.png", photo);
        HttpResponse<String> reported = browser.send(HttpRequest.newBuilder(URI.create(secondUrl + "/leads"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(reported.statusCode()).as(reported.body()).isEqualTo(302);
        String leadPath = URI.create(reported.headers().firstValue("Location").orElseThrow()).getPath();
        assertThat(leadPath).matches("/leads/\\d+");

        // the lead, with its photo, shows on the first; the photo's bytes come back from either instance
        String lead = get(browser, first + leadPath).body();
        assertThat(lead).contains(person);
        Matcher link = Pattern.compile("href=\"(/documents/\\d+)\"").matcher(lead);
        assertThat(link.find()).as("photo link on the lead page").isTrue();
        for (String instance : List.of(first, secondUrl)) {
            HttpResponse<byte[]> download = browser.send(HttpRequest.newBuilder(URI.create(instance + link.group(1)))
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(download.statusCode()).isEqualTo(200);
            assertThat(download.body()).isEqualTo(photo);
        }

        // signing out on the first ends the session on the second as well
        HttpResponse<String> signOut = browser.send(HttpRequest.newBuilder(URI.create(first + "/logout"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(
                        csrf(get(browser, secondUrl + "/workers").body()), StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signOut.statusCode()).isEqualTo(302);
        HttpResponse<String> afterSignOut = get(browser, secondUrl + "/workers");
        assertThat(afterSignOut.statusCode()).isEqualTo(302);
        assertThat(afterSignOut.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void eachScheduledJobTriggeredOnBothInstancesAtOnceRunsOnce() throws Exception {
        jdbc.update("delete from shedlock where name = any(?)", (Object) JOBS.toArray(String[]::new));
        long before = jdbc.queryForObject("select coalesce(max(id), 0) from job_run", Long.class);
        EmailOutboxSender secondOutbox = second.getBean(EmailOutboxSender.class);
        HardshipFileJobs secondFileJobs = second.getBean(HardshipFileJobs.class);
        ReviewReminders secondReminders = second.getBean(ReviewReminders.class);
        String secondInstance = second.getBean(InstanceId.class).value();
        assertThat(secondInstance).isNotEqualTo(firstInstance.value());

        // what the schedulers of both instances do when a period starts: each calls the job through its lock,
        // twice per instance, all at the same moment
        List<Runnable> triggers = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            triggers.addAll(List.of(firstOutbox::sendPendingOnSchedule, secondOutbox::sendPendingOnSchedule,
                    firstFileJobs::runOnSchedule, secondFileJobs::runOnSchedule,
                    firstReminders::remindOnSchedule, secondReminders::remindOnSchedule));
        }
        CyclicBarrier start = new CyclicBarrier(triggers.size());
        ExecutorService pool = Executors.newFixedThreadPool(triggers.size());
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (Runnable trigger : triggers) {
                runs.add(pool.submit(() -> {
                    start.await();
                    trigger.run();
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdownNow();
        }

        List<Map<String, Object>> recorded = jdbc.queryForList(
                "select job, instance, finished_at is not null as finished, failed from job_run where id > ? order by job",
                before);
        assertThat(recorded).extracting(r -> r.get("job")).containsExactlyElementsOf(JOBS);
        assertThat(recorded).allSatisfy(r -> {
            assertThat(r.get("instance")).isIn(firstInstance.value(), secondInstance);
            assertThat(r.get("finished")).isEqualTo(true);
            assertThat(r.get("failed")).isEqualTo(false);
        });
        // the lock names the instance that holds it
        assertThat(jdbc.queryForList("select locked_by from shedlock where name = any(?)", String.class,
                (Object) JOBS.toArray(String[]::new))).hasSize(3).allSatisfy(
                        by -> assertThat(by).isIn(firstInstance.value(), secondInstance));

        // within the period (the locks' "at least" time) a later trigger on either instance does not run again
        secondOutbox.sendPendingOnSchedule();
        firstFileJobs.runOnSchedule();
        assertThat(jdbc.queryForObject("select count(*) from job_run where id > ?", Integer.class, before)).isEqualTo(3);
    }

    private static HttpResponse<String> get(HttpClient browser, String url) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(url)).header("Accept-Language", "zh-CN").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String csrf(String page) {
        Matcher token = CSRF.matcher(page);
        assertThat(token.find()).as("a CSRF field on the page").isTrue();
        return token.group(1);
    }

    private static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, 0xC0FFEE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static byte[] multipart(String boundary, Map<String, String> fields, String fileField, String fileName,
                                    byte[] file) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                    + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.write(file);
        out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
