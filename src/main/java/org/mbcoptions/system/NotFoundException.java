package org.mbcoptions.system;

/** A slug that names nothing in the catalogue; answered with the friendly 404 page. */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what) {
		super("Not found: " + what);
	}

}
