package org.mbcoptions.options;

public enum MenopauseAnswer implements ParameterValue {

	PRE, POST, UNKNOWN

}
