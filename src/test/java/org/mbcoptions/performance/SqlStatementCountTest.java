package org.mbcoptions.performance;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page and JSON endpoint runs a bounded number of SQL statements, whatever the size
 * of the catalogue: here the catalogue is twenty times its real size (test script
 * {@code db/bulk/V900}), and each answer, rendered afresh (the render cache is off), may
 * run at most three. Counted twice: by Hibernate's statistics, and at the JDBC
 * connection, which also sees plain-JDBC queries. It has its own in-memory database, so
 * the copies never reach the catalogue the other tests read.
 */
@SpringBootTest(properties = { "spring.flyway.locations=classpath:db/schema,classpath:db/content,classpath:db/bulk",
		"spring.datasource.url=jdbc:h2:mem:bulk-catalogue;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE",
		"spring.jpa.properties.hibernate.generate_statistics=true", "app.render-cache.enabled=false" })
@AutoConfigureMockMvc
class SqlStatementCountTest {

	static final int MAX_STATEMENTS = 3;

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@Autowired
	private JdbcTemplate jdbc;

	@ParameterizedTest
	@ValueSource(strings = { "/", "/options", "/options?hr=positive&her2=zero&biomarker=ESR1&menopause=post",
			"/options?hr=negative&her2=low&biomarker=PD-L1&biomarker=BRCA1&site=brain",
			"/api/options?hr=positive&her2=positive", "/therapies", "/therapies?q=kisqali",
			"/therapies/trastuzumab-deruxtecan", "/therapies/ovarian-suppression", "/api/therapies", "/drug-classes",
			"/drug-classes/cdk4-6-inhibitor", "/side-effects", "/side-effects/fatigue", "/biomarkers",
			"/biomarkers/esr1", "/subtypes", "/subtypes/hr-positive-her2-negative", "/subtypes/triple-negative/print",
			"/topics", "/topics/radiotherapy", "/search?q=kisqaly",
			"/compare?options=elacestrant&options=imlunestrant&options=olaparib", "/glossary", "/about",
			"/recent-approvals", "/editors/review" })
	void aPageRunsAtMostThreeStatementsOnATwentyfoldCatalogue(String path) {
		// The catalogue really is enlarged: the test script ran.
		assertThat(jdbc.queryForObject("select count(*) from therapy", Integer.class)).isGreaterThan(900);
		Statistics hibernate = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		hibernate.clear();
		JdbcCounter.COUNT.set(0);

		assertThat(mvc.get().uri(path)).hasStatusOk();

		assertThat(hibernate.getPrepareStatementCount()).as("Hibernate statements for %s", path)
			.isLessThanOrEqualTo(MAX_STATEMENTS);
		assertThat(JdbcCounter.COUNT.get()).as("JDBC statements for %s", path)
			.isLessThanOrEqualTo(MAX_STATEMENTS)
			// Hibernate's statements go through the data source too: fewer here would
			// mean the counter is not in place.
			.isGreaterThanOrEqualTo((int) hibernate.getPrepareStatementCount());
	}

	/**
	 * The search index is built once at start, so a search, however it is spelt, asks the
	 * database nothing.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "/search?q=kisqaly", "/search?q=ibrance+fulvestrant", "/search?q=nausea" })
	void aSearchRunsNoStatement(String path) {
		Statistics hibernate = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		hibernate.clear();
		JdbcCounter.COUNT.set(0);

		assertThat(mvc.get().uri(path)).hasStatusOk().bodyText().contains("card-title");

		assertThat(hibernate.getPrepareStatementCount()).as("Hibernate statements for %s", path).isZero();
		assertThat(JdbcCounter.COUNT.get()).as("JDBC statements for %s", path).isZero();
	}

	/** Counts every statement executed through the application's data source. */
	@TestConfiguration
	static class JdbcCounter {

		static final AtomicInteger COUNT = new AtomicInteger();

		@Bean
		static BeanPostProcessor countStatements() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					return bean instanceof DataSource dataSource ? proxy(DataSource.class, dataSource) : bean;
				}
			};
		}

		@SuppressWarnings("unchecked")
		static <T> T proxy(Class<T> type, T target) {
			InvocationHandler handler = (self, method, args) -> {
				if (target instanceof Statement && method.getName().startsWith("execute")) {
					COUNT.incrementAndGet();
				}
				try {
					Object result = method.invoke(target, args);
					if (result instanceof Connection c) {
						return proxy(Connection.class, c);
					}
					if (result instanceof java.sql.CallableStatement s) {
						return proxy(java.sql.CallableStatement.class, s);
					}
					if (result instanceof java.sql.PreparedStatement s) {
						return proxy(java.sql.PreparedStatement.class, s);
					}
					if (result instanceof Statement s) {
						return proxy(Statement.class, s);
					}
					return result;
				}
				catch (InvocationTargetException ex) {
					throw ex.getCause();
				}
			};
			return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, handler);
		}

	}

}
