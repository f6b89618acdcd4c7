package org.mbcoptions.handout;

import java.time.Clock;
import java.time.LocalDate;

import org.mbcoptions.advice.Helplines;
import org.mbcoptions.system.PublicUrl;
import org.mbcoptions.system.QrCode;
import org.mbcoptions.recent.RecentApprovals;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class HandoutController {

	private final HandoutService handouts;

	private final PublicUrl publicUrl;

	private final Clock clock;

	private final RecentApprovals recentApprovals;

	private final Helplines helplines;

	HandoutController(HandoutService handouts, PublicUrl publicUrl, Clock clock, RecentApprovals recentApprovals,
			Helplines helplines) {
		this.recentApprovals = recentApprovals;
		this.helplines = helplines;
		this.handouts = handouts;
		this.publicUrl = publicUrl;
		this.clock = clock;
	}

	@GetMapping("/subtypes/{slug}/print")
	String print(@PathVariable String slug, Model model) {
		HandoutPage page = handouts.handout(slug);
		String live = publicUrl.of("/subtypes/" + slug);
		model.addAttribute("page", page);
		model.addAttribute("printedOn", LocalDate.now(clock));
		model.addAttribute("liveUrl", live);
		model.addAttribute("shortUrl", live.replaceFirst("^https?://", "").replaceFirst("^www\\.", ""));
		// Without a configured public address a QR code could only point at the server's
		// own name: none is printed.
		model.addAttribute("qrSvg", publicUrl.isConfigured() ? QrCode.svg(live, page.subtype().name()) : null);
		model.addAttribute("recentApprovals",
				recentApprovals.forSubtype(page.subtype().hrStatus(), page.subtype().her2()));
		model.addAttribute("helplines", helplines.all());
		return "subtypes/subtypePrint";
	}

}
