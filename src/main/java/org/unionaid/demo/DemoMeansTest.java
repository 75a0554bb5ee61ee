package org.unionaid.demo;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.unionaid.hardship.HardshipFileFilter;
import org.unionaid.hardship.HardshipFileState;
import org.unionaid.hardship.HardshipFileSummary;
import org.unionaid.hardship.HardshipFiles;
import org.unionaid.meanstest.CivilAffairsImports;
import org.unionaid.people.People;
import org.unionaid.shared.security.Actor;
import org.unionaid.shared.time.Times;

/**
 * A demo civil-affairs list (民政核对数据) imported by Yanta's caseworker, so the cross-check has something to show:
 * one ACTIVE file's worker is on the 低保 roll (supporting evidence), another's owns a vehicle (a review task on
 * that file, listed at {@code /means-test/reverify}), and one row matches nobody. The demo user {@code worker}'s
 * file is left alone. Skipped when Yanta's caseworker already sees an import.
 */
@Component
@Order(42)
@ConditionalOnProperty(name = "unionaid.demo-data", havingValue = "true")
class DemoMeansTest implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoMeansTest.class);
    /** An ID no demo worker has (the demo workers are born 1965–2000): its row is "not matched". */
    private static final String UNKNOWN = "61011319310101003"
            + org.unionaid.shared.NationalId.checkCharacter("61011319310101003");

    private final CivilAffairsImports imports;
    private final HardshipFiles files;
    private final People people;
    private final UserDetailsService users;
    private final Times times;

    DemoMeansTest(CivilAffairsImports imports, HardshipFiles files, People people, UserDetailsService users,
                  Times times) {
        this.imports = imports;
        this.files = files;
        this.people = people;
        this.users = users;
        this.times = times;
    }

    @Override
    public void run(ApplicationArguments args) {
        UserDetails caseworker = users.loadUserByUsername("caseworker");
        Long demoWorker = ((Actor) users.loadUserByUsername("worker")).workerId();
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(caseworker, null, caseworker.getAuthorities()));
        try {
            if (!imports.list(PageRequest.of(0, 1)).isEmpty()) {
                return;
            }
            List<HardshipFileSummary> active = files.search(new HardshipFileFilter(HardshipFileState.ACTIVE, null, null,
                    null, null, null), PageRequest.of(0, 20)).getContent().stream()
                    .filter(f -> !Objects.equals(f.workerId(), demoWorker)).toList();
            if (active.size() < 2) {
                return;
            }
            String onRoll = people.revealNationalId(active.get(0).workerId());
            String withCar = people.revealNationalId(active.get(1).workerId());
            String day = times.today().minusMonths(1).withDayOfMonth(1).toString();
            String csv = String.join("\n", "身份证号,类别,金额,说明,日期",
                    onRoll + ",低保,650.00,城市最低生活保障," + day,
                    withCar + ",车辆,,小型轿车一辆（陕A）," + day,
                    UNKNOWN + ",房产,,雁塔区住宅一套," + day) + "\n";
            CivilAffairsImports.Outcome outcome = imports.importFile(csv.getBytes(StandardCharsets.UTF_8),
                    "民政核对-示例.csv");
            if (outcome.succeeded()) {
                log.info("Loaded a demo civil-affairs list (import {})", outcome.importId());
            } else {
                log.warn("The demo civil-affairs list was refused: {}", outcome.problems().size());
            }
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
