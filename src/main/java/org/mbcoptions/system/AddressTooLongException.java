package org.mbcoptions.system;

/**
 * The address (path and query) is longer than any link of ours: answered with a friendly
 * 400 saying so.
 */
public class AddressTooLongException extends RuntimeException {

	public AddressTooLongException() {
		super("Address too long");
	}

}
