package org.unionaid.meanstest;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** What a civil-affairs record says: on the 低保 or 特困 roll (supporting evidence), or an asset or business. */
public enum CivilAffairsKind {
    MINIMUM_LIVING, EXTREME_POVERTY, PROPERTY, VEHICLE, BUSINESS;

    private static final Map<String, CivilAffairsKind> LABELS = Map.ofEntries(
            Map.entry("低保", MINIMUM_LIVING), Map.entry("最低生活保障", MINIMUM_LIVING),
            Map.entry("特困", EXTREME_POVERTY), Map.entry("特困供养", EXTREME_POVERTY),
            Map.entry("房产", PROPERTY), Map.entry("住房", PROPERTY), Map.entry("车辆", VEHICLE),
            Map.entry("机动车", VEHICLE), Map.entry("工商", BUSINESS), Map.entry("工商登记", BUSINESS),
            Map.entry("经营", BUSINESS));

    /** Being on the minimum-living or extreme-poverty roll supports the filing. */
    public boolean supporting() {
        return this == MINIMUM_LIVING || this == EXTREME_POVERTY;
    }

    /** The kind of a cell: the enum name (any case, spaces or hyphens for underscores) or a Chinese label. */
    public static Optional<CivilAffairsKind> parse(String text) {
        String value = text.strip();
        CivilAffairsKind label = LABELS.get(value);
        if (label != null) {
            return Optional.of(label);
        }
        String name = value.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (CivilAffairsKind kind : values()) {
            if (kind.name().equals(name)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
