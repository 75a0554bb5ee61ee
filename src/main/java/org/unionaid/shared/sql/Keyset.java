package org.unionaid.shared.sql;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Keyset ("seek") paging: a page starts after (or ends before) the sort key of a row the caller saw, so a page
 * costs a page however deep it is, and rows inserted or removed meanwhile neither repeat nor skip the others.
 * A cursor is the key's values, opaque to clients (URL-safe Base64), tagged with the list's order so a cursor of
 * another order is not applied.
 */
public final class Keyset {

    private static final char SEPARATOR = '\u001f';

    private Keyset() {
    }

    /** Which way a cursor points: rows after its key (the next page) or before it (the previous page). */
    public enum Direction { AFTER, BEFORE }

    /** A decoded cursor: the direction, the order it belongs to and the key's values, as text. */
    public record Cursor(Direction direction, String order, List<String> key) {

        public String encode() {
            StringBuilder text = new StringBuilder().append(direction == Direction.AFTER ? 'a' : 'b').append(order);
            key.forEach(k -> text.append(SEPARATOR).append(k));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(text.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    public static Cursor after(String order, String... key) {
        return new Cursor(Direction.AFTER, order, List.of(key));
    }

    public static Cursor before(String order, String... key) {
        return new Cursor(Direction.BEFORE, order, List.of(key));
    }

    /** Whether {@code text} is a cursor of ours (of any order): a client that sends anything else made a mistake. */
    public static boolean wellFormed(String text) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(text.strip()), StandardCharsets.UTF_8);
            return decoded.length() >= 3 && (decoded.charAt(0) == 'a' || decoded.charAt(0) == 'b')
                    && decoded.indexOf(SEPARATOR) > 1 && text.length() <= 2_000;
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }

    /**
     * The cursor a client sent, if it is one of ours for {@code order} with {@code keyLength} values; empty for
     * blank, foreign or damaged text (the caller decides whether that is the first page or a client error).
     */
    public static Optional<Cursor> parse(@Nullable String text, String order, int keyLength) {
        if (text == null || text.isBlank() || text.length() > 2_000) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getUrlDecoder().decode(text.strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        List<String> parts = Arrays.asList(decoded.split(String.valueOf(SEPARATOR), -1));
        if (parts.size() != keyLength + 1 || parts.get(0).length() < 2) {
            return Optional.empty();
        }
        char way = parts.get(0).charAt(0);
        if ((way != 'a' && way != 'b') || !parts.get(0).substring(1).equals(order)) {
            return Optional.empty();
        }
        return Optional.of(new Cursor(way == 'a' ? Direction.AFTER : Direction.BEFORE, order,
                List.copyOf(parts.subList(1, parts.size()))));
    }

    /**
     * One page of a keyset-paged list: its rows, the cursors of the pages before and after it (null at either
     * end), and the list's total, counted up to {@link CappedCount#CAP} + 1.
     */
    public record Page<T>(List<T> content, @Nullable String previous, @Nullable String next, long total) {

        public boolean totalCapped() {
            return CappedCount.capped(total);
        }

        /** The count's cap, for "more than 10,000". */
        public int cap() {
            return CappedCount.CAP;
        }

        public boolean isEmpty() {
            return content.isEmpty();
        }

        /** Whether there is a page before or after this one (the pager is shown). */
        public boolean hasOtherPages() {
            return previous != null || next != null;
        }
    }
}
