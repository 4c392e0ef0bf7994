package app.runway.support;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.QueryCountHolder;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts every SQL statement the application sends, through JPA or JDBC, by wrapping its data source
 * (datasource-proxy). Import it into a test, {@link #clear()} before a request and read {@link #count()}
 * after: the request runs in the test's thread under MockMvc, and the counts are kept per thread.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounting {

    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof DataSource dataSource && !name.startsWith("counting")
                        ? ProxyDataSourceBuilder.create(dataSource).name("counted").countQuery().build() : bean;
            }
        };
    }

    public static void clear() {
        QueryCountHolder.clear();
    }

    /** Statements of every kind (select, insert, update, delete, other) since {@link #clear()}. */
    public static long count() {
        return QueryCountHolder.getGrandTotal().getTotal();
    }
}
