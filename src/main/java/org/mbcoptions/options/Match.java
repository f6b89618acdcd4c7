package org.mbcoptions.options;

import java.util.List;

/** How one indication relates to a profile. */
public sealed interface Match {

	/**
	 * Every condition is met, or depends only on an answer that does not decide the
	 * option (menopause, site).
	 */
	record Fits(List<Fact> matched, List<Fact> notKnown) implements Match {
	}

	/** Nothing rules it out, but a result the visitor has not given is needed first. */
	record NeedsTest(PendingTest test) implements Match {
	}

	record RuledOut() implements Match {
	}

}
