package org.unionaid.hardship.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.unionaid.hardship.RuleSetView;

@Entity
@Table(name = "eligibility_exclusion")
public class EligibilityExclusion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String code;

    @Column(name = "label_zh")
    private String labelZh;

    @Column(name = "label_en")
    private String labelEn;

    protected EligibilityExclusion() {
        this.code = "";
        this.labelZh = "";
        this.labelEn = "";
    }

    EligibilityExclusion(String code, String labelZh, String labelEn) {
        this.code = code;
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    RuleSetView.Exclusion toView() {
        return new RuleSetView.Exclusion(code, labelZh, labelEn);
    }
}
