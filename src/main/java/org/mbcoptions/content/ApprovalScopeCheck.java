package org.mbcoptions.content;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Every regulator or NICE decision names the uses it covers
 * ({@code approval_indication}), only uses of its own therapy, and no use has two
 * decisions in one region: the results page shows a decision next to the uses it covers,
 * so a decision without uses would be shown nowhere, and two would contradict each other.
 */
final class ApprovalScopeCheck {

	private static final String KEY = "t.slug || ' ' || a.region || ' ' || a.decided_on";

	private ApprovalScopeCheck() {
	}

	static List<ContentProblem> problems(Connection connection) throws SQLException {
		List<ContentProblem> problems = new ArrayList<>();
		ContentSql.query(connection, "select " + KEY + """
				 from approval a join therapy t on t.id = a.therapy_id
				where not exists (select 1 from approval_indication x where x.approval_id = a.id) order by 1""",
				row -> problems.add(new ContentProblem("approval", row.getString(1),
						"covers no use: name the indications it is about (approval_indication)")));
		ContentSql.query(connection, "select " + KEY + ", i.code" + """
				 from approval a join therapy t on t.id = a.therapy_id
				join approval_indication x on x.approval_id = a.id join indication i on i.id = x.indication_id
				where i.therapy_id <> a.therapy_id order by 1, 2""", row -> problems.add(new ContentProblem("approval",
				row.getString(1), "covers indication '" + row.getString(2) + "', which is a use of another therapy")));
		ContentSql.query(connection, """
				select i.code, a.region, count(*) from approval_indication x
				join approval a on a.id = x.approval_id join indication i on i.id = x.indication_id
				group by i.code, a.region having count(*) > 1 order by 1, 2""",
				row -> problems.add(new ContentProblem("approval_indication", row.getString(1) + " " + row.getString(2),
						"is covered by " + row.getInt(3) + " decisions in one region; keep the one in force")));
		return problems;
	}

}
