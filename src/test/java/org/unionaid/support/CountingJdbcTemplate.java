package org.unionaid.support;

import java.lang.reflect.Field;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementCreator;
import org.springframework.jdbc.core.PreparedStatementSetter;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.SqlProvider;
import org.springframework.test.util.AopTestUtils;

/**
 * A {@link JdbcTemplate} on the application's data source that records the SQL of every query the creating thread
 * sends through it (it joins the caller's transaction like the real one; other threads, such as a scheduled job
 * running meanwhile, use it without being counted). {@link #countingIn} puts it into a bean for the time of one
 * action, so a test can tell how many statements a facade call sent through that bean.
 */
public final class CountingJdbcTemplate extends JdbcTemplate {

    private final List<String> statements = new CopyOnWriteArrayList<>();
    private final Thread owner = Thread.currentThread();

    public CountingJdbcTemplate(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    public <T> @Nullable T query(PreparedStatementCreator psc, @Nullable PreparedStatementSetter pss,
                                 ResultSetExtractor<T> rse) throws DataAccessException {
        if (Thread.currentThread() == owner) {
            statements.add(psc instanceof SqlProvider p && p.getSql() != null ? p.getSql() : psc.toString());
        }
        return super.query(psc, pss, rse);
    }

    public List<String> statements() {
        return List.copyOf(statements);
    }

    /**
     * Runs the action with the bean's {@code jdbc} field replaced by a counting template on the same data source,
     * then puts the bean's own back; returns what the action returned and the statements the bean sent.
     */
    public static <T> Counted<T> countingIn(Object bean, JdbcTemplate real, Supplier<T> action) {
        Object target = AopTestUtils.getUltimateTargetObject(bean);
        CountingJdbcTemplate counting = new CountingJdbcTemplate(java.util.Objects.requireNonNull(real.getDataSource()));
        try {
            Field field = target.getClass().getDeclaredField("jdbc");
            field.setAccessible(true);
            Object own = field.get(target);
            field.set(target, counting);
            try {
                return new Counted<>(action.get(), counting.statements());
            } finally {
                field.set(target, own);
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("no jdbc field in " + target.getClass(), e);
        }
    }

    public record Counted<T>(T result, List<String> statements) {
    }
}
