package org.mbcoptions.model;

/** Who an indication's label is for by sex: women and men, or women only. */
public enum SexRequirement {

	ANY, FEMALE

}
