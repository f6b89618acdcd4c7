package org.mbcoptions.model;

public enum MenopauseRequirement {

	PRE, POST, ANY

}
