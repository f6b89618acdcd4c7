package org.mbcoptions.content;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;

import javax.sql.DataSource;

import org.mbcoptions.therapy.TherapyService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * For editors: what is due for review, and every therapy by how long ago it was last
 * reviewed.
 */
@Controller
class ReviewReportController {

	private final DataSource dataSource;

	private final TherapyService therapies;

	private final Clock clock;

	ReviewReportController(DataSource dataSource, TherapyService therapies, Clock clock) {
		this.dataSource = dataSource;
		this.therapies = therapies;
		this.clock = clock;
	}

	@GetMapping("/editors/review")
	String report(Model model) throws SQLException {
		LocalDate today = LocalDate.now(clock);
		try (Connection connection = dataSource.getConnection()) {
			model.addAttribute("due", ContentChecks.dueForReview(connection, today));
		}
		model.addAttribute("therapies",
				therapies.findAllRecords()
					.stream()
					.sorted(java.util.Comparator.comparing(org.mbcoptions.therapy.TherapyRecord::reviewedOn))
					.toList());
		model.addAttribute("cutoff", today.minusYears(ContentChecks.REVIEW_YEARS));
		return "editors/reviewReport";
	}

}
