package org.mbcoptions.recent;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class RecentApprovalController {

	private final RecentApprovals recentApprovals;

	RecentApprovalController(RecentApprovals recentApprovals) {
		this.recentApprovals = recentApprovals;
	}

	@GetMapping("/recent-approvals")
	String list(Model model) {
		model.addAttribute("recentApprovals", recentApprovals.entries());
		return "recent/recentApprovals";
	}

}
