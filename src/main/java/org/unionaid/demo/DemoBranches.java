package org.unionaid.demo;

/** Codes of the demo branches, used by every demo data step. */
final class DemoBranches {

    static final String NATIONAL = "ACFTU";
    static final String PROVINCE = "SN";
    static final String CITY_XIAN = "SN-XA";
    static final String CITY_BAOJI = "SN-BJ";
    static final String DISTRICT_YANTA = "SN-XA-YT";
    static final String DISTRICT_BEILIN = "SN-XA-BL";
    static final String DISTRICT_WEIBIN = "SN-BJ-WB";
    static final String GRASSROOTS_YANTA_LOGISTICS = "SN-XA-YT-WL";
    static final String GRASSROOTS_YANTA_COURIERS = "SN-XA-YT-KD";
    static final String GRASSROOTS_WEIBIN_STEEL = "SN-BJ-WB-GT";

    private DemoBranches() {
    }
}
