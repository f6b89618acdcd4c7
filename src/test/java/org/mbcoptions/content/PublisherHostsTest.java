package org.mbcoptions.content;

import org.junit.jupiter.api.Test;
import org.mbcoptions.catalogue.Approval;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A source counts as the publisher's only on the publisher's own host (or a subdomain of
 * it), over https.
 */
class PublisherHostsTest {

	@Test
	void acceptsThePublishersOwnHostsAndSubdomains() {
		assertThat(PublisherHosts.isOn("https://www.accessdata.fda.gov/drugsatfda_docs/label/x.pdf",
				PublisherHosts.DECISIONS.get(Approval.Region.US_FDA)))
			.isTrue();
		assertThat(PublisherHosts.isOn("https://api.fda.gov/drug/label.json?search=x", PublisherHosts.LABELS)).isTrue();
		assertThat(PublisherHosts.isOn("https://www.nice.org.uk/guidance/ta1040",
				PublisherHosts.DECISIONS.get(Approval.Region.UK_NICE)))
			.isTrue();
	}

	@Test
	void careAdviceMayComeFromTheCancerInstituteNswAndCancerNetButNotFromLookAlikes() {
		assertThat(PublisherHosts.isOn(
				"https://www.cancer.nsw.gov.au/about-cancer/types-of-cancer/general-cancer-information/treatment/side-effects/peripheral-neuropathy",
				PublisherHosts.CARE_ADVICE))
			.isTrue();
		assertThat(PublisherHosts.isOn("https://www.eviq.org.au/x/patient-information", PublisherHosts.CARE_ADVICE))
			.isTrue();
		assertThat(PublisherHosts.isOn("https://www.cancer.net/coping-with-cancer/x", PublisherHosts.CARE_ADVICE))
			.isTrue();
		assertThat(PublisherHosts.isOn("https://cancer.net.example.com/x", PublisherHosts.CARE_ADVICE)).isFalse();
		assertThat(PublisherHosts.isOn("https://mycancer.net/x", PublisherHosts.CARE_ADVICE)).isFalse();
		assertThat(PublisherHosts.isOn("https://www.cancercouncil.com.au/x", PublisherHosts.CARE_ADVICE)).isFalse();
		// A care-advice page is not a label: it cannot carry a label warning.
		assertThat(PublisherHosts.isOn("https://www.cancer.net/x", PublisherHosts.LABELS)).isFalse();
	}

	@Test
	void rejectsLookAlikesOtherRegionsPlainHttpAndNonsense() {
		assertThat(PublisherHosts.isOn("https://fda.gov.example.com/x", PublisherHosts.LABELS)).isFalse();
		assertThat(PublisherHosts.isOn("https://notfda.gov/x", PublisherHosts.LABELS)).isFalse();
		assertThat(PublisherHosts.isOn("https://www.ema.europa.eu/x",
				PublisherHosts.DECISIONS.get(Approval.Region.US_FDA)))
			.isFalse();
		assertThat(PublisherHosts.isOn("http://www.fda.gov/x", PublisherHosts.LABELS)).isFalse();
		assertThat(PublisherHosts.isOn("not a url", PublisherHosts.LABELS)).isFalse();
		assertThat(PublisherHosts.isOn("https://esmo.org/oncology-news/x",
				PublisherHosts.DECISIONS.get(Approval.Region.US_FDA)))
			.isFalse();
	}

}
