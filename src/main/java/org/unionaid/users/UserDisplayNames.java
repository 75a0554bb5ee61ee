package org.unionaid.users;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.unionaid.audit.ActorNames;

/** The audit page's names of users: one query by username array ({@code user_account_username_key}). */
@Component
class UserDisplayNames implements ActorNames {

    private final JdbcTemplate jdbc;

    UserDisplayNames(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, String> namesOf(Collection<String> usernames) {
        Map<String, String> names = new HashMap<>();
        String[] distinct = new LinkedHashSet<>(usernames).toArray(String[]::new);
        if (distinct.length == 0) {
            return names;
        }
        jdbc.query("select u.username, u.display_name from user_account u where u.username = any(?)",
                rs -> {
                    names.put(rs.getString(1), rs.getString(2));
                }, (Object) distinct);
        return names;
    }
}
