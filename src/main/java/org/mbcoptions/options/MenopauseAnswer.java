package org.mbcoptions.options;

public enum MenopauseAnswer implements ParameterValue {

	PRE, POST, UNKNOWN;

	/** Whether this answer is the menopause status a label asks for. */
	boolean meets(org.mbcoptions.model.MenopauseRequirement required) {
		return (this == PRE && required == org.mbcoptions.model.MenopauseRequirement.PRE)
				|| (this == POST && required == org.mbcoptions.model.MenopauseRequirement.POST);
	}

}
