package org.mbcoptions.content;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.mbcoptions.catalogue.Approval;

/**
 * The hosts that publish labels, approvals, appraisals and guidelines, in one place. A
 * fact that a label or a decision states must cite the publisher's own page: news and
 * aggregator sites may be extra reading, never the source. An approval cites its
 * regulator: the FDA for the US, the EMA or the European Commission for the EU, NICE for
 * the UK.
 */
public final class PublisherHosts {

	/**
	 * Where a label (prescribing information, product information, SmPC) is published.
	 */
	public static final List<String> LABELS = List.of("fda.gov", "nlm.nih.gov", "ema.europa.eu", "ec.europa.eu",
			"medicines.org.uk");

	/** Where a regional decision is published, by region. */
	public static final Map<Approval.Region, List<String>> DECISIONS = Map.of(Approval.Region.US_FDA,
			List.of("fda.gov"), Approval.Region.EU_EMA, List.of("ema.europa.eu", "ec.europa.eu"),
			Approval.Region.UK_NICE, List.of("nice.org.uk"));

	/** Where a guideline is published: the guideline bodies and their journals. */
	public static final List<String> GUIDELINES = List.of("esmo.org", "annalsofoncology.org", "asco.org",
			"ascopubs.org", "nccn.org", "nice.org.uk");

	/** Labels, decisions and the guideline bodies a recommendation may cite. */
	public static final List<String> ANY_PUBLISHER = List.of("fda.gov", "nlm.nih.gov", "ema.europa.eu", "ec.europa.eu",
			"medicines.org.uk", "nice.org.uk", "scottishmedicines.org.uk", "esmo.org", "annalsofoncology.org",
			"asco.org", "ascopubs.org", "nccn.org");

	/**
	 * Where advice on what to do about a side effect may come from: the labels'
	 * publishers, NICE, the NHS (the national site and NHS trusts' pages for their
	 * patients, all under nhs.uk or nhs.wales), Macmillan, the US National Cancer
	 * Institute and MedlinePlus, the Cancer Institute NSW (a state government's cancer
	 * agency, as the NCI is a national one, with its eviQ patient sheets) and Cancer.Net
	 * (the patient site of ASCO, a guideline body cited above).
	 */
	public static final List<String> CARE_ADVICE = List.of("fda.gov", "nlm.nih.gov", "medlineplus.gov", "ema.europa.eu",
			"medicines.org.uk", "nice.org.uk", "nhs.uk", "nhs.wales", "macmillan.org.uk", "cancer.gov",
			"cancer.nsw.gov.au", "eviq.org.au", "cancer.net");

	private PublisherHosts() {
	}

	/** Whether the URL is served over HTTPS by one of the hosts or a subdomain of one. */
	public static boolean isOn(String url, List<String> hosts) {
		try {
			URI uri = URI.create(url);
			String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
			return "https".equals(uri.getScheme())
					&& hosts.stream().anyMatch(h -> host.equals(h) || host.endsWith("." + h));
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
