package org.unionaid.programmes;

/** 金秋助学, 送温暖, 医疗救助, 生活救助, 就业补贴, 劳模关爱, 微心愿, other. */
public enum ProgrammeKind {
    STUDENT_AID, HOLIDAY_RELIEF, MEDICAL_RELIEF, LIVING_RELIEF, EMPLOYMENT_SUBSIDY, MODEL_WORKER_CARE, MICRO_WISH, OTHER;

    /** Aid for a household in hardship: an application during a file's monitoring year is a sign of relapse. */
    public boolean hardshipRelated() {
        return this == MEDICAL_RELIEF || this == LIVING_RELIEF || this == HOLIDAY_RELIEF || this == STUDENT_AID;
    }
}
