package org.mbcoptions.content;

import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.FlywayException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks the content after each content script, inside Flyway's run. Every earlier script
 * left the catalogue valid, so a problem found now was brought in by this script: the
 * error names it and the rows. This runs when the app starts and in every test that
 * starts it, so a bad edit fails {@code ./mvnw verify} too. At the end, items due for
 * review are logged as a warning.
 */
public class ContentValidationCallback implements Callback {

	private static final Logger log = LoggerFactory.getLogger(ContentValidationCallback.class);

	private final Clock clock;

	public ContentValidationCallback(Clock clock) {
		this.clock = clock;
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
				String script = context.getMigrationInfo().getScript();
				var migration = context.getMigrationInfo().getVersion();
				int version = migration == null ? Integer.MAX_VALUE : Integer.parseInt(migration.getMajorAsString());
				List<ContentProblem> errors = ContentChecks.errors(context.getConnection(), today, version);
				if (!errors.isEmpty()) {
					throw new FlywayException("Content check failed after " + script + ":\n"
							+ errors.stream().map(p -> "  - " + p).collect(Collectors.joining("\n"))
							+ "\nFix the script (or, if it is already applied, add a new one). See docs/editing.md.");
				}
			}
			else {
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

	@Override
	public String getCallbackName() {
		return "contentValidation";
	}

}
