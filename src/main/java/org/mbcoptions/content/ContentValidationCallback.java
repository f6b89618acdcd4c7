package org.mbcoptions.content;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.configuration.Configuration;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks the content when Flyway has run the scripts, so a bad edit stops the app (and
 * {@code ./mvnw verify}) with an error that names the script and the rows to fix. The
 * check runs once, after the last script, because running it after each of the 40-odd
 * scripts cost about half a second of every start. Only when that check fails are the
 * scripts replayed on a scratch in-memory database with a check after each one: every
 * earlier script then left the catalogue valid, so the first script after which the check
 * fails is the one that brought the problem in, and the error names it. At the end, items
 * due for review are logged as a warning.
 */
public class ContentValidationCallback implements Callback {

	private static final Logger log = LoggerFactory.getLogger(ContentValidationCallback.class);

	private final Clock clock;

	/** In the replay: check after each script instead of once at the end. */
	private final boolean afterEachScript;

	/**
	 * The newest script applied in this run: the checks that started later apply to it.
	 */
	private @Nullable MigrationVersion lastApplied;

	public ContentValidationCallback(Clock clock) {
		this(clock, false);
	}

	private ContentValidationCallback(Clock clock, boolean afterEachScript) {
		this.clock = clock;
		this.afterEachScript = afterEachScript;
	}

	@Override
	public boolean supports(Event event, Context context) {
		return event == Event.AFTER_EACH_MIGRATE || event == Event.AFTER_MIGRATE;
	}

	@Override
	public boolean canHandleInTransaction(Event event, Context context) {
		return true;
	}

	@Override
	public void handle(Event event, Context context) {
		LocalDate today = LocalDate.now(clock);
		try {
			if (event == Event.AFTER_EACH_MIGRATE) {
				lastApplied = context.getMigrationInfo().getVersion();
				if (afterEachScript) {
					List<ContentProblem> errors = ContentChecks.errors(context.getConnection(), today,
							version(lastApplied));
					if (!errors.isEmpty()) {
						throw failure("after " + context.getMigrationInfo().getScript(), errors);
					}
				}
			}
			else if (!afterEachScript) {
				List<ContentProblem> errors = ContentChecks.errors(context.getConnection(), today,
						version(lastApplied));
				if (!errors.isEmpty()) {
					throw findScript(context.getConfiguration(), errors);
				}
				List<ContentProblem> due = ContentChecks.dueForReview(context.getConnection(), today);
				if (!due.isEmpty()) {
					log.warn("{} content items are due for review (older than {} years):\n{}", due.size(),
							ContentChecks.REVIEW_YEARS,
							due.stream().map(p -> "  - " + p).collect(Collectors.joining("\n")));
				}
			}
		}
		catch (SQLException ex) {
			throw new FlywayException("Content check could not run: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Replays the same scripts on a scratch in-memory database, checking after each, to
	 * name the script that brought the problems in. If the replay finds nothing (a
	 * problem only the real database shows), the error still lists the rows.
	 */
	private FlywayException findScript(Configuration configuration, List<ContentProblem> errors) {
		String url = "jdbc:h2:mem:content-replay-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
		Flyway replay = Flyway.configure()
			.dataSource(url, "sa", "")
			.locations(configuration.getLocations())
			.callbacks(new ContentValidationCallback(clock, true))
			.load();
		try {
			replay.migrate();
		}
		catch (FlywayException named) {
			return named;
		}
		finally {
			try (Connection connection = replay.getConfiguration().getDataSource().getConnection();
					Statement shutdown = connection.createStatement()) {
				shutdown.execute("SHUTDOWN");
			}
			catch (SQLException ex) {
				log.debug("Could not shut the replay database down", ex);
			}
		}
		return failure("after the last script", errors);
	}

	private static FlywayException failure(String when, List<ContentProblem> errors) {
		return new FlywayException("Content check failed " + when + ":\n"
				+ errors.stream().map(p -> "  - " + p).collect(Collectors.joining("\n"))
				+ "\nFix the script (or, if it is already applied, add a new one). See docs/editing.md.");
	}

	/**
	 * The script's major version; every check applies when none is known (nothing new was
	 * applied).
	 */
	private static int version(@Nullable MigrationVersion version) {
		return version == null ? Integer.MAX_VALUE : Integer.parseInt(version.getMajorAsString());
	}

	@Override
	public String getCallbackName() {
		return "contentValidation";
	}

}
