package org.unionaid.demo;

import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.unionaid.branches.BranchLevel;
import org.unionaid.branches.Branches;
import org.unionaid.branches.Branches.CreateBranch;
import org.unionaid.branches.BranchView;
import org.unionaid.shared.security.Role;
import org.unionaid.users.Users;
import org.unionaid.users.Users.CreateUser;

/**
 * The demo branch tree and the demo users (password {@value #PASSWORD}, listed in README.md).
 * Every step checks whether its data is already there, so a restart adds nothing twice.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "unionaid.demo-data", havingValue = "true")
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "unionaid-demo";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final Branches branches;
    private final Users users;
    private final TransactionTemplate tx;
    private final Environment environment;

    DemoData(Branches branches, Users users, TransactionTemplate tx, Environment environment) {
        this.branches = branches;
        this.users = users;
        this.tx = tx;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (environment.acceptsProfiles(Profiles.of("prod"))) {
            log.warn("Demo data is never loaded with the prod profile");
            return;
        }
        tx.executeWithoutResult(status -> {
            seedBranches();
            seedUsers();
        });
    }

    private void seedBranches() {
        if (branches.findByCode(DemoBranches.NATIONAL) != null) {
            return;
        }
        log.info("Loading demo branch tree");
        BranchView national = create(null, DemoBranches.NATIONAL, "中华全国总工会", "All-China Federation of Trade Unions",
                BranchLevel.NATIONAL, "000000");
        BranchView province = create(national.id(), DemoBranches.PROVINCE, "陕西省总工会", "Shaanxi Provincial Federation",
                BranchLevel.PROVINCE, "610000");
        BranchView xian = create(province.id(), DemoBranches.CITY_XIAN, "西安市总工会", "Xi'an Municipal Federation",
                BranchLevel.CITY, "610100");
        BranchView baoji = create(province.id(), DemoBranches.CITY_BAOJI, "宝鸡市总工会", "Baoji Municipal Federation",
                BranchLevel.CITY, "610300");
        BranchView yanta = create(xian.id(), DemoBranches.DISTRICT_YANTA, "雁塔区总工会", "Yanta District Federation",
                BranchLevel.DISTRICT, "610113");
        create(xian.id(), DemoBranches.DISTRICT_BEILIN, "碑林区总工会", "Beilin District Federation",
                BranchLevel.DISTRICT, "610103");
        BranchView weibin = create(baoji.id(), DemoBranches.DISTRICT_WEIBIN, "渭滨区总工会", "Weibin District Federation",
                BranchLevel.DISTRICT, "610302");
        create(yanta.id(), DemoBranches.GRASSROOTS_YANTA_LOGISTICS, "雁塔物流有限公司工会", "Yanta Logistics Co. union",
                BranchLevel.GRASSROOTS, "610113");
        create(yanta.id(), DemoBranches.GRASSROOTS_YANTA_COURIERS, "雁塔区快递员联合工会", "Yanta couriers' joint union",
                BranchLevel.GRASSROOTS, "610113");
        create(weibin.id(), DemoBranches.GRASSROOTS_WEIBIN_STEEL, "渭滨钢铁厂工会", "Weibin Steelworks union",
                BranchLevel.GRASSROOTS, "610302");
    }

    private BranchView create(Long parentId, String code, String name, String nameEn, BranchLevel level,
                              String region) {
        return branches.create(new CreateBranch(parentId, code, name, nameEn, level, region));
    }

    private void seedUsers() {
        for (DemoUser u : DEMO_USERS) {
            if (users.usernameTaken(u.username())) {
                continue;
            }
            BranchView branch = branches.findByCode(u.branchCode());
            if (branch == null) {
                throw new IllegalStateException("demo branch missing: " + u.branchCode());
            }
            users.create(new CreateUser(u.username(), PASSWORD, u.displayName(), branch.id(), u.roles(),
                    u.username() + "@unionaid.example", null));
        }
    }

    record DemoUser(String username, String displayName, String branchCode, Set<Role> roles) {
    }

    static final List<DemoUser> DEMO_USERS = List.of(
            new DemoUser("sysadmin", "系统管理员 System Admin", DemoBranches.PROVINCE, Set.of(Role.SYSADMIN)),
            new DemoUser("auditor", "审计员 周敏", DemoBranches.PROVINCE, Set.of(Role.AUDITOR)),
            new DemoUser("reviewer", "互助审核 李娜", DemoBranches.PROVINCE, Set.of(Role.CLAIMS_REVIEWER)),
            new DemoUser("partner", "春雨基金会 Spring Rain Foundation", DemoBranches.PROVINCE, Set.of(Role.PARTNER)),
            new DemoUser("admin", "审批 王强", DemoBranches.CITY_XIAN, Set.of(Role.ADMIN)),
            new DemoUser("admin2", "审批 赵丽", DemoBranches.PROVINCE, Set.of(Role.ADMIN)),
            new DemoUser("caseworker", "雁塔区 张伟", DemoBranches.DISTRICT_YANTA, Set.of(Role.CASEWORKER)),
            new DemoUser("caseworker2", "渭滨区 刘洋", DemoBranches.DISTRICT_WEIBIN, Set.of(Role.CASEWORKER)),
            new DemoUser("volunteer", "志愿者 陈静", DemoBranches.DISTRICT_YANTA, Set.of(Role.VOLUNTEER)),
            new DemoUser("volunteer2", "社工 杨帆", DemoBranches.DISTRICT_WEIBIN, Set.of(Role.VOLUNTEER)),
            new DemoUser("employer", "雁塔物流 人事 孙悦", DemoBranches.GRASSROOTS_YANTA_LOGISTICS, Set.of(Role.EMPLOYER)),
            new DemoUser("employer2", "渭滨钢铁 工会 郭峰", DemoBranches.GRASSROOTS_WEIBIN_STEEL, Set.of(Role.EMPLOYER)),
            new DemoUser("auditor2", "宝鸡审计 马骏", DemoBranches.CITY_BAOJI, Set.of(Role.AUDITOR)),
            new DemoUser("sysadmin2", "宝鸡信息科 何平", DemoBranches.CITY_BAOJI, Set.of(Role.SYSADMIN)),
            new DemoUser("reviewer2", "宝鸡互助 许可", DemoBranches.CITY_BAOJI, Set.of(Role.CLAIMS_REVIEWER)),
            new DemoUser("worker", "职工 王秀兰", DemoBranches.GRASSROOTS_YANTA_LOGISTICS, Set.of(Role.WORKER)),
            new DemoUser("partner2", "宝鸡慈善会 Baoji Charity", DemoBranches.CITY_BAOJI, Set.of(Role.PARTNER)));
}
