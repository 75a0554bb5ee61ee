package org.unionaid.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.unionaid.hardship.AssistanceMeasureKind;
import org.unionaid.hardship.AssistancePlans;
import org.unionaid.hardship.HardshipCategory;
import org.unionaid.hardship.HardshipFileCancelReason;
import org.unionaid.hardship.HardshipFileCause;
import org.unionaid.hardship.HardshipFileFilter;
import org.unionaid.hardship.HardshipFileLevel;
import org.unionaid.hardship.HardshipFilePreview;
import org.unionaid.hardship.HardshipFileView;
import org.unionaid.hardship.HardshipFiles;
import org.unionaid.hardship.HardshipFiles.FilingAnswers;
import org.unionaid.hardship.HardshipFiles.OpenFile;
import org.unionaid.people.People;
import org.unionaid.people.WorkerSummary;
import org.unionaid.shared.time.Times;

/**
 * Demo hardship files in every state, over both demo cities, for demo workers with a recorded household
 * (the demo user {@code worker} among them). Runs through the facade as the demo caseworker of each city;
 * the notice and monitoring periods of the files that must be past them are moved into the past in the
 * table, as time would. Skipped for a caseworker who already has files in scope.
 */
@Component
@Order(40)
@ConditionalOnProperty(name = "unionaid.demo-data", havingValue = "true")
class DemoFiles implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoFiles.class);

    /** The states the files of each caseworker end in; RELAPSED is an ACTIVE file reopened after monitoring. */
    private static final List<String> TARGETS = List.of("ACTIVE", "DRAFT", "IN_REVIEW", "PUBLIC_NOTICE", "ACTIVE",
            "MONITORING", "CLOSED", "CANCELLED", "RELAPSED", "ACTIVE");
    private static final HardshipFileCause[] CAUSES = HardshipFileCause.values();

    private final HardshipFiles files;
    private final AssistancePlans plans;
    private final People people;
    private final UserDetailsService users;
    private final JdbcTemplate jdbc;
    private final Times times;
    private final org.unionaid.hardship.FileConsents consents;

    /** The signed means-test authorisation every demo file carries (a minimal PDF). */
    static final byte[] CONSENT_PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    DemoFiles(HardshipFiles files, AssistancePlans plans, People people, UserDetailsService users,
              JdbcTemplate jdbc, Times times, org.unionaid.hardship.FileConsents consents) {
        this.times = times;
        this.consents = consents;
        this.files = files;
        this.plans = plans;
        this.people = people;
        this.users = users;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        int created = seedAs("caseworker", TARGETS.size()) + seedAs("caseworker2", TARGETS.size() - 2);
        if (created > 0) {
            log.info("Loaded {} demo hardship files", created);
        }
    }

    private int seedAs(String username, int count) {
        UserDetails user = users.loadUserByUsername(username);
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            if (!files.search(HardshipFileFilter.none(), PageRequest.of(0, 1)).isEmpty()) {
                return 0;
            }
            int created = 0;
            // the demo user "worker" (王秀兰) gets an active file, so /me/file shows one
            for (WorkerSummary worker : people.search("王秀兰", PageRequest.of(0, 5)).getContent()) {
                if (created == 0 && file(worker, TARGETS.get(0), 0)) {
                    created++;
                }
            }
            int page = 0;
            while (created < count) {
                List<WorkerSummary> workers = people.search(null, PageRequest.of(page++, 50)).getContent();
                if (workers.isEmpty()) {
                    break;
                }
                for (WorkerSummary worker : workers) {
                    if (created >= count) {
                        break;
                    }
                    if (file(worker, TARGETS.get(created), created)) {
                        created++;
                    }
                }
            }
            return created;
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    private boolean file(WorkerSummary worker, String target, int n) {
        HardshipFilePreview preview;
        try {
            preview = files.preview(worker.id(), FilingAnswers.none());
        } catch (RuntimeException notFileable) {
            return false;
        }
        HardshipCategory suggested = preview.assessment().suggestedCategory();
        HardshipCategory category = suggested != null ? suggested : HardshipCategory.ACCIDENT;
        HardshipFileView file;
        try {
            file = files.open(new OpenFile(worker.id(), null, FilingAnswers.none(), category,
                    n % 3 == 0 ? HardshipFileLevel.PROVINCIAL : HardshipFileLevel.CITY, CAUSES[n % CAUSES.length],
                    Set.of(CAUSES[(n + 3) % CAUSES.length]),
                    suggested == null ? "突发重大疾病，医疗支出远超家庭收入（联审同意）" : null));
        } catch (RuntimeException refused) {
            return false;
        }
        long id = file.id();
        if (target.equals("DRAFT")) {
            return true;
        }
        if (target.equals("CANCELLED")) {
            files.cancel(id, HardshipFileCancelReason.MOVED_AWAY, "迁往外省居住");
            return true;
        }
        consents.record(id, times.today().minusDays(7 + n), new org.unionaid.hardship.Upload(
                org.unionaid.documents.DocumentKind.CONSENT, "家庭经济状况核对授权书.pdf", CONSENT_PDF));
        files.submitForReview(id);
        if (target.equals("IN_REVIEW")) {
            return true;
        }
        files.startPublicNotice(id);
        if (target.equals("PUBLIC_NOTICE")) {
            return true;
        }
        // the notice ended a while ago
        jdbc.update("update hardship_file set notice_started_on = notice_started_on - 30, "
                + "notice_ends_on = notice_ends_on - 30 where id = ?", id);
        files.activateAfterNotice(id);
        plans.add(id, AssistanceMeasureKind.LIVING, "按月发放生活救助", "街道工会", times.today().plusMonths(1));
        plans.add(id, AssistanceMeasureKind.EMPLOYMENT, "推荐公益性岗位", "区就业服务中心",
                times.today().minusDays(10 + n));
        if (target.equals("ACTIVE")) {
            return true;
        }
        files.exit(id, "家庭成员稳定就业，收入连续六个月高于标准");
        if (target.equals("RELAPSED")) {
            files.reopenAfterRelapse(id, "家庭成员再次失业");
        } else if (target.equals("CLOSED")) {
            jdbc.update("update hardship_file set monitoring_ends_on = ? where id = ?", times.today().minusDays(1), id);
            files.close(id);
        }
        return true;
    }
}
