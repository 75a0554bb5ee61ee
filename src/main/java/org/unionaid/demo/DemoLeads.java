package org.unionaid.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.unionaid.shared.security.RunAs;
import org.unionaid.branches.Branches;
import org.unionaid.hardship.LeadView;
import org.unionaid.hardship.Leads;
import org.unionaid.hardship.Visits;
import org.unionaid.hardship.ReportLead;
import org.unionaid.hardship.VisitRecord;
import org.unionaid.users.Users;
import org.unionaid.shared.time.Times;

/**
 * Demo screening leads in every open and closed state over both cities, reported by the demo volunteers
 * and worked by the demo caseworkers (filed leads come with the demo files).
 */
@Component
@Order(35)
@ConditionalOnProperty(name = "unionaid.demo-data", havingValue = "true")
class DemoLeads implements ApplicationRunner {

    private final Leads leads;
    private final Visits visits;
    private final Branches branches;
    private final Users users;
    private final UserDetailsService userDetails;
    private final TransactionTemplate tx;
    private final JdbcTemplate jdbc;
    private final Times times;

    DemoLeads(Leads leads, Visits visits, Branches branches, Users users, UserDetailsService userDetails,
              TransactionTemplate tx, JdbcTemplate jdbc, Times times) {
        this.times = times;
        this.leads = leads;
        this.visits = visits;
        this.branches = branches;
        this.users = users;
        this.userDetails = userDetails;
        this.tx = tx;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        Integer existing = jdbc.queryForObject("select count(*) from lead where situation like '[demo]%'", Integer.class);
        if (existing != null && existing > 0 || users.findByUsername("volunteer").isEmpty()) {
            return;
        }
        tx.executeWithoutResult(status -> {
            seedCity("volunteer", "caseworker", DemoBranches.DISTRICT_YANTA, DemoBranches.GRASSROOTS_YANTA_COURIERS,
                    new String[] {"喜登花", "马建国", "李秀英", "张海军", "赵春梅", "刘德胜"});
            seedCity("volunteer2", "caseworker2", DemoBranches.DISTRICT_WEIBIN, DemoBranches.GRASSROOTS_WEIBIN_STEEL,
                    new String[] {"王桂兰", "陈志强", "杨玉珍", "孙立新", "周红霞", "吴永平"});
        });
    }

    private void seedCity(String volunteer, String caseworker, String district, String grassroots, String[] names) {
        long districtId = id(district);
        long grassrootsId = id(grassroots);
        long caseworkerId = users.findByUsername(caseworker).orElseThrow().id();
        // NEW: just reported
        report(volunteer, districtId, names[0], "[demo] 丈夫重病卧床，两个孩子上学，家中仅靠打零工维持。");
        // NEW, a duplicate: the same person reported twice
        String region = district.equals(DemoBranches.DISTRICT_YANTA) ? "610113" : "610302";
        String first17 = region + "19780512" + "913";
        String nationalId = first17 + org.unionaid.shared.NationalId.checkCharacter(first17);
        report(volunteer, grassrootsId, names[1], nationalId, "[demo] 工厂停产，夫妻双双失业。");
        report(caseworker, grassrootsId, names[1], nationalId, "[demo] 社区反映：工厂停产后家庭无收入。");
        // ASSIGNED
        LeadView assigned = report(volunteer, districtId, names[2], "[demo] 独自抚养患病女儿，租住地下室。");
        as(caseworker, () -> leads.assign(assigned.id(), caseworkerId));
        // VERIFYING, with a visit
        LeadView verifying = report(volunteer, grassrootsId, names[3], "[demo] 送餐途中遭遇车祸，腿部骨折。");
        as(caseworker, () -> leads.assign(verifying.id(), caseworkerId));
        as(caseworker, () -> visits.record(verifying.id(), new VisitRecord(times.today().minusDays(3),
                List.of("工会干部", "社工"), "[demo] 住房简陋，医疗费用负担重，已签署授权书。", 4,
                new BigDecimal("28800.00"), new BigDecimal("9600.00"), new BigDecimal("35000.00"), "无车无房",
                true), List.of(new org.unionaid.hardship.Upload(org.unionaid.documents.DocumentKind.CONSENT,
                "家庭经济状况核对授权书.pdf", DemoFiles.CONSENT_PDF))));
        // REFERRED
        LeadView referred = report(volunteer, districtId, names[4], "[demo] 老人独居，子女在外地。");
        as(caseworker, () -> leads.assign(referred.id(), caseworkerId));
        as(caseworker, () -> leads.refer(referred.id(), "已转介社区居家养老服务，每周上门两次。"));
        // DISMISSED
        LeadView dismissed = report(volunteer, districtId, names[5], "[demo] 反映收入不稳定。");
        as(caseworker, () -> leads.dismiss(dismissed.id(), "核实后家庭收入高于标准，且已有稳定工作。"));
    }

    private LeadView report(String username, long branchId, String name, String situation) {
        return report(username, branchId, name, null, situation);
    }

    private LeadView report(String username, long branchId, String name, String nationalId, String situation) {
        return as(username, () -> leads.report(new ReportLead(branchId, name, nationalId, null, null, situation, null,
                null), List.of()));
    }

    private long id(String code) {
        var branch = branches.findByCode(code);
        if (branch == null) {
            throw new IllegalStateException("demo branch missing: " + code);
        }
        return branch.id();
    }

    private <T> T as(String username, Supplier<T> action) {
        return RunAs.as(userDetails, username, action);
    }
}
