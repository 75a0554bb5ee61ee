package org.unionaid.shared;

/** How a person's name is shown where the person must not be identified (the public notice board). */
public final class PersonNames {

    private PersonNames() {
    }

    /** 张小明 → 张*明, 李娜 → 李*, 欧阳春花 → 欧**花: the family name and the last character stay. */
    public static String masked(String name) {
        String n = name.strip();
        int length = n.codePointCount(0, n.length());
        if (length <= 1) {
            return "*";
        }
        String first = new String(Character.toChars(n.codePointAt(0)));
        if (length == 2) {
            return first + "*";
        }
        String last = new String(Character.toChars(n.codePointBefore(n.length())));
        return first + "*".repeat(length - 2) + last;
    }
}
