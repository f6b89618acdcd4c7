package org.mbcoptions.model;

import java.util.Locale;

/**
 * How soon to act on a sign of a side effect, in the three steps that UK acute oncology
 * triage uses (red, amber, green): call the 24-hour line now, contact the team the same
 * day, or mention it at the next visit. The order of the constants is the order of
 * urgency.
 */
public enum Urgency {

	CALL_NOW, CALL_TODAY, MENTION;

	/** As the JSON API and the page anchors write it: {@code call-now}. */
	public String code() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
